import { Command } from 'commander';
import { withDatabase } from '../connect';
import { action } from '../errors';

/**
 * `plangraph cypher "<statement>" [--param k=v] [--write]`, for admins without cypher-shell.
 * Read-only unless --write: the statement runs in a read transaction, which Neo4j refuses to write in.
 */
export function cypherCommand(): Command {
  return new Command('cypher')
    .description('run one Cypher statement and print its rows as JSON lines (read-only unless --write)')
    .argument('<statement>', 'the Cypher statement; pass values with --param, never by editing the text')
    .option(
      '-p, --param <key=value>',
      'a parameter; the value is parsed as JSON when it can be, else taken as a string',
      collect,
      {},
    )
    .option('--write', 'allow the statement to write', false)
    .action(
      action(async (statement: string, opts: { param: Record<string, unknown>; write: boolean }) => {
        await withDatabase(async (executor) => {
          const rows = opts.write
            ? await executor.write(statement, opts.param)
            : await executor.read(statement, opts.param).catch((err: unknown) => {
                if ((err as { code?: string }).code === 'FORBIDDEN')
                  (err as Error).message += ' (add --write to run a statement that writes)';
                throw err;
              });
          for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
        });
      }),
    );
}

function collect(pair: string, params: Record<string, unknown>): Record<string, unknown> {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new Error(`--param expects key=value, got '${pair}'`);
  const raw = pair.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: a plain string such as a Chinese name
  }
  return { ...params, [pair.slice(0, eq)]: value };
}
