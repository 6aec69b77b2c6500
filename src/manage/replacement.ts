import type { TxRunner } from '../db/executor';
import { planWriteSets } from '../graph/plan/buildPlanScript';
import type { PlanDocument } from '../ingest';
import { PlanChangeRefused } from './errors';

/** The plan's own items a replacement is measured by (tables are bookkeeping, not content). */
export const CONTENT_LABELS = ['Chapter', 'Indicator', 'Goal', 'Box', 'Project'] as const;
/** Above this share of the loaded items removed, a replacement needs --replace. */
export const MAX_REMOVED_SHARE = 0.2;
const EXAMPLES = 5;

export interface Removal {
  label: string;
  loaded: number;
  removed: string[];
}

// Cited indicators carry the plan id too, but the aligner owns them (alignerVersion): not the text's.
const LOADED_IDS = `MATCH (n) WHERE n.planId = $planId AND n.alignerVersion IS NULL
  AND any(l IN labels(n) WHERE l IN $labels)
RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id`;

/** The ids the new text would give the plan's items, per label. */
function newIds(doc: PlanDocument): Set<string> {
  const { parts } = planWriteSets(doc);
  const labels: ReadonlySet<string> = new Set(CONTENT_LABELS);
  return new Set(
    parts.flatMap((p) =>
      p.nodes
        .filter((n) => labels.has(n.label))
        .flatMap((n) => n.rows.flatMap((r) => (typeof r.id === 'string' ? [r.id] : []))),
    ),
  );
}

/** What replacing the loaded plan with `doc` would remove, per label; empty for a plan not loaded yet. */
export async function removalsOf(tx: TxRunner, doc: PlanDocument): Promise<Removal[]> {
  const { rows } = await tx.run(LOADED_IDS, { planId: doc.metadata.id, labels: [...CONTENT_LABELS] });
  const kept = newIds(doc);
  return CONTENT_LABELS.map((label) => {
    const loaded = rows
      .filter((r) => r.label === label)
      .map((r) => String(r.id))
      .sort();
    return { label, loaded: loaded.length, removed: loaded.filter((id) => !kept.has(id)) };
  });
}

/**
 * Refuses, unless `replace`, a replacement that drops the loaded indicator table or more than
 * MAX_REMOVED_SHARE of the loaded plan's items: a damaged text must not quietly replace a good plan.
 */
export function checkReplacement(
  file: string,
  doc: PlanDocument,
  removals: readonly Removal[],
  replace: boolean,
): void {
  if (replace) return;
  const planId = doc.metadata.id;
  const loadedIndicators = removals.find((r) => r.label === 'Indicator')?.loaded ?? 0;
  if (loadedIndicators > 0 && doc.indicators.length === 0) {
    throw new PlanChangeRefused(
      'TABLE_LOST',
      `${file}: the loaded ${planId} has ${loadedIndicators} indicators but this text has no indicator table; nothing was written. ` +
        'Pass --replace to replace it anyway',
    );
  }
  const loaded = removals.reduce((n, r) => n + r.loaded, 0);
  const removed = removals.reduce((n, r) => n + r.removed.length, 0);
  if (loaded === 0 || removed / loaded <= MAX_REMOVED_SHARE) return;
  const lines = removals
    .filter((r) => r.removed.length > 0)
    .map(
      (r) =>
        `  ${r.label}: ${r.removed.length} of ${r.loaded}, e.g. ${r.removed.slice(0, EXAMPLES).join(', ')}${r.removed.length > EXAMPLES ? ', …' : ''}`,
    );
  throw new PlanChangeRefused(
    'REPLACES_TOO_MUCH',
    `${file}: replacing the loaded ${planId} would remove ${removed} of its ${loaded} chapters, indicators, goals, boxes and projects ` +
      `(${Math.round((100 * removed) / loaded)} %, more than ${MAX_REMOVED_SHARE * 100} %); nothing was written:\n${lines.join('\n')}\n` +
      'check the text; pass --replace to replace the plan anyway',
  );
}
