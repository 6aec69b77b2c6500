// Units printed inside a name, `人口平均预期寿命（岁）`. Only a trailing bracket that reads as a
// unit is split off: `（教委提供专项规划）` or `执业（助理）医师数` are part of the name.

const BASE = [
  '%|％|‰|岁|年|个|张|人|次|人次|户|所|家|床|元',
  '平方米|平方公里|公里|千米|米|m2|m²|㎡|km',
  '小时|天|日|分钟',
  '辆|套|间|册|件|项|座|处|条|份|名|台|吨|公顷|亩|倍|分|级|处',
].join('|');
const UNIT = new RegExp(
  `^(?:十|百|千|万|十万|百万|千万|亿)?(?:${BASE})(?:[/／](?:十|百|千|万)?[\\u4e00-\\u9fffA-Za-z0-9]{1,4})?$`,
);

export function isUnit(text: string): boolean {
  return UNIT.test(text.replace(/\s+/g, ''));
}

/** Splits `name（unit）` into its parts; `unit` is null when the name carries none. */
export function splitNameUnit(printed: string): { name: string; unit: string | null } {
  const m = /^(.*\S)\s*[（(]([^（）()]+)[）)]$/.exec(printed);
  if (m?.[1] !== undefined && m[2] !== undefined && isUnit(m[2])) return { name: m[1], unit: m[2].trim() };
  return { name: printed, unit: null };
}

/** A unit cell of `—`, `-` or nothing means the indicator has no unit (a ratio, an index). */
export function unitCell(text: string): string | null {
  const t = text.trim();
  return t === '' || /^[—\-－–/无]+$/.test(t) ? null : t;
}
