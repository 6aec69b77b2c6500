import type { Params } from '../../db/executor';
import { cypherInteger } from '../../db/executor';
import { statusOf } from '../rollup';
import { below, mergeSelections as mergeInto, Unplannable, type FieldSelection, type SelectionSet } from './selection';

// Compiles a selection into one Cypher map projection per node: the properties the selected
// fields read, and every planned nested field under `_planned` as {key, value} entries keyed by
// response key (see src/api/planned.ts, which hands them to the resolvers). Labels, properties and
// relationship types come from the tables below; client values (aliases, arguments) are parameters.

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

type Hop = (q: QueryParts, v: string, field: FieldSelection) => string;
/** The properties a field reads: fixed, or from what is selected below it. */
type Props = readonly string[] | ((field: FieldSelection) => readonly string[]);

export interface NodeSpec {
  label: string;
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
 * matched for some hops (a measure's instances match their plans to order them), projected as they
 * are instead of looked up again. Only a root's node carries its label, which its decoder checks:
 * nested ones never reach a union's __resolveType (the look-ahead leaves unions to the loaders).
 */
export function project(
  q: QueryParts,
  spec: NodeSpec,
  v: string,
  selection: SelectionSet,
  bound: Readonly<Record<string, { spec: NodeSpec; v: string }>> = {},
): string {
  return projection(q, spec, v, selection, bound, false);
}

/** A root's node projection: with its label, for decode.node. */
export function projectRoot(q: QueryParts, spec: NodeSpec, v: string, selection: SelectionSet): string {
  return projection(q, spec, v, selection, {}, true);
}

function projection(
  q: QueryParts,
  spec: NodeSpec,
  v: string,
  selection: SelectionSet,
  bound: Readonly<Record<string, { spec: NodeSpec; v: string }>>,
  labelled: boolean,
): string {
  const props = new Set(spec.keys);
  const planned: string[] = [];
  for (const [key, field] of selection) {
    const read = spec.props[field.name];
    (typeof read === 'function' ? read(field) : read)?.forEach((p) => props.add(p));
    const hop = spec.hops[field.name];
    const node = bound[field.name];
    if (node) planned.push(`{key: ${q.param(key)}, value: ${project(q, node.spec, node.v, below(field))}}`);
    else if (hop) planned.push(`{key: ${q.param(key)}, value: ${hop(q, v, field)}}`);
    else if (!read) throw new Unplannable(`${spec.label}.${field.name} is not planned`);
  }
  const entries = [...props].map((p) => `.${p}`);
  if (labelled) entries.push(`label: '${spec.label}'`);
  if (planned.length) entries.push(`${PLANNED}: [${planned.join(', ')}]`);
  return `${v} {${entries.join(', ')}}`;
}

/** A struct (not a node) with planned fields only, e.g. a roll-up trace. */
export function struct(entries: ReadonlyArray<[key: string, cypher: string]>, q: QueryParts): string {
  return `{${PLANNED}: [${entries.map(([key, cypher]) => `{key: ${q.param(key)}, value: ${cypher}}`).join(', ')}]}`;
}

/** The nodes `match` binds to `t`, ordered, each projected for the field's selection. */
const list =
  (spec: () => NodeSpec, match: (v: string, t: string) => string, order: (t: string) => string): Hop =>
  (q, v, field) => {
    const t = q.variable('n');
    return `COLLECT { ${match(v, t)} WITH ${t} ORDER BY ${order(t)} RETURN ${project(q, spec(), t, below(field))} }`;
  };

/** At most one node; a missing one is null, which src/api/planned.ts hands back to the resolver. */
const one =
  (spec: () => NodeSpec, match: (v: string, t: string) => string): Hop =>
  (q, v, field) => {
    const t = q.variable('n');
    return `COLLECT { ${match(v, t)} RETURN ${project(q, spec(), t, below(field))} LIMIT 1 }[0]`;
  };

/** Each field of a roll-up step as an expression over its link (rollup.ts linkFields, field by field). */
const STEP_FIELDS: Readonly<Record<string, (rel: string) => string>> = {
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

/** A roll-up step over link `rel` from `a` to `b`: the selected link fields, both ends as planned nodes. */
export function step(q: QueryParts, rel: string, a: string, b: string, depth: string, selection: SelectionSet): string {
  const fields = new Map<string, string>([['depth', depth]]);
  const planned: string[] = [];
  for (const [key, field] of selection) {
    const expression = STEP_FIELDS[field.name];
    if (expression) fields.set(field.name, expression(rel));
    else if (field.name === 'from' || field.name === 'to') {
      const end = project(q, INDICATOR, field.name === 'from' ? a : b, below(field));
      planned.push(`{key: ${q.param(key)}, value: ${end}}`);
    } else if (field.name !== 'depth') throw new Unplannable(`RollUpStep.${field.name} is not planned`);
  }
  const entries = [...fields].map(([name, expression]) => `${name}: ${expression}`);
  return `{${entries.join(', ')}, ${PLANNED}: [${planned.join(', ')}]}`;
}

/** A page of a list: the slice as `items`, with `offset` and `totalCount` (see Page). */
const page =
  (spec: () => NodeSpec, match: (v: string, t: string) => string, order: (t: string) => string): Hop =>
  (q, v, field) => {
    if (!field.window) throw new Unplannable(`${field.name}: invalid page`);
    const { offset, limit } = field.window;
    const items = connectionNodes(below(field));
    const t = q.variable('n');
    const o = q.param(cypherInteger(offset));
    // Counted only when asked for: the connection's totalCount and pageInfo are its only readers.
    const total = wantsTotal(field) ? `totalCount: COUNT { ${match(v, t)} }, ` : '';
    return `{offset: ${o}, ${total}items: COLLECT { ${match(v, t)}
      WITH ${t} ORDER BY ${order(t)} SKIP ${o} LIMIT ${q.param(cypherInteger(limit))}
      RETURN ${project(q, spec(), t, items)} }}`;
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

export const REGION: NodeSpec = {
  label: 'Region',
  keys: ['code'],
  props: same('code', 'name', 'fullName', 'level', 'adminCode'),
  hops: {},
};

export const CHAPTER: NodeSpec = {
  label: 'Chapter',
  keys: ['id'],
  props: { ...same('id', 'kind', 'number', 'title', 'order', 'text', 'inferred', 'evidence'), source: PROVENANCE },
  hops: {},
};

// Goals, boxes and projects are planned only as search hits (src/data/search.ts): their own
// properties; every nested field of theirs is left to its loader.
export const GOAL: NodeSpec = {
  label: 'Goal',
  keys: ['id'],
  props: { ...same('id', 'lead', 'text', 'horizonYear', 'origin'), source: PROVENANCE },
  hops: {},
};

export const BOX: NodeSpec = {
  label: 'Box',
  keys: ['id'],
  props: { ...same('id', 'number', 'title'), source: PROVENANCE },
  hops: {},
};

export const PROJECT: NodeSpec = {
  label: 'Project',
  keys: ['id'],
  props: { ...same('id', 'name', 'text'), source: PROVENANCE },
  hops: {},
};

export const PLAN: NodeSpec = {
  label: 'Plan',
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

export const INDICATOR: NodeSpec = {
  label: 'Indicator',
  keys: ['id'],
  props: {
    ...same('id', 'seq', 'name', 'unit', 'category', 'attribute', 'cumulative', 'basis'),
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
      return `COLLECT { MATCH (${v})-[${r}:ROLLS_UP_TO]->(${b}:Indicator) WITH ${v}, ${r}, ${b} ORDER BY ${r}.score DESC, ${b}.id
        RETURN ${step(q, r, v, b, '1', below(field))} }`;
    },
  },
};

export const MEASURE: NodeSpec = {
  label: 'Measure',
  keys: ['id'],
  props: same('id', 'name', 'unit', 'higherIsBetter', 'aliases'),
  hops: {
    instances: (q, v, field) => `COLLECT { ${measureInstances(q, v, field)} }`,
  },
};

/** A measure's instances in matrix order, each projected (`RETURN <projection>`), as rows. */
export function measureInstances(q: QueryParts, v: string, field: FieldSelection): string {
  const [t, p] = [q.variable('n'), q.variable('p')];
  return `MATCH (${v})<-[:MEASURES]-(${t}:Indicator) OPTIONAL MATCH (${p}:Plan {id: ${t}.planId})
    WITH ${t}, ${p} ORDER BY ${p}.level DESC, ${p}.periodStart, ${t}.planId, ${t}.seq
    RETURN ${project(q, INDICATOR, t, below(field), { plan: { spec: PLAN, v: p } })}`;
}
