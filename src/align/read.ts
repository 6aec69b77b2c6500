import type { Executor, Row, TxRunner } from '../db/executor';
import { nullable, oneOf } from '../data/decode';
import { COMPARATORS } from '../data/shapes';
import {
  CURATIONS,
  CURATIONS_OF,
  HAS_ALIGNMENT,
  INDICATORS,
  INDICATORS_BY_ID,
  ITEMS,
  PENDING_CURATIONS,
  PLANS,
} from './cypher/read';
import * as shapes from './shapes';
import type { CurationRecord, SnapshotIndicator, SnapshotPlan, PrintedValue, Snapshot } from './types';

// What the aligner needs, as plain data (the statements: cypher/read.ts). Indicators the aligner
// itself derived (cited ones) are left out: they are recomputed from the rows that print them.

/** A property as text; null when absent. The ones read here are strings; a number or boolean is printed. */
export const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === null || v === undefined ? null : JSON.stringify(v);
};
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const comparator = nullable(oneOf(COMPARATORS));

function printed(i: Row, prefix: string): PrintedValue | null {
  const raw = str(i[`${prefix}Raw`]);
  if (raw === null) return null;
  return {
    raw,
    value: num(i[`${prefix}Value`]),
    comparator: comparator(i[`${prefix}Comparator`], `${String(i.id)}.${prefix}Comparator`),
    year: num(i[`${prefix}Year`]),
  };
}

/** An indicator node's properties as the aligner reads them; a cited one keeps the row it cites. */
export function indicator(i: Row): SnapshotIndicator {
  const source = str(i.sourceIndicatorId);
  return {
    id: String(i.id),
    planId: String(i.planId),
    seq: num(i.seq) ?? 0,
    name: String(i.name),
    unit: str(i.unit),
    category: str(i.category),
    cumulative: i.cumulative === true,
    baseline: printed(i, 'baseline'),
    target: printed(i, 'target'),
    municipalTarget: printed(i, 'municipalTarget'),
    lineStart: num(i.lineStart),
    lineEnd: num(i.lineEnd),
    sourceFile: str(i.sourceFile),
    ...(source === null ? {} : { sourceIndicatorId: source }),
  };
}

/** Reads inside the aligner's write transaction, so what it computes from is what it replaces. */
export async function readSnapshot(tx: TxRunner, plans: SnapshotPlan[]): Promise<Snapshot> {
  const indicators = (await tx.run(INDICATORS)).rows;
  const items = (await tx.run(ITEMS)).rows;
  return {
    plans,
    indicators: indicators.map((row, k) => indicator(shapes.indicatorProps(row.i, `indicators[${k}].i`))),
    items: items.map((row, k) => shapes.snapshotItem(row, `items[${k}]`)),
    curations: await readCurations(tx),
  };
}

/** Every decided curation. */
export async function readCurations(tx: TxRunner): Promise<CurationRecord[]> {
  return decided((await tx.run(CURATIONS)).rows);
}

const decided = (found: Row[]) =>
  found
    .filter((c) => c.decision === 'accepted' || c.decision === 'rejected')
    .map((c, k) => shapes.curation(c, `curations[${k}]`));

/** Plans by id (every plan when `ids` is null), as the snapshot reads them. */
export async function readPlans(tx: TxRunner, ids: string[] | null): Promise<SnapshotPlan[]> {
  return (await tx.run(PLANS, { ids })).rows.map((row, k) => shapes.snapshotPlan(row, `plans[${k}]`));
}

/** Indicators by id, the aligner's cited ones included. */
export async function readIndicators(tx: TxRunner, ids: string[]): Promise<SnapshotIndicator[]> {
  return (await tx.run(INDICATORS_BY_ID, { ids })).rows.map((row, k) =>
    indicator(shapes.indicatorProps(row.i, `indicators[${k}].i`)),
  );
}

/** Decisions whose pair's links do not reflect them. */
export async function readPendingCurations(tx: TxRunner): Promise<CurationRecord[]> {
  return decided((await tx.run(PENDING_CURATIONS)).rows);
}

/** The decisions on pairs whose district indicator belongs to one of `planIds`. */
export async function readCurationsOf(tx: TxRunner, planIds: string[]): Promise<CurationRecord[]> {
  return decided((await tx.run(CURATIONS_OF, { planIds })).rows);
}

/** Whether anything was aligned yet (an indicator linked to a measure). */
export async function hasAlignment(executor: Executor): Promise<boolean> {
  const [row] = await executor.read(HAS_ALIGNMENT);
  return row?.aligned === true;
}
