import { userInfo } from 'node:os';
import { Command } from 'commander';
import { loadScripts } from '../../db/script/loadScripts';
import { withDatabase } from '../connect';
import { action } from '../errors';

/** `plangraph load <script.cypher>...`: each file in one write transaction, with a (:Load) audit record. */
export function loadCommand(): Command {
  return new Command('load')
    .description('load Cypher scripts, each file atomically; on error names the file, statement and line and writes nothing from that file')
    .argument('<scripts...>', '.cypher files (statements separated by ;)')
    .option('--by <name>', 'who is loading, kept on the audit record', userInfo().username)
    .action(
      action(async (files: string[], opts: { by: string }) => {
        await withDatabase(async (executor) => {
          const results = await loadScripts({ executor, files, by: opts.by });
          for (const r of results) {
            const c = r.counters;
            const ms = Date.parse(r.finishedAt) - Date.parse(r.startedAt);
            process.stdout.write(
              `${r.file}: ${r.statements} statements in ${ms} ms — nodes +${c.nodesCreated} -${c.nodesDeleted}, ` +
                `relationships +${c.relationshipsCreated} -${c.relationshipsDeleted}, properties set ${c.propertiesSet}` +
                (c.constraintsAdded || c.indexesAdded ? `, constraints +${c.constraintsAdded}, indexes +${c.indexesAdded}` : '') +
                (r.plans.length ? ` (plans: ${r.plans.join(', ')})` : '') +
                '\n',
            );
          }
        });
      }),
    );
}
