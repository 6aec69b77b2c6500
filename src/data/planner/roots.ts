import type { Executor, Row } from '../../db/executor';
import * as decode from '../decode';
import type { Decoder } from '../decode';
import type { ContributionsRecord, MissingTargetRecord, Page, PlanRecord, RollUpTraceRecord } from '../records';
import { linkFilter, linkFilterParams, MISSING_CHILDREN, type LinkFilterValues } from '../rollup';
import {
  connectionNodes,
  type Expression,
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
  build: (q: QueryParts, selection: SelectionSet) => { cypher: string; read: (rows: Row[]) => T },
): Promise<{ value: T } | null> {
  if (!selection) return null;
  const q = new QueryParts();
  let query: ReturnType<typeof build>;
  try {
    query = build(q, selection);
  } catch (err) {
    if (err instanceof Unplannable) return null;
    throw err;
  }
  return { value: query.read(await executor.read(query.cypher, q.params)) };
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
  return planned(executor, selection, (q, s) => {
    Object.assign(q.params, params);
    const p = q.variable('p');
    const item = projectRoot(q, PLAN, p, connectionNodes(s));
    return {
      cypher: `${match} WITH p ORDER BY ${order} WITH collect(p) AS matched
        WITH matched, matched[$offset..$offset + $limit] AS slice
        UNWIND CASE size(slice) WHEN 0 THEN [null] ELSE slice END AS ${p}
        RETURN size(matched) AS total, ${item.cypher} AS item`,
      read: (rows) => ({
        items: rows.filter((row) => row.item !== null).map((row, i) => item.decode(row.item, `items[${i}]`)),
        offset: Number(params.offset),
        totalCount: decode.num(rows[0]?.total ?? 0, 'total'),
      }),
    };
  });
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
    return planned(executor, selection, (q, s) => {
      const item = projectRoot(q, MEASURE, 'm', s);
      return {
        cypher: `MATCH (m:Measure {id: ${q.param(id)}}) RETURN ${item.cypher} AS item`,
        read: ([row]) => decode.nullable(item.decode)(row?.item, 'item'),
      };
    });
  const [key, field] = listed;
  return planned(executor, selection, (q, s) => {
    const rest = new Map([...s].filter(([k]) => k !== key));
    const instance = measureInstances(q, 'm', field);
    const measure = projectRoot(q, MEASURE, 'm', rest);
    return {
      cypher: `MATCH (m:Measure {id: ${q.param(id)}})
        OPTIONAL CALL (m) { ${instance.cypher} AS instance }
        RETURN ${measure.cypher} AS item, instance`,
      read: (rows) => {
        const item = decode.nullable(measure.decode)(rows[0]?.item, 'item');
        if (!item) return null;
        const instances = rows
          .filter((row) => row.instance !== null)
          .map((row, i) => instance.decode(row.instance, `item.${key}[${i}]`));
        const entries =
          decode.nullable(decode.list(decode.obj))(decode.obj(item, 'item')[PLANNED], `item.${PLANNED}`) ?? [];
        return Object.assign({}, item, { [PLANNED]: [...entries, { key, value: instances }] });
      },
    };
  });
}

/** The roll-up trace (rollup.ts TRACE) with both ends of every step projected as selected; null value when there is no indicator. */
export function plannedRollUp(executor: Executor, indicatorId: string, selection: SelectionSet | null) {
  return planned(executor, selection, (q, s) => {
    // Subqueries that aggregate run as CALLs before the RETURN: Cypher reads an aggregation
    // inside a COLLECT {} beside outer variables as implicit grouping and refuses it.
    const calls: string[] = [];
    const entries = [...s].map(([key, field]): [string, Expression] => {
      if (field.name === 'indicator') return [key, project(q, INDICATOR, 'start', below(field))];
      if (field.name !== 'steps') throw new Unplannable(`RollUpTrace.${field.name}`);
      const steps = q.variable('steps');
      const each = step(q, 'r', 'a', 'b', 'depth', below(field));
      calls.push(`CALL (start) { MATCH path = (start)-[:ROLLS_UP_TO*1..6]->(:Indicator)
            WITH last(relationships(path)) AS r, length(path) AS depth
            WITH r, min(depth) AS depth
            WITH startNode(r) AS a, r, endNode(r) AS b, depth ORDER BY depth, r.score DESC, b.id
            RETURN collect(${each.cypher}) AS ${steps} }`);
      return [key, { cypher: steps, decode: decode.list(each.decode) }];
    });
    const trace = struct<RollUpTraceRecord>(entries, q);
    return {
      cypher: `MATCH (start:Indicator {id: ${q.param(indicatorId)}}) ${calls.join('\n')} RETURN ${trace.cypher} AS item`,
      read: ([row]) => decode.nullable(trace.decode)(row?.item, 'item'),
    };
  });
}

/** A parent indicator's contributors (each filter its own parameters) and missing districts (rollup.ts MISSING). */
export function plannedContributions(executor: Executor, indicatorId: string, selection: SelectionSet | null) {
  return planned(executor, selection, (q, s) => {
    const calls: string[] = [];
    const entries = [...s].map(([key, field]): [string, Expression] => {
      if (field.name === 'indicator') return [key, project(q, INDICATOR, 'm', below(field))];
      if (field.name === 'contributors') {
        const f = linkFilterParams(field.args.filter as LinkFilterValues | null);
        const names = {
          comparison: q.param(f.comparison),
          status: q.param(f.status),
          comparedWith: q.param(f.comparedWith),
        };
        const [a, r] = [q.variable('a'), q.variable('r')];
        const each = step(q, r, a, 'm', '1', below(field));
        return [
          key,
          {
            cypher: `COLLECT { MATCH (m)<-[${r}:ROLLS_UP_TO]-(${a}:Indicator) WHERE ${linkFilter(r, names)}
              WITH m, ${r}, ${a} ORDER BY ${a}.planId, ${a}.seq
              RETURN ${each.cypher} }`,
            decode: decode.list(each.decode),
          },
        ];
      }
      if (field.name === 'missing') {
        const list = q.variable('missing');
        const each = missing(q, below(field), list);
        calls.push(each.call);
        return [key, { cypher: list, decode: decode.list(each.decode) }];
      }
      throw new Unplannable(`Contributions.${field.name}`);
    });
    const contributions = struct<ContributionsRecord>(entries, q);
    return {
      cypher: `MATCH (m:Indicator {id: ${q.param(indicatorId)}}) ${calls.join('\n')} RETURN ${contributions.cypher} AS item`,
      read: ([row]) => decode.nullable(contributions.decode)(row?.item, 'item'),
    };
  });
}

/**
 * A CALL binding `list` to the child regions with a loaded plan for the indicator's years and no
 * indicator of its measure, and the decoder of one of them.
 */
function missing(
  q: QueryParts,
  selection: SelectionSet,
  list: string,
): { call: string; decode: Decoder<MissingTargetRecord> } {
  const entries = [...selection].map(([key, field]): [string, Expression] => {
    if (field.name === 'region') return [key, project(q, REGION, 'child', below(field))];
    if (field.name === 'plans') {
      const p = q.variable('p');
      const plan = project(q, PLAN, p, below(field));
      return [
        key,
        { cypher: `COLLECT { UNWIND plans AS ${p} RETURN ${plan.cypher} }`, decode: decode.list(plan.decode) },
      ];
    }
    throw new Unplannable(`MissingTarget.${field.name}`);
  });
  const item = struct<MissingTargetRecord>(entries, q);
  return {
    call: `CALL (m) { ${MISSING_CHILDREN}
    WITH ${item.cypher} AS item
    RETURN collect(item) AS ${list} }`,
    decode: item.decode,
  };
}
