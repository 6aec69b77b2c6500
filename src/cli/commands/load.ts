import { userInfo } from 'node:os';
import { Command } from 'commander';
import { loadScripts } from '../../db/script/loadScripts';
import { withDatabase } from '../connect';
import { action } from '../errors';
import { withProgress } from '../progress';
import { checkScriptFiles } from '../scriptInput';

/** `plangraph load <script.cypher>...`: each file in one write transaction, with a (:Load) audit record. */
export function loadCommand(): Command {
  return new Command('load')
    .description(
      'load Cypher data scripts, each file atomically; on error or refusal names the file, statement and line and writes nothing from that file. ' +
        'Refuses schema commands (they go in cypher/schema.cypher) and deletes without --allow-delete; every attempt is appended to the audit file',
    )
    .argument('<scripts...>', '.cypher files (statements separated by ;)')
    .option('--by <name>', 'who is loading, kept on the audit record (with the OS user and host)', userInfo().username)
    .option(
      '--allow-delete',
      "let the scripts delete nodes and relationships (audit records never); a plan script's sweep of its own plan needs no flag",
    )
    .action(
      action(async (files: string[], opts: { by: string; allowDelete?: boolean }) => {
        checkScriptFiles(files);
        await withDatabase(async (executor) => {
          const results = await withProgress('load', 'files', (onProgress) =>
            loadScripts({ executor, files, by: opts.by, allowDelete: opts.allowDelete === true, onProgress }),
          );
          for (const r of results) {
            const c = r.counters;
            const ms = Date.parse(r.finishedAt) - Date.parse(r.startedAt);
            process.stdout.write(
              `${r.file}: ${r.statements} statements in ${ms} ms — nodes +${c.nodesCreated} -${c.nodesDeleted}, ` +
                `relationships +${c.relationshipsCreated} -${c.relationshipsDeleted}, properties set ${c.propertiesSet}` +
                (r.plans.length ? ` (plans: ${r.plans.join(', ')})` : '') +
                '\n',
            );
          }
        });
      }),
    );
}
