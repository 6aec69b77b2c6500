import type { Executor } from '../../db/executor';
import * as decode from '../decode';
import * as shapes from '../shapes';
import type { ContributionsRecord, Page, PlanRecord, RollUpTraceRecord } from '../records';
import { linkFilter, linkFilterParams, MISSING_CHILDREN, type LinkFilterValues } from '../rollup';
import {
  connectionNodes,
  INDICATOR,
  MEASURE,
  measureInstances,
  PLAN,
  PLANNED,
  project,
  projectRoot,
  QueryParts,
  REGION,
  step,
  struct,
} from './project';
import { below, Unplannable, type SelectionSet } from './selection';

// One query per root field, planned from the whole selection below it (src/api/lookAhead.ts):
// each returns null when the selection holds something the planner does not cover, and the
// caller then answers as before, through the resolvers' batched loaders.

/** Runs `build` and its one query; null when the selection is not planned. */
async function planned<T>(
  executor: Executor,
  selection: SelectionSet | null,
  build: (q: QueryParts, selection: SelectionSet) => string,
  read: (rows: Record<string, unknown>[]) => T,
): Promise<{ value: T } | null> {
  if (!selection) return null;
  const q = new QueryParts();
  let cypher: string;
  try {
    cypher = build(q, selection);
  } catch (err) {
    if (err instanceof Unplannable) return null;
    throw err;
  }
  return { value: read(await executor.read(cypher, q.params)) };
}

/**
 * A page of plans (PLAN_MATCH filtered and ordered as in plans.ts) with everything selected below,
 * one row per plan: a single row holding the whole page took Neo4j twice as long to produce (medium
 * scale, 20 plans with their indicators' roll-ups: ~100 ms against ~45 ms). An empty page is one row
 * with a null item, so the total still comes back.
 */
export function plannedPlans(
  executor: Executor,
  match: string,
  order: string,
  params: Record<string, unknown>,
  selection: SelectionSet | null,
): Promise<{ value: Page<PlanRecord> } | null> {
  return planned(
    executor,
    selection,
    (q, s) => {
      Object.assign(q.params, params);
      const p = q.variable('p');
      return `${match} WITH p ORDER BY ${order} WITH collect(p) AS matched
        WITH matched, matched[$offset..$offset + $limit] AS slice
        UNWIND CASE size(slice) WHEN 0 THEN [null] ELSE slice END AS ${p}
        RETURN size(matched) AS total, ${projectRoot(q, PLAN, p, connectionNodes(s))} AS item`;
    },
    (rows) => ({
      items: rows.filter((row) => row.item !== null).map((row, i) => shapes.plan(row.item, `items[${i}]`)),
      offset: Number(params.offset),
      totalCount: decode.num(rows[0]?.total ?? 0, 'total'),
    }),
  );
}

/**
 * A measure with everything selected below it; value null when there is no such measure. Its
 * instances come back one row each, the measure's own fields repeated on every row: a single row
 * holding them all took Neo4j ~1.7× as long (577 instances at large scale).
 */
export function plannedMeasure(executor: Executor, id: string, selection: SelectionSet | null) {
  const lists = [...(selection ?? [])].filter(([, field]) => field.name === 'instances');
  const [listed] = lists;
  if (!listed || lists.length > 1)
    return planned(
      executor,
      selection,
      (q, s) => `MATCH (m:Measure {id: ${q.param(id)}}) RETURN ${projectRoot(q, MEASURE, 'm', s)} AS item`,
      ([row]) => decode.nullable(shapes.measure)(row?.item, 'item'),
    );
  const [key, field] = listed;
  return planned(
    executor,
    selection,
    (q, s) => {
      const rest = new Map([...s].filter(([k]) => k !== key));
      return `MATCH (m:Measure {id: ${q.param(id)}})
        OPTIONAL CALL (m) { ${measureInstances(q, 'm', field)} AS instance }
        RETURN ${projectRoot(q, MEASURE, 'm', rest)} AS item, instance`;
    },
    (rows) => {
      const item = decode.nullable(shapes.measure)(rows[0]?.item, 'item');
      if (!item) return null;
      const instances = rows.filter((row) => row.instance !== null).map((row) => row.instance);
      const nested = decode.obj(item, 'item')[PLANNED];
      const entries = decode.nullable(decode.list(decode.obj))(nested, `item.${PLANNED}`) ?? [];
      return Object.assign({}, item, { [PLANNED]: [...entries, { key, value: instances }] });
    },
  );
}

/** The roll-up trace (rollup.ts TRACE) with both ends of every step projected as selected; null value when there is no indicator. */
export function plannedRollUp(executor: Executor, indicatorId: string, selection: SelectionSet | null) {
  return planned(
    executor,
    selection,
    (q, s) => {
      // Subqueries that aggregate run as CALLs before the RETURN: Cypher reads an aggregation
      // inside a COLLECT {} beside outer variables as implicit grouping and refuses it.
      const calls: string[] = [];
      const entries = [...s].map(([key, field]): [string, string] => {
        if (field.name === 'indicator') return [key, project(q, INDICATOR, 'start', below(field))];
        if (field.name !== 'steps') throw new Unplannable(`RollUpTrace.${field.name}`);
        const steps = q.variable('steps');
        calls.push(`CALL (start) { MATCH path = (start)-[:ROLLS_UP_TO*1..6]->(:Indicator)
            WITH last(relationships(path)) AS r, length(path) AS depth
            WITH r, min(depth) AS depth
            WITH startNode(r) AS a, r, endNode(r) AS b, depth ORDER BY depth, r.score DESC, b.id
            RETURN collect(${step(q, 'r', 'a', 'b', 'depth', below(field))}) AS ${steps} }`);
        return [key, steps];
      });
      return `MATCH (start:Indicator {id: ${q.param(indicatorId)}}) ${calls.join('\n')} RETURN ${struct(entries, q)} AS item`;
    },
    ([row]) => decode.nullable(decode.planned<RollUpTraceRecord>())(row?.item, 'item'),
  );
}

/** A parent indicator's contributors (each filter its own parameters) and missing districts (rollup.ts MISSING). */
export function plannedContributions(executor: Executor, indicatorId: string, selection: SelectionSet | null) {
  return planned(
    executor,
    selection,
    (q, s) => {
      const calls: string[] = [];
      const entries = [...s].map(([key, field]): [string, string] => {
        if (field.name === 'indicator') return [key, project(q, INDICATOR, 'm', below(field))];
        if (field.name === 'contributors') {
          const f = linkFilterParams(field.args.filter as LinkFilterValues | null);
          const names = {
            comparison: q.param(f.comparison),
            status: q.param(f.status),
            comparedWith: q.param(f.comparedWith),
          };
          const [a, r] = [q.variable('a'), q.variable('r')];
          return [
            key,
            `COLLECT { MATCH (m)<-[${r}:ROLLS_UP_TO]-(${a}:Indicator) WHERE ${linkFilter(r, names)}
              WITH m, ${r}, ${a} ORDER BY ${a}.planId, ${a}.seq
              RETURN ${step(q, r, a, 'm', '1', below(field))} }`,
          ];
        }
        if (field.name === 'missing') {
          const list = q.variable('missing');
          calls.push(missing(q, below(field), list));
          return [key, list];
        }
        throw new Unplannable(`Contributions.${field.name}`);
      });
      return `MATCH (m:Indicator {id: ${q.param(indicatorId)}}) ${calls.join('\n')} RETURN ${struct(entries, q)} AS item`;
    },
    ([row]) => decode.nullable(decode.planned<ContributionsRecord>())(row?.item, 'item'),
  );
}

/** A CALL binding `list` to the child regions with a loaded plan for the indicator's years and no indicator of its measure. */
function missing(q: QueryParts, selection: SelectionSet, list: string): string {
  const entries = [...selection].map(([key, field]): [string, string] => {
    if (field.name === 'region') return [key, project(q, REGION, 'child', below(field))];
    if (field.name === 'plans') {
      const p = q.variable('p');
      return [key, `COLLECT { UNWIND plans AS ${p} RETURN ${project(q, PLAN, p, below(field))} }`];
    }
    throw new Unplannable(`MissingTarget.${field.name}`);
  });
  return `CALL (m) { ${MISSING_CHILDREN}
    WITH ${struct(entries, q)} AS item
    RETURN collect(item) AS ${list} }`;
}
