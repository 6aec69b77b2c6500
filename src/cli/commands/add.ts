import { userInfo } from 'node:os';
import { Command } from 'commander';
import { addPlans } from '../../manage/addPlans';
import { PLANS_DIR } from '../../manage/planScript';
import { withDatabase } from '../connect';
import { action } from '../errors';
import { withProgress } from '../progress';
import { addedPlanLines, alignLine, rollUpLine } from './changeSummary';

/** `plangraph add <plan.txt>...`: build, load and align in one step, one transaction. */
export function addCommand(): Command {
  return new Command('add')
    .description(
      'add or replace plans in one step: parse, write cypher/plans/<planId>.cypher, load it and re-align, all in one transaction ' +
        '(a failure leaves the graph as it was)',
    )
    .argument(
      '<plans...>',
      'plans: UTF-8 text, .docx, .pdf or .html (a <name>.meta.json sidecar next to one is read too)',
    )
    .option(
      '--accept-warnings',
      'add even when parser warnings say a text is incomplete (cut short, indicator rows or table missing)',
    )
    .option(
      '--replace',
      'replace a loaded plan even when that removes its indicator table or more than 20 % of its chapters, indicators, goals, boxes and projects',
    )
    .option('-o, --out <dir>', 'directory for the scripts', PLANS_DIR)
    .option('--by <name>', 'who is adding, kept on the audit record', userInfo().username)
    .action(
      action(
        async (files: string[], opts: { acceptWarnings?: boolean; replace?: boolean; out: string; by: string }) => {
          await withDatabase(async (executor) => {
            const started = Date.now();
            const { plans, report } = await withProgress('add', 'plans', (onProgress) =>
              addPlans({
                executor,
                files,
                by: opts.by,
                acceptWarnings: opts.acceptWarnings === true,
                replace: opts.replace === true,
                scriptsDir: opts.out,
                onProgress,
              }),
            );
            for (const p of plans) process.stdout.write(`${addedPlanLines(p)}\n${rollUpLine(report, p.planId)}\n`);
            process.stdout.write(alignLine(report));
            process.stdout.write(`done in ${Date.now() - started} ms\n`);
          });
        },
      ),
    );
}
