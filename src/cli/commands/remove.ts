import { userInfo } from 'node:os';
import { Command } from 'commander';
import { PLANS_DIR } from '../../manage/planScript';
import { removePlan } from '../../manage/removePlan';
import { withDatabase } from '../connect';
import { action } from '../errors';
import { alignLine, countersLine } from './changeSummary';

/** `plangraph remove <planId>`: the plan and what only it owned, then re-align, in one transaction. */
export function removeCommand(): Command {
  return new Command('remove')
    .description(
      'remove a loaded plan and what only it owned (chapters, goals, indicators, boxes, projects, tables, its links) and re-align, in one transaction; ' +
        'a plan other loaded plans cite stays as a stub. Deletes its script from cypher/plans',
    )
    .argument('<planId>', 'the plan id, e.g. changshou-2021-2025-social-livelihood')
    .option('-o, --out <dir>', 'directory its script is deleted from', PLANS_DIR)
    .option('--by <name>', 'who is removing, kept on the audit record', userInfo().username)
    .action(
      action(async (planId: string, opts: { out: string; by: string }) => {
        await withDatabase(async (executor) => {
          const started = Date.now();
          const r = await removePlan({ executor, planId, by: opts.by, scriptsDir: opts.out });
          process.stdout.write(
            `${r.planId}: removed — ${countersLine(r.counters)}\n` +
              (r.stub === null
                ? ''
                : `  other loaded plans cite it: it stays as the stub ${r.stub} (loaded: false)\n`) +
              `  script: ${r.scriptFile === null ? 'none found to delete' : `deleted ${r.scriptFile}`}\n` +
              alignLine(r.report) +
              `done in ${Date.now() - started} ms\n`,
          );
        });
      }),
    );
}
