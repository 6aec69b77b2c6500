import type { AlignReport } from './report';

const pairs = (o: Partial<Record<string, number>>) =>
  Object.entries(o)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

// An indicator may roll up to more than one parent indicator, so links outnumber linked indicators.
function linksByMethod(byMethod: Partial<Record<string, number>>): string {
  const links = Object.values(byMethod).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return links === 0 ? 'no links' : `${links} link${links === 1 ? '' : 's'} by method: ${pairs(byMethod)}`;
}

const SHOWN_PLANS = 10;
const listed = (ids: readonly string[]) =>
  ids.length > SHOWN_PLANS
    ? `${ids.slice(0, SHOWN_PLANS).join(', ')}, … ${ids.length - SHOWN_PLANS} more`
    : ids.join(', ');

/** Which plans were aligned: everything, or the changed plans and the plans whose links into or around them were replaced. */
function scopeLine(r: AlignReport): string {
  if (r.scope === 'all')
    return `aligned every plan (${r.alignedPlans.length})${r.fullBecause ? ` because ${r.fullBecause}` : ''}`;
  if (r.alignedPlans.length === 0) return 'nothing to align: every plan is aligned as it is now';
  const dependent =
    r.dependentPlans.length > 0
      ? `; links into or around them recomputed in ${r.dependentPlans.length} more: ${listed(r.dependentPlans)}`
      : '';
  return `aligned ${r.alignedPlans.length} changed plan(s): ${listed(r.alignedPlans)}${dependent} (the figures below cover these links)`;
}

/** The report as an admin reads it in a terminal. */
export function formatReport(r: AlignReport): string {
  if (r.scope === 'plans' && r.alignedPlans.length === 0 && r.dependentPlans.length === 0) return `${scopeLine(r)}\n`;
  const lines = [
    scopeLine(r),
    `aligned at ${r.alignedAt} (aligner ${r.alignerVersion}): ${r.measures} measures, ` +
      `${r.measuredIndicators} indicators measured, ${r.citedIndicators} cited indicators`,
    `roll-up links: ${r.rollsUpTo} accepted, ${r.candidates} candidates for review; ` +
      `curation records: ${r.curated.accepted} accepted, ${r.curated.rejected} rejected; ${r.goalLinks} chapter/goal alignments`,
    r.transactions === 1
      ? 'written in one transaction'
      : `written in ${r.transactions} transactions (batches of whole plans, up to ${r.batchRows} rows each): ` +
        "each plan's links were replaced atomically, not the whole alignment",
    `comparisons: ${pairs(r.comparisons)}`,
    '',
    'links per plan:',
    ...r.plans.map(
      (p) =>
        `  ${p.region ?? '?'} ${p.planId}: ${p.linkedIndicators}/${p.indicators} indicators linked; ${linksByMethod(p.byMethod)}; candidates ${p.candidates}`,
    ),
    '',
    `unmatched indicators (${r.unmatched.length}), with the nearest parent indicator by name:`,
    ...r.unmatched.map(
      (u) =>
        `  ${u.indicatorId} ${u.name} [${u.measure ?? 'no measure'}] → ${u.best ? `${u.best.name} (${u.best.indicatorId}, ${u.best.score})` : '—'}`,
    ),
    '',
    `parent indicators no child plan sets a target for (${r.withoutChildTarget.length}):`,
    ...r.withoutChildTarget.map((g) => `  ${g.indicatorId} ${g.name} [${g.measure ?? 'no measure'}]`),
    '',
    `gaps — parent indicators some child plans set no target for (${r.gaps.length - r.withoutChildTarget.length}):`,
    ...r.gaps
      .filter((g) => !r.withoutChildTarget.includes(g))
      .map((g) => `  ${g.indicatorId} ${g.name}: ${g.plansWithout.join(', ')}`),
  ];
  if (r.unmeasuredIndicators.length > 0) {
    lines.push(
      '',
      `indicators outside the measure catalogue (${r.unmeasuredIndicators.length}, ` +
        `${r.measureCandidates} with a candidate measure), for review — none is linked as a measure:`,
      ...r.unmeasuredIndicators.map((u) => {
        const candidate = u.candidate ? `${u.candidate.measureId} (${u.candidate.score})` : 'no candidate';
        return `  ${u.indicatorId} ${u.name} [${u.unit ?? 'no unit'}] → ${candidate}: ${u.reason}`;
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
