import type { Params, Row } from '../../db/executor';
import { cypherInteger } from '../../db/executor';
import { type Decoder, list as listOf, nullable, num, obj, plannedEntries, shape, type NodeDecoder } from '../decode';
import type {
  ChapterRecord,
  BoxRecord,
  GoalRecord,
  IndicatorRecord,
  MeasureRecord,
  PlanRecord,
  ProjectRecord,
  RegionRecord,
} from '../records';
import { statusOf } from '../rollup';
import * as shapes from '../shapes';
import { below, mergeSelections as mergeInto, Unplannable, type FieldSelection, type SelectionSet } from './selection';

// Compiles a selection into one Cypher map projection per node: the properties the selected
// fields read, and every planned nested field under `_planned` as {key, value} entries keyed by
// response key (see src/api/planned.ts, which hands them to the resolvers). Labels, properties and
// relationship types come from the tables below; client values (aliases, arguments) are parameters.
// Each expression comes with the decoder of what it returns, built from the same selection, so a
// planned answer is checked at the boundary as deep as it was planned (decode.ts).

/** Where planned nested values sit on a projected row. */
export const PLANNED = '_planned';

/** Parameters and fresh variable names for one planned query. */
export class QueryParts {
  readonly params: Params = {};
  private n = 0;

  param(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  variable(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
}

/** A Cypher expression and the decoder of its value. */
export interface Expression<T = unknown> {
  cypher: string;
  decode: Decoder<T>;
}

type Hop = (q: QueryParts, v: string, field: FieldSelection) => Expression;
/** The properties a field reads: fixed, or from what is selected below it. */
type Props = readonly string[] | ((field: FieldSelection) => readonly string[]);

export interface NodeSpec<T = unknown> {
  label: string;
  /** Its row shape (shapes.ts): a root is checked with its label, a nested node by its properties. */
  decode: NodeDecoder<T>;
  /** Always projected: the node's key. */
  keys: readonly string[];
  /**
   * Fields answered from the node's own properties (by a default resolver or one like valueOf), and
   * for a planned field, what its resolver reads when the planned value is null (e.g. Indicator.plan
   * reports the missing plan by planId): projected only when the field is selected.
   */
  props: Readonly<Record<string, Props>>;
  /** Fields planned as nested Cypher. */
  hops: Readonly<Record<string, Hop>>;
}

const same = (...names: string[]) => Object.fromEntries(names.map((n) => [n, [n]]));
/** A printed value's columns: the raw text (null means no value) and the parts selected. */
const value =
  (column: string): Props =>
  (field) => {
    const parts = field.fields ? [...field.fields.values()].map((f) => f.name) : ['value', 'comparator', 'year'];
    return [
      `${column}Raw`,
      ...parts.filter((n) => n !== 'raw').map((n) => `${column}${n[0]!.toUpperCase()}${n.slice(1)}`),
    ];
  };
const PROVENANCE = ['planId', 'sourcePlanId', 'lineStart', 'lineEnd', 'fromSidecar', 'sourceFile'];

/**
 * A node projection with the fields `selection` asks for. `bound` names nodes the query has already
 * matched for some hops (a measure's instances match their plans to order them, optionally: so
 * they may be null), projected as they are instead of looked up again. Only a root's node carries
 * its label, which its decoder checks: nested ones never reach a union's __resolveType (the
 * look-ahead leaves unions to the loaders).
 */
export function project<T>(
  q: QueryParts,
  spec: NodeSpec<T>,
  v: string,
  selection: SelectionSet,
  bound: Readonly<Record<string, { spec: NodeSpec; v: string }>> = {},
): Expression<T> {
  return projection(q, spec, v, selection, bound, false);
}

/** A root's node projection: with its label, which its decoder checks. */
export function projectRoot<T>(q: QueryParts, spec: NodeSpec<T>, v: string, selection: SelectionSet): Expression<T> {
  return projection(q, spec, v, selection, {}, true);
}

function projection<T>(
  q: QueryParts,
  spec: NodeSpec<T>,
  v: string,
  selection: SelectionSet,
  bound: Readonly<Record<string, { spec: NodeSpec; v: string }>>,
  labelled: boolean,
): Expression<T> {
  const props = new Set(spec.keys);
  const planned: Array<[key: string, value: Expression]> = [];
  for (const [key, field] of selection) {
    const read = spec.props[field.name];
    (typeof read === 'function' ? read(field) : read)?.forEach((p) => props.add(p));
    const hop = spec.hops[field.name];
    const node = bound[field.name];
    if (node) planned.push([key, optional(project(q, node.spec, node.v, below(field)))]);
    else if (hop) planned.push([key, hop(q, v, field)]);
    else if (!read) throw new Unplannable(`${spec.label}.${field.name} is not planned`);
  }
  const entries = [...props].map((p) => `.${p}`);
  if (labelled) entries.push(`label: '${spec.label}'`);
  if (planned.length) entries.push(plannedList(q, planned));
  const own = labelled ? spec.decode : spec.decode.properties;
  return { cypher: `${v} {${entries.join(', ')}}`, decode: checked(own, planned) };
}

/** `own`'s checks of a row, then its planned entries' (each by the decoder it was planned with). */
function checked<T>(own: Decoder<T>, planned: ReadonlyArray<[string, Expression]>): Decoder<T> {
  const check = plannedEntries(planned.map(([key, e]) => [key, e.decode]));
  return (value, path) => {
    const row = own(value, path);
    check(row, path);
    return row;
  };
}

/** `_planned: [{key, value}, …]`, keys as parameters (they are the client's aliases). */
const plannedList = (q: QueryParts, planned: ReadonlyArray<[string, Expression]>) =>
  `${PLANNED}: [${planned.map(([key, e]) => `{key: ${q.param(key)}, value: ${e.cypher}}`).join(', ')}]`;

const optional = <T>(e: Expression<T>): Expression<T | null> => ({ cypher: e.cypher, decode: nullable(e.decode) });

/**
 * A struct (not a node) with planned fields only, e.g. a roll-up trace: every field of its record is
 * one of the entries, which src/api/planned.ts hands to the resolvers, so checking them checks it.
 */
export function struct<T>(entries: ReadonlyArray<[key: string, value: Expression]>, q: QueryParts): Expression<T> {
  return { cypher: `{${plannedList(q, entries)}}`, decode: checked(obj, entries) as Decoder<T> };
}

/** The nodes `match` binds to `t`, ordered, each projected for the field's selection. */
const list =
  (spec: () => NodeSpec, match: (v: string, t: string) => string, order: (t: string) => string): Hop =>
  (q, v, field) => {
    const t = q.variable('n');
    const item = project(q, spec(), t, below(field));
    return {
      cypher: `COLLECT { ${match(v, t)} WITH ${t} ORDER BY ${order(t)} RETURN ${item.cypher} }`,
      decode: listOf(item.decode),
    };
  };

/** At most one node; a missing one is null, which src/api/planned.ts hands back to the resolver. */
const one =
  (spec: () => NodeSpec, match: (v: string, t: string) => string): Hop =>
  (q, v, field) => {
    const t = q.variable('n');
    const item = project(q, spec(), t, below(field));
    return { cypher: `COLLECT { ${match(v, t)} RETURN ${item.cypher} LIMIT 1 }[0]`, decode: nullable(item.decode) };
  };

/** Each field of a roll-up step as an expression over its link (rollup.ts linkFields, field by field). */
const STEP_FIELDS: Readonly<Record<Exclude<keyof typeof shapes.LINK_FIELDS, 'depth'>, (rel: string) => string>> = {
  method: (r) => `${r}.method`,
  score: (r) => `${r}.score`,
  unitsAgree: (r) => `${r}.unitsAgree`,
  fromValue: (r) => `${r}.districtValueRaw`,
  toValue: (r) => `${r}.parentValueRaw`,
  toValueColumn: (r) => `toUpper(${r}.parentValueOf)`,
  comparison: (r) => `${r}.comparison`,
  status: statusOf,
  comparisonNote: (r) => `${r}.comparisonNote`,
  comparedYear: (r) => `${r}.comparedYear`,
  ahead: (r) => `${r}.ahead`,
};
const isStepField = (name: string): name is keyof typeof STEP_FIELDS => Object.hasOwn(STEP_FIELDS, name);

/** A roll-up step over link `rel` from `a` to `b`: the selected link fields, both ends as planned nodes. */
export function step(
  q: QueryParts,
  rel: string,
  a: string,
  b: string,
  depth: string,
  selection: SelectionSet,
): Expression<Row> {
  const fields = new Map<keyof typeof shapes.LINK_FIELDS, string>([['depth', depth]]);
  const planned: Array<[string, Expression]> = [];
  for (const [key, field] of selection) {
    const name = field.name;
    if (isStepField(name)) fields.set(name, STEP_FIELDS[name](rel));
    else if (name === 'from' || name === 'to')
      planned.push([key, project(q, INDICATOR, name === 'from' ? a : b, below(field))]);
    else if (name !== 'depth') throw new Unplannable(`RollUpStep.${name}`);
  }
  const entries = [...fields].map(([name, expression]) => `${name}: ${expression}`);
  const own = shape<Row>(Object.fromEntries([...fields.keys()].map((name) => [name, shapes.LINK_FIELDS[name]])));
  return { cypher: `{${entries.join(', ')}, ${plannedList(q, planned)}}`, decode: checked(own, planned) };
}

/** A page of a list: the slice as `items`, with `offset` and `totalCount` (see Page). */
const page =
  (spec: () => NodeSpec, match: (v: string, t: string) => string, order: (t: string) => string): Hop =>
  (q, v, field) => {
    if (!field.window) throw new Unplannable(`${field.name}: invalid page`);
    const { offset, limit } = field.window;
    const t = q.variable('n');
    const item = project(q, spec(), t, connectionNodes(below(field)));
    const o = q.param(cypherInteger(offset));
    // Counted only when asked for: the connection's totalCount and pageInfo are its only readers.
    const counted = wantsTotal(field);
    const total = counted ? `totalCount: COUNT { ${match(v, t)} }, ` : '';
    return {
      cypher: `{offset: ${o}, ${total}items: COLLECT { ${match(v, t)}
      WITH ${t} ORDER BY ${order(t)} SKIP ${o} LIMIT ${q.param(cypherInteger(limit))}
      RETURN ${item.cypher} }}`,
      decode: shape({ offset: num, items: listOf(item.decode), ...(counted ? { totalCount: num } : {}) }),
    };
  };

const wantsTotal = (field: FieldSelection) =>
  [...below(field).values()].some((f) => f.name === 'totalCount' || f.name === 'pageInfo');

/** The node selection of a connection: `nodes` and `edges { node }` merged; totalCount and pageInfo come from the page. */
export function connectionNodes(selection: SelectionSet): SelectionSet {
  let nodes: SelectionSet = new Map();
  const merge = (s: SelectionSet) => {
    nodes = nodes.size === 0 ? s : mergeInto(nodes, s);
  };
  for (const field of selection.values()) {
    if (field.name === 'nodes') merge(below(field));
    else if (field.name === 'edges') {
      for (const edgeField of below(field).values()) {
        if (edgeField.name === 'node') merge(below(edgeField));
        else if (edgeField.name !== 'cursor') throw new Unplannable(`edge field ${edgeField.name}`);
      }
    } else if (field.name !== 'totalCount' && field.name !== 'pageInfo')
      throw new Unplannable(`connection field ${field.name}`);
  }
  return nodes;
}

export const REGION: NodeSpec<RegionRecord> = {
  label: 'Region',
  decode: shapes.region,
  keys: ['code'],
  props: same('code', 'name', 'fullName', 'level', 'adminCode'),
  hops: {},
};

export const CHAPTER: NodeSpec<ChapterRecord> = {
  label: 'Chapter',
  decode: shapes.chapter,
  keys: ['id'],
  props: { ...same('id', 'kind', 'number', 'title', 'order', 'text', 'inferred', 'evidence'), source: PROVENANCE },
  hops: {},
};

// Goals, boxes and projects are planned only as search hits (src/data/search.ts): their own
// properties; every nested field of theirs is left to its loader.
export const GOAL: NodeSpec<GoalRecord> = {
  label: 'Goal',
  decode: shapes.goal,
  keys: ['id'],
  props: { ...same('id', 'lead', 'text', 'horizonYear', 'origin'), source: PROVENANCE },
  hops: {},
};

export const BOX: NodeSpec<BoxRecord> = {
  label: 'Box',
  decode: shapes.box,
  keys: ['id'],
  props: { ...same('id', 'number', 'title'), source: PROVENANCE },
  hops: {},
};

export const PROJECT: NodeSpec<ProjectRecord> = {
  label: 'Project',
  decode: shapes.project,
  keys: ['id'],
  props: { ...same('id', 'name', 'text'), source: PROVENANCE },
  hops: {},
};

export const PLAN: NodeSpec<PlanRecord> = {
  label: 'Plan',
  decode: shapes.plan,
  keys: ['id'],
  props: {
    ...same('id', 'title', 'level', 'periodStart', 'periodEnd', 'draft', 'issuer', 'docNumber', 'issuedOn', 'loaded'),
    ...same('sourceFile', 'sourceSha256', 'fromSidecar'),
    sourceText: ['sourceFile', 'sourceSha256'],
  },
  hops: {
    region: one(
      () => REGION,
      (v, t) => `MATCH (${v})-[:FOR_REGION]->(${t}:Region)`,
    ),
    chapters: list(
      () => CHAPTER,
      (v, t) => `MATCH (${v})-[:HAS_CHAPTER]->(${t}:Chapter)`,
      (t) => `${t}.lineStart`,
    ),
    indicators: page(
      () => INDICATOR,
      (v, t) => `MATCH (${t}:Indicator {planId: ${v}.id})`,
      (t) => `${t}.seq`,
    ),
  },
};

export const INDICATOR: NodeSpec<IndicatorRecord> = {
  label: 'Indicator',
  decode: shapes.indicator,
  keys: ['id'],
  props: {
    ...same('id', 'seq', 'name', 'unit', 'category', 'attribute', 'cumulative', 'basis', 'tableCaption', 'printedSeq'),
    plan: ['planId'],
    baseline: value('baseline'),
    target: value('target'),
    citedMunicipalTarget: value('municipalTarget'),
    source: PROVENANCE,
  },
  hops: {
    plan: one(
      () => PLAN,
      (v, t) => `MATCH (${t}:Plan {id: ${v}.planId})`,
    ),
    rollsUpTo: (q, v, field) => {
      const [r, b] = [q.variable('r'), q.variable('n')];
      const item = step(q, r, v, b, '1', below(field));
      return {
        cypher: `COLLECT { MATCH (${v})-[${r}:ROLLS_UP_TO]->(${b}:Indicator) WITH ${v}, ${r}, ${b} ORDER BY ${r}.score DESC, ${b}.id
        RETURN ${item.cypher} }`,
        decode: listOf(item.decode),
      };
    },
  },
};

export const MEASURE: NodeSpec<MeasureRecord> = {
  label: 'Measure',
  decode: shapes.measure,
  keys: ['id'],
  props: same('id', 'name', 'unit', 'higherIsBetter', 'aliases'),
  hops: {
    instances: (q, v, field) => {
      const item = measureInstances(q, v, field);
      return { cypher: `COLLECT { ${item.cypher} }`, decode: listOf(item.decode) };
    },
  },
};

/** A measure's instances in matrix order, each projected (`RETURN <projection>`), as rows: the decoder is a row's. */
export function measureInstances(q: QueryParts, v: string, field: FieldSelection): Expression<IndicatorRecord> {
  const [t, p] = [q.variable('n'), q.variable('p')];
  const item = project(q, INDICATOR, t, below(field), { plan: { spec: PLAN, v: p } });
  return {
    cypher: `MATCH (${v})<-[:MEASURES]-(${t}:Indicator) OPTIONAL MATCH (${p}:Plan {id: ${t}.planId})
    WITH ${t}, ${p} ORDER BY ${p}.level DESC, ${p}.periodStart, ${t}.planId, ${t}.seq
    RETURN ${item.cypher}`,
    decode: item.decode,
  };
}
