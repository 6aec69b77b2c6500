import { randomUUID } from 'node:crypto';
import { audited } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import { batches } from '../../graph/script/unwind';
import type { Props } from '../../graph/model';
import { mergeWrites, type CreateForm, type GraphWrite, type WriteStatement } from '../../graph/write';
import type { OnProgress } from '../../progress';
import { toDatabaseError } from '../errors';
import type { Executor, TxRunner, WriteCounters } from '../executor';
import { recordLoads, type LoadOptions, type LoadResult } from '../loadRecord';
import { addCounters, counterSummary, emptyCounters } from '../script/counters';
import { ScriptLoadError } from '../script/errors';
import { toParams } from './params';

/** The script a write is shown as: its file name and the sha256 of its bytes, kept on the Load record. */
export interface WriteScript {
  file: string;
  sha256: string;
}

/** One plan's (or the reference data's) write, with the script that shows it. */
export interface PlanLoad {
  write: GraphWrite;
  script: WriteScript;
}

/**
 * Rows per statement sent. Merged plans' rows are cut into batches of this size: large enough that
 * a batch, not a round trip, is the unit of work (Neo4j's published bulk figures use 10k–50k rows),
 * small enough that one statement's working memory stays a few MB.
 */
export const SEND_ROWS = 20_000;

/**
 * Put before each upsert of a write. Neo4j replans a cached query when the graph's counts have
 * moved far from those it was planned with, and a city's load moves them after every group:
 * some 40 statements planned again, seconds each time on a small machine. Their plans cannot
 * change — every upsert finds its nodes by a unique key (graph/script/unwind.ts) — so the first
 * plan is kept. Sweeps are left out: they seek by planId, which statistics do steer.
 */
export const KEEP_PLAN = 'CYPHER replan=skip\n';

/**
 * Applies writes inside the caller's transaction, with their (:Load) records. Several writes are
 * merged first (graph/write.ts mergeWrites): a statement's text is the same for every plan, so a
 * group of plans costs one statement per kind of node or link instead of one per plan. Every
 * statement is sent with its rows as parameters, never as Cypher text, and pipelined — sent
 * without waiting for the one before to answer; Neo4j runs them in order. A failing statement
 * fails the caller's transaction: nothing of any of the writes is kept.
 */
export async function runWrites(
  tx: TxRunner,
  loads: readonly PlanLoad[],
  options: LoadOptions & FreshOptions,
): Promise<LoadResult[]> {
  const startedAt = new Date().toISOString();
  const write = loads.length === 1 ? (loads[0] as PlanLoad).write : mergeWrites(loads.map((l) => l.write));
  const loaded = await loadedBefore(tx, write.plans);
  const fresh = options.createFresh === false ? new Set<string>() : new Set(write.plans.filter((p) => !loaded.has(p)));
  const sends = write.statements.flatMap((s, index) =>
    parts(s, loaded, fresh).flatMap(({ cypher, rows, created }) =>
      // A statement with no rows would do nothing: batches() gives it none to send.
      batches(rows, SEND_ROWS).map((batch) => ({ index, created, run: tx.run(cypher, toParams({ rows: batch })) })),
    ),
  );
  const settled = await Promise.allSettled(sends.map((s) => s.run));
  const counters: WriteCounters = emptyCounters();
  settled.forEach((outcome, i) => {
    const { index, created } = sends[i] as { index: number; created: boolean };
    if (outcome.status === 'rejected') throw statementFailed(loads, write, index, outcome.reason, created);
    addCounters(counters, outcome.value.counters);
  });
  const finishedAt = new Date().toISOString();
  const group = loads.length > 1 ? { id: randomUUID(), plans: loads.length } : undefined;
  const results = loads.map(({ write: w, script }) => ({
    loadId: randomUUID(),
    ...script,
    statements: write.statements.length,
    plans: w.plans,
    counters,
    startedAt,
    finishedAt,
    ...(group ? { group } : {}),
  }));
  await recordLoads(tx, results, options);
  return results;
}

export interface FreshOptions {
  /** Plans with nothing loaded get their own items and links through CREATE (default); false: MERGE, as a reload does. */
  createFresh?: boolean;
}

/** What one statement sends: its rows, split between its CREATE form (plans in `fresh`) and its MERGE. */
function parts(
  s: WriteStatement,
  loaded: ReadonlySet<string>,
  fresh: ReadonlySet<string>,
): Array<{ cypher: string; rows: readonly Props[]; created: boolean }> {
  // A sweep with no plan loaded before has nothing to remove: not sent (it would walk every new link).
  if (s.sweep) {
    const rows = s.rows.filter((r) => typeof r.planId === 'string' && loaded.has(r.planId));
    return [{ cypher: s.cypher, rows, created: false }];
  }
  if (s.create === undefined || fresh.size === 0)
    return [{ cypher: KEEP_PLAN + s.cypher, rows: s.rows, created: false }];
  const created: Props[] = [];
  const merged: Props[] = [];
  for (const row of s.rows) (fresh.has(planOf(row, s.create)) ? created : merged).push(row);
  return [
    { cypher: KEEP_PLAN + s.create.cypher, rows: collapsed(created, s.create), created: true },
    { cypher: KEEP_PLAN + s.cypher, rows: merged, created: false },
  ];
}

/** The plan a row's stamp names (owned rows are stamped: graph/script/unwind.ts). */
function planOf(row: Props, form: CreateForm): string {
  const stamp = form.identity.kind === 'node' ? row : (row.props as Props | undefined);
  // A row without a stamp is no fresh plan's: it goes through the MERGE.
  return typeof stamp?.planId === 'string' ? stamp.planId : '';
}

/** Keys are strings (ids, codes, title keys); anything else is still told apart by its JSON. */
const keyText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Rows naming the same node (or the same two endpoints) as one, later values over earlier: what
 * MERGE then `SET +=` makes of them, where CREATE would make two (or fail on the key's constraint).
 */
export function collapsed(rows: readonly Props[], form: CreateForm): Props[] {
  const { identity } = form;
  const byKey = new Map<string, Props>();
  for (const row of rows) {
    const key = identity.kind === 'node' ? keyText(row[identity.key]) : `${keyText(row.from)}\u0000${keyText(row.to)}`;
    const before = byKey.get(key);
    if (before === undefined) byKey.set(key, row);
    else if (identity.kind === 'node') byKey.set(key, { ...before, ...row });
    else byKey.set(key, { ...row, props: { ...(before.props as Props), ...(row.props as Props) } });
  }
  return byKey.size === rows.length ? [...rows] : [...byKey.values()];
}

// Anything a plan owns carries its id in planId (indexed per label): a plan with none has never been loaded.
const LOADED_BEFORE = `UNWIND $ids AS id
WITH id WHERE EXISTS { (:Plan {id: id}) } OR EXISTS { (:Chapter {planId: id}) } OR EXISTS { (:Goal {planId: id}) }
  OR EXISTS { (:Indicator {planId: id}) } OR EXISTS { (:Table {planId: id}) } OR EXISTS { (:Box {planId: id}) } OR EXISTS { (:Project {planId: id}) }
RETURN id`;

async function loadedBefore(tx: TxRunner, planIds: readonly string[]): Promise<Set<string>> {
  if (planIds.length === 0) return new Set();
  const { rows } = await tx.run(LOADED_BEFORE, { ids: planIds });
  return new Set(rows.map((r) => String(r.id)));
}

// Only a node the plan's own write did not make (a hand-written script's, another plan's id) can
// stand in a fresh plan's way: the constraint refuses it, and says which, rather than adopting it.
const CREATE_REFUSED =
  " (creating this plan's own items, as for a plan with nothing loaded: a node with that key exists without this plan's planId)";

function statementFailed(
  loads: readonly PlanLoad[],
  write: GraphWrite,
  index: number,
  err: unknown,
  created: boolean,
): ScriptLoadError {
  const dbError = toDatabaseError(err);
  const file = loads.map((l) => l.script.file).join(', ');
  const refused = created && dbError.neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed';
  return new ScriptLoadError(
    'STATEMENT_FAILED',
    `${file}: statement ${index + 1} (${write.statements[index]?.comment ?? '?'}) failed [${dbError.neo4jCode ?? dbError.code}]: ` +
      `${dbError.message.split('\n')[0]}${refused ? CREATE_REFUSED : ''} — rolled back; nothing from it was written`,
    file,
    index + 1,
    null,
    { cause: dbError },
  );
}

export interface LoadWritesOptions extends LoadOptions, FreshOptions {
  /** Plans are grouped into one transaction until their rows reach this (1: a transaction per plan). */
  groupRows?: number;
  /** Told as each group commits: plans done, of all. */
  onProgress?: OnProgress;
}

/** Rows per transaction when many plans are loaded at once (npm start on an empty database, the bench). */
export const GROUP_ROWS = 50_000;

/**
 * Loads writes in as few transactions as fit `groupRows` rows each, every transaction audited
 * (one audit line per group, one Load record per plan). Each plan is all or nothing whatever the
 * grouping. When a group fails, its plans are tried one by one, so the plans before the faulty one
 * are kept and the error names the plan that failed, as loading one plan at a time would.
 */
export async function loadWrites(
  executor: Executor,
  loads: readonly PlanLoad[],
  options: LoadWritesOptions,
): Promise<LoadResult[]> {
  const { groupRows = GROUP_ROWS, onProgress, ...load } = options;
  const results: LoadResult[] = [];
  for (const group of groups(loads, groupRows, (l) => l.write)) {
    try {
      results.push(...(await auditedGroup(executor, group, load)));
    } catch (err) {
      if (group.length === 1) throw err;
      for (const one of group) results.push(...(await auditedGroup(executor, [one], load)));
    }
    onProgress?.(results.length, loads.length);
  }
  return results;
}

/** One write as a load of its own. */
export async function loadWrite(
  executor: Executor,
  write: GraphWrite,
  script: WriteScript,
  options: LoadOptions,
): Promise<LoadResult> {
  const [result] = await auditedGroup(executor, [{ write, script }], options);
  return result as LoadResult;
}

function auditedGroup(
  executor: Executor,
  group: readonly PlanLoad[],
  options: LoadOptions & FreshOptions,
): Promise<LoadResult[]> {
  const attempt = {
    kind: 'load' as const,
    by: options.by,
    origin: options.origin ?? localOrigin(),
    targets: group.map((l) => l.script.file),
  };
  return audited(
    attempt,
    () => executor.inWriteTransaction((tx) => runWrites(tx, group, options)),
    (rs) => ({
      loadIds: rs.map((r) => r.loadId),
      plans: rs.flatMap((r) => r.plans),
      ...counterSummary(rs[0]?.counters ?? emptyCounters()),
    }),
  );
}

/**
 * Plans in order, cut into groups of at most `groupRows` rows (a plan larger than that alone):
 * one transaction each. Generic over what carries the plan's write, for the bench that times
 * Neo4j on the same groups (bench/ingest/ceiling.ts).
 */
export function groups<T>(loads: readonly T[], groupRows: number, writeOf: (load: T) => GraphWrite): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let rows = 0;
  for (const load of loads) {
    const size = writeOf(load).statements.reduce((n, s) => n + s.rows.length, 0);
    if (current.length > 0 && rows + size > groupRows) {
      out.push(current);
      current = [];
      rows = 0;
    }
    current.push(load);
    rows += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
