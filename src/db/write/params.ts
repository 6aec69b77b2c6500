import { CypherFloat, type CypherValue } from '../../graph/cypherLiteral';
import type { Props } from '../../graph/model';
import { cypherInteger, type Params } from '../executor';

/**
 * A graph write's values as driver parameters, typed as its script spells them (cypherLiteral):
 * a whole number is an INTEGER, a CypherFloat or fraction a FLOAT, and a key whose value is
 * undefined is left out. So a plan loaded as data and the same plan's script run by cypher-shell
 * store the same property types.
 */
export function toParam(value: CypherValue | undefined): unknown {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean')
    return value ?? null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? cypherInteger(value) : value;
  if (value instanceof CypherFloat) return value.value;
  if (Array.isArray(value)) return value.map((v: CypherValue) => toParam(v));
  return Object.fromEntries(
    Object.entries(value as Props).flatMap(([k, v]) => (v === undefined ? [] : [[k, toParam(v)]])),
  );
}

export const toParams = (values: { readonly [key: string]: CypherValue | undefined }): Params =>
  toParam(values) as Params;
