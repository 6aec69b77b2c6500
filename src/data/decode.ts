import type { Comparison } from '../api/generated/graphql';
import type { Row } from '../db/executor';
import { RollUpMethodValue, type ComparisonStatusValue, type IndicatorRecord, type RollUpStepRecord } from './records';

// The boundary between Neo4j rows and the records the resolvers are typed with (the codegen
// mappers in records.ts): each shape is checked once here instead of cast, so a query that
// returns something else fails with the field that was wrong rather than deep inside a resolver.

export class RowShapeError extends Error {
  constructor(path: string, expected: string, got: unknown) {
    super(`unexpected row from Neo4j: ${path} should be ${expected}, got ${JSON.stringify(got)?.slice(0, 80)}`);
  }
}

type Decoder<T> = (value: unknown, path: string) => T;

const is =
  <T>(expected: string, test: (v: unknown) => boolean): Decoder<T> =>
  (v, path) => {
    if (!test(v)) throw new RowShapeError(path, expected, v);
    return v as T;
  };

export const str = is<string>('a string', (v) => typeof v === 'string');
export const num = is<number>('a number', (v) => typeof v === 'number');
export const bool = is<boolean>('a boolean', (v) => typeof v === 'boolean');
export const obj = is<Row>('a map', (v) => typeof v === 'object' && v !== null && !Array.isArray(v));
export const list =
  <T>(item: Decoder<T>): Decoder<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new RowShapeError(path, 'a list', v);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };
export const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, path) =>
    v === null || v === undefined ? null : d(v, path);
export const oneOf = <T extends string>(values: readonly T[]): Decoder<T> =>
  is<T>(values.join(' | '), (v) => typeof v === 'string' && (values as readonly string[]).includes(v));

/**
 * A node projected with `label` and its key (id): its other properties are the stored ones, as
 * projected; a planned projection carries only those the request selected (see planner/project.ts).
 */
export const node =
  <T>(label: string, key = 'id'): Decoder<T> =>
  (v, path) => {
    const row = obj(v, path);
    if (row.label !== label) throw new RowShapeError(`${path}.label`, `'${label}'`, row.label);
    str(row[key], `${path}.${key}`);
    return row as T;
  };

export const indicator = node<IndicatorRecord>('Indicator');

const COMPARISONS: readonly Comparison[] = ['ABOVE', 'BELOW', 'EQUAL', 'NOT_COMPARABLE'];
const STATUSES: readonly ComparisonStatusValue[] = ['AHEAD', 'BEHIND', 'EQUAL', 'DIRECTION_UNKNOWN', 'NOT_COMPARABLE'];
const METHODS = Object.values(RollUpMethodValue);

/** A roll-up link's fields (rollup.ts linkFields) with its two ends already decoded. */
export function step(v: unknown, path: string, from: IndicatorRecord, to: IndicatorRecord): RollUpStepRecord {
  const r = obj(v, path);
  const at = (k: string) => `${path}.${k}`;
  return {
    ...r,
    from,
    to,
    method: oneOf(METHODS)(r.method, at('method')),
    score: num(r.score, at('score')),
    unitsAgree: nullable(bool)(r.unitsAgree, at('unitsAgree')),
    fromValue: nullable(str)(r.fromValue, at('fromValue')),
    toValue: nullable(str)(r.toValue, at('toValue')),
    toValueColumn: nullable(oneOf(['BASELINE', 'TARGET'] as const))(r.toValueColumn, at('toValueColumn')),
    comparison: nullable(oneOf(COMPARISONS))(r.comparison, at('comparison')),
    status: oneOf(STATUSES)(r.status, at('status')),
    comparisonNote: nullable(str)(r.comparisonNote, at('comparisonNote')),
    comparedYear: nullable(num)(r.comparedYear, at('comparedYear')),
    ahead: nullable(bool)(r.ahead, at('ahead')),
    depth: num(r.depth, at('depth')),
  };
}

/**
 * A struct a planned query answers (planner/roots.ts): every field it has sits in `_planned` as
 * {key, value} entries, which src/api/planned.ts hands to the field resolvers by response key.
 */
export const planned =
  <T>(): Decoder<T> =>
  (v, path) => {
    const entries = list(obj)(obj(v, path)._planned, `${path}._planned`);
    entries.forEach((e, i) => str(e.key, `${path}._planned[${i}].key`));
    return v as T;
  };
