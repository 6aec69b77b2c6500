import type { Row } from '../db/executor';
import type { Page } from './records';

// The boundary between Neo4j rows and the records the resolvers are typed with (the codegen
// mappers in records.ts): each shape is checked once here instead of cast, so a query that
// returns something else fails with the field that was wrong rather than deep inside a resolver.
// Decoders run on every row of every request, so they check (label, key, the enums and the fields
// callers rely on) and hand the row on as it is: no copy. A combinator passes its parts only their
// own segment of the path (precomputed) and prefixes its own when one fails, so a row that passes
// builds no path strings (bench/decode/decodeRows.ts measures what decoding costs).

export class RowShapeError extends Error {
  override readonly name = 'RowShapeError';
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly got: unknown,
  ) {
    super(`unexpected row from Neo4j: ${path} should be ${expected}, got ${JSON.stringify(got)?.slice(0, 80)}`);
  }
}

/** `error` (thrown by a decoder given a path relative to `prefix`) with the whole path. */
export function within(prefix: string, error: unknown): unknown {
  return error instanceof RowShapeError ? new RowShapeError(prefix + error.path, error.expected, error.got) : error;
}

export type Decoder<T> = (value: unknown, path: string) => T;

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
    let i = 0;
    try {
      for (; i < v.length; i++) item(v[i], '');
    } catch (error) {
      throw within(`${path}[${i}]`, error);
    }
    return v as T[];
  };
export const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, path) =>
    v === null || v === undefined ? null : d(v, path);
export const oneOf = <T extends string>(values: readonly T[]): Decoder<T> => {
  const allowed = new Set<unknown>(values);
  const expected = values.join(' | ');
  return (v, path) => {
    if (allowed.has(v)) return v as T;
    throw new RowShapeError(path, expected, v);
  };
};

/** What a record decoder checks, field by field. */
export type Fields = Readonly<Record<string, Decoder<unknown>>>;

/** A node decoder, and the same checks without the label (nested nodes of a planned answer carry none). */
export interface NodeDecoder<T> extends Decoder<T> {
  readonly properties: Decoder<T>;
}

/**
 * A node projected with `label` and its key (id): its other properties are the stored ones, as
 * projected; a planned projection carries only those the request selected (see planner/project.ts),
 * so `fields` are checked where the row has them (Neo4j's `{.*}` leaves out a property that is not
 * set, which the records read as null).
 */
export const node = <T>(label: string, key = 'id', fields: Fields = {}): NodeDecoder<T> => {
  const checks = segments(fields);
  const properties: Decoder<T> = (v, path) => {
    const row = obj(v, path);
    if (typeof row[key] !== 'string') throw new RowShapeError(`${path}.${key}`, 'a string', row[key]);
    try {
      for (const [k, segment, check] of checks) {
        const value = row[k];
        if (value !== undefined) check(value, segment);
      }
    } catch (error) {
      throw within(path, error);
    }
    return row as T;
  };
  const labelled: Decoder<T> = (v, path) => {
    const row = obj(v, path);
    if (row.label !== label) throw new RowShapeError(`${path}.label`, `'${label}'`, row.label);
    return properties(row, path);
  };
  return Object.assign(labelled, { properties });
};

const segments = (fields: Fields) => Object.entries(fields).map(([k, check]) => [k, `.${k}`, check] as const);

/** A map the query builds field by field (`{domain: …, basis: …}`): every field is there, each is checked. */
export const shape = <T>(fields: Fields): Decoder<T> => {
  const checks = segments(fields);
  return (v, path) => {
    const row = obj(v, path);
    try {
      for (const [k, segment, check] of checks) check(row[k], segment);
    } catch (error) {
      throw within(path, error);
    }
    return row as T;
  };
};

/** A node of a union, told apart by its label: each label's own decoder; any other label is refused. */
export const byLabel = <T>(decoders: Readonly<Record<string, Decoder<T>>>): Decoder<T> => {
  const labels = new Map(Object.entries(decoders));
  const expected = [...labels.keys()].map((l) => `'${l}'`).join(' | ');
  return (v, path) => {
    const label = obj(v, path).label;
    const decode = typeof label === 'string' ? labels.get(label) : undefined;
    if (!decode) throw new RowShapeError(`${path}.label`, expected, label);
    return decode(v, path);
  };
};

/** A page row `{total, items}` (items absent when nothing matched) at `offset`. */
export const page =
  <T>(item: Decoder<T>) =>
  (row: Row, offset: number): Page<T> => ({
    items: nullable(list(item))(row.items, 'items') ?? [],
    offset,
    totalCount: num(row.total ?? 0, 'total'),
  });

/**
 * The `_planned` entries of a planned projection (planner/project.ts), which src/api/planned.ts
 * hands to the field resolvers by response key: the entries the planner wrote, in its order, each
 * value checked by the decoder of the expression it was planned as. The path names an entry by its
 * response key (`items[0].indicators.items[2].targetComparator`).
 */
export const plannedEntries = (
  entries: ReadonlyArray<readonly [key: string, decode: Decoder<unknown>]>,
): ((row: unknown, path: string) => void) => {
  const expected = `${entries.length} planned entries`;
  return (row, path) => {
    const got = obj(row, path)._planned ?? [];
    if (!Array.isArray(got) || got.length !== entries.length)
      throw new RowShapeError(`${path}._planned`, expected, got);
    entries.forEach(([key, check], i) => {
      const entry = obj(got[i], `${path}._planned[${i}]`);
      if (entry.key !== key) throw new RowShapeError(`${path}._planned[${i}].key`, 'the planned key', entry.key);
      try {
        check(entry.value, '');
      } catch (error) {
        throw within(`${path}.${key}`, error);
      }
    });
  };
};
