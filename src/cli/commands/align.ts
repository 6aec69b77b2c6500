import { Command, InvalidArgumentError } from 'commander';
import { ALIGN_BATCH_ROWS, alignPlans, formatReport } from '../../align';
import { audited } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import { withDatabase } from '../connect';
import { action } from '../errors';

/**
 * `plangraph align`: recompute roll-up links, comparisons and goal alignments, and print the report.
 * By default only for the plans loaded, replaced or removed since they were last aligned (and the
 * links into and out of them), so it converges after any load; `--all` recomputes everything.
 */
export function alignCommand(): Command {
  return new Command('align')
    .description(
      'recompute measures, roll-up links (district → parent region), comparisons and goal alignments for the plans ' +
        'loaded, replaced or removed since they were last aligned, and the links into and out of them; curated decisions are kept',
    )
    .option(
      '--all',
      'recompute every plan (after a change the aligner cannot see: a hand-edited link, a deleted curation record)',
    )
    .option('--json', 'print the report as JSON')
    .option(
      '--batch-rows <n>',
      'rows per write transaction; up to this many the whole alignment is one transaction',
      positiveInt,
      ALIGN_BATCH_ROWS,
    )
    .action(
      action(async (opts: { all?: boolean; json?: boolean; batchRows: number }) => {
        await withDatabase(async (executor) => {
          const attempt = {
            kind: 'align' as const,
            by: localOrigin().osUser ?? 'cli',
            origin: localOrigin(),
            targets: [],
          };
          const scope = opts.all ? {} : { plans: 'stale' as const };
          const report = await audited(
            attempt,
            () => alignPlans({ executor, batchRows: opts.batchRows, ...scope }),
            (r) => ({
              measures: r.measures,
              scope: r.scope,
              fullBecause: r.fullBecause,
              // A full alignment's list is every plan of the city: its count says as much.
              alignedPlans: r.scope === 'all' ? r.alignedPlans.length : r.alignedPlans,
            }),
          );
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
