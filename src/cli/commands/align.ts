import { Command, InvalidArgumentError } from 'commander';
import { ALIGN_BATCH_ROWS, alignPlans, formatReport } from '../../align';
import { audited } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import { withDatabase } from '../connect';
import { action } from '../errors';

/** `plangraph align`: recompute roll-up links, comparisons and goal alignments, and print the report. */
export function alignCommand(): Command {
  return new Command('align')
    .description('recompute measures, roll-up links (district → parent region), comparisons and goal alignments; curated decisions are kept')
    .option('--json', 'print the report as JSON')
    .option('--batch-rows <n>', 'rows per write transaction; up to this many the whole alignment is one transaction', positiveInt, ALIGN_BATCH_ROWS)
    .action(
      action(async (opts: { json?: boolean; batchRows: number }) => {
        await withDatabase(async (executor) => {
          const attempt = { kind: 'align' as const, by: localOrigin().osUser ?? 'cli', origin: localOrigin(), targets: [] };
          const report = await audited(attempt, () => alignPlans({ executor, batchRows: opts.batchRows }), (r) => ({ measures: r.measures }));
          process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
        });
      }),
    );
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive whole number, got '${value}'`);
  return n;
}
