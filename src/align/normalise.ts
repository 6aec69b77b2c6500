import { isUnit as isPrintedUnit } from '../ingest/indicators/units';

// How printed indicator names and units are compared. Chinese has no spaces, so similarity works
// on character bigrams; normalisation removes only what never changes what a name measures.

/** Drafting remarks left in a name, e.g. （教委提供专项规划）: they say who supplies the figure, not what it is. */
const REMARK = /[（(][^（()）]*(提供|专项规划|待定|待补充|暂无|备注|牵头|负责)[^（()）]*[)）]/gu;
const TRAILING_PAREN = /[（(]([^（()）]*)[)）]\s*$/u;
const NOISE = /[\s\p{P}\p{S}]/gu;

const UNIT_ALIASES: Record<string, string> = { m2: '平方米', 万m2: '万平方米', 'm²': '平方米', 万平方公尺: '万平方米' };

// A city prints a few dozen units, and every pair of indicators the aligner compares asks for two or three.
const normalUnits = new Map<string, string | null>();

/** A unit as printed → one spelling: NFKC (㎡ → m2), no spaces, m2 → 平方米. Empty means none. */
export function normalUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  let normal = normalUnits.get(unit);
  if (normal === undefined) {
    const u = unit
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[（()）]/g, '');
    normal = u === '' ? null : (UNIT_ALIASES[u] ?? u);
    normalUnits.set(unit, normal);
  }
  return normal;
}

/** A unit by the same grammar the parser reads units with (NFKC first: ％ is %, ㎡ is m2). */
function isUnit(text: string): boolean {
  const u = normalUnit(text);
  return u !== null && isPrintedUnit(u);
}

/**
 * The key names are compared by: NFKC (full-width → half-width), drafting remarks and a trailing
 * unit in brackets removed, then every space, punctuation mark and symbol dropped. Brackets that
 * are part of the name keep their content: 执业（助理）医师 stays 执业助理医师, not 执业医师.
 */
export function normalName(name: string): string {
  let n = name.normalize('NFKC').replace(REMARK, '').trim();
  const unit = TRAILING_PAREN.exec(n);
  if (unit && isUnit(unit[1] as string)) n = n.slice(0, unit.index);
  return n.replace(NOISE, '');
}

/** The unit printed in brackets at the end of a name, if any: 人口平均预期寿命（岁） → 岁. */
export function unitInName(name: string): string | null {
  const m = TRAILING_PAREN.exec(name.normalize('NFKC').replace(REMARK, '').trim());
  return m && isUnit(m[1] as string) ? normalUnit(m[1]) : null;
}
