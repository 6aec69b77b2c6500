import { CypherFloat, type CypherValue } from '../../graph/cypherLiteral';
import type { Props } from '../../graph/model';
import { cypherInteger, type Params } from '../executor';

/**
 * A graph write's values as driver parameters, typed as its script spells them (cypherLiteral):
 * a whole number is an INTEGER, a CypherFloat or fraction a FLOAT, and a key whose value is
 * undefined is left out. So a plan loaded as data and the same plan's script run by cypher-shell
 * store the same property types. A city's load converts millions of values on the CPU Neo4j
 * needs too, hence plain loops rather than entries → flatMap → fromEntries.
 */
export function toParam(value: CypherValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? cypherInteger(value) : value;
  if (value instanceof CypherFloat) return value.value;
  if (Array.isArray(value)) return value.map((v: CypherValue) => toParam(v));
  const props = value as Props;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    const v = props[key];
    if (v !== undefined) out[key] = toParam(v);
  }
  return out;
}

export const toParams = (values: { readonly [key: string]: CypherValue | undefined }): Params =>
  toParam(values) as Params;
