/**
 * Values a generated script can spell as a Cypher literal. `CypherFloat` forces a float where
 * a whole number would otherwise come out as an INTEGER (81 vs 79.3 in the same property).
 */
export type CypherValue =
  | string
  | number
  | boolean
  | null
  | CypherFloat
  | readonly CypherValue[]
  | { readonly [key: string]: CypherValue | undefined };

export class CypherFloat {
  constructor(readonly value: number) {}
}

export const float = (value: number | null): CypherFloat | null => (value === null ? null : new CypherFloat(value));

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** Single-quoted, so a script never holds a raw line break or quote inside a literal. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) out += simple;
    else if (isInvisible(ch)) out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

// Control characters (C0 and C1, which holds NEL, U+0085) and Unicode line/paragraph separators
// would survive as raw bytes and confuse editors and line-based tools; they are spelled out instead.
function isInvisible(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

function cypherNumber(n: number, asFloat: boolean): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cypher has no literal for ${n}`);
  const whole = Number.isInteger(n);
  if (whole && !asFloat && Number.isSafeInteger(n)) return String(n);
  if (Object.is(n, -0)) return asFloat ? '-0.0' : '0';
  // JS prints 1e+21; Cypher wants 1e21. A float spelled without a point gets one.
  const s = String(n).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key or other name: plain when it is a valid identifier, otherwise in backticks. */
export function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : '`' + name.replaceAll('`', '``') + '`';
}

/** Keys whose value is `undefined` are left out; `null` stays (in `SET n += row` it removes the property). */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return cypherNumber(value, false);
  if (value instanceof CypherFloat) return cypherNumber(value.value, true);
  if (Array.isArray(value)) return `[${value.map((v: CypherValue) => cypherLiteral(v)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, CypherValue | undefined>).filter(
    (e): e is [string, CypherValue] => e[1] !== undefined,
  );
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}
