import type { AlignReport } from '../../align';
import type { WriteCounters } from '../../db/executor';
import { formatWarning } from '../../ingest';
import type { AddedPlan } from '../../manage/addPlans';

// What `plangraph add` and `remove` print: per plan what was written, then the links it now has.

export const countersLine = (c: WriteCounters): string =>
  `nodes +${c.nodesCreated} -${c.nodesDeleted}, relationships +${c.relationshipsCreated} -${c.relationshipsDeleted}`;

/** The plan's entry of the align report: its accepted roll-up links by method, and candidates. */
export function rollUpLine(report: AlignReport, planId: string): string {
  const entry = report.plans.find((p) => p.planId === planId);
  if (!entry) return '  roll-up: none (not a district plan of a region with a parent plan)';
  const methods = Object.entries(entry.byMethod).sort(([a], [b]) => a.localeCompare(b));
  const accepted = methods.reduce((n, [, v]) => n + (v ?? 0), 0);
  const by = methods.map(([k, v]) => `${k} ${v}`).join(', ');
  return (
    `  roll-up: ROLLS_UP_TO ${accepted}${by ? ` (${by})` : ''}, CANDIDATE ${entry.candidates}; ` +
    `${entry.linkedIndicators}/${entry.indicators} indicators linked`
  );
}

export function alignLine(r: AlignReport): string {
  const tx =
    r.transactions === 1
      ? 'in the same transaction'
      : `first batch in the same transaction, ${r.transactions - 1} more after it`;
  const where =
    r.scope === 'all'
      ? 'in the whole graph'
      : `into and out of ${r.alignedPlans.join(', ')}${r.dependentPlans.length > 0 ? ` (links of ${r.dependentPlans.length} more plans recomputed)` : ''}`;
  return `aligned (${tx}): ${r.rollsUpTo} roll-up links, ${r.candidates} candidates, ${r.goalLinks} chapter/goal alignments ${where}\n`;
}

export function addedPlanLines(p: AddedPlan): string {
  const ms = Date.parse(p.load.finishedAt) - Date.parse(p.load.startedAt);
  const lines = [
    `${p.planId}: ${p.file} → ${p.scriptFile}`,
    `  loaded ${p.load.statements} statements in ${ms} ms — ${countersLine(p.load.counters)}`,
    ...p.removed.map(
      (r) =>
        `  replaced: ${r.removed.length} of ${r.loaded} ${r.label} nodes removed, e.g. ${r.removed.slice(0, 3).join(', ')}`,
    ),
    `  parser warnings: ${p.warnings.length}`,
    ...p.warnings.map((w) => `    ${formatWarning(w)}`),
  ];
  return lines.join('\n');
}
