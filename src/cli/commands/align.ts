import { Command } from 'commander';
import { alignPlans, formatReport } from '../../align';
import { withDatabase } from '../connect';
import { action } from '../errors';

/** `plangraph align`: recompute roll-up links, comparisons and goal alignments, and print the report. */
export function alignCommand(): Command {
  return new Command('align')
    .description('recompute measures, roll-up links (district → parent region), comparisons and goal alignments in one transaction; curated decisions are kept')
    .option('--json', 'print the report as JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        await withDatabase(async (executor) => {
          const report = await alignPlans({ executor });
          process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
        });
      }),
    );
}
