import { statesNothing } from './text';

// Units in a 单位 column, or printed inside a name, `人口平均预期寿命（岁）`. Only a trailing bracket
// that reads as a unit is split off: `（教委提供专项规划）` or `执业（助理）医师数` are part of the name.
//
// A unit is a measure (岁, 张, 平方米, 千瓦时, 吨标准煤…), perhaps with a magnitude before it (万人,
// 亿元), perhaps per something (人/万人, 微克/立方米, 吨标准煤/万元); or a rate per a number of
// people, printed with or without its numerator (1/10万, /10万). The measures are those Chinese
// plans print across sectors, not only those of the bundled plans.
const MEASURES = [
  '%|％|‰|‱|岁|年|月|周|个|张|人|次|人次|户|所|家|床|床位|元|美元',
  '平方米|平方公里|平方千米|公里|千米|米|立方米|公顷|亩|km|m|m2|m²|㎡|km2|m3|m³',
  '小时|天|日|分钟|秒',
  '吨|千克|公斤|克|毫克|微克|升|毫升|吨标准煤|吨标煤|标准煤|标准箱|标箱|TEU',
  '瓦|千瓦|兆瓦|吉瓦|千瓦时|度|kW|MW|GW|kWh|Mbps|Gbps',
  '辆|套|间|册|件|项|座|处|条|份|名|台|倍|分|级|艘|架|列|部|栋|幢|宗|批|场|场次|届|门|篇|株|头|只|盏|位',
  '百分点|个百分点',
].join('|');
const MAGNITUDE = '(?:十|百|千|万|十万|百万|千万|亿|万亿)';
const MEASURE = `${MAGNITUDE}?(?:${MEASURES})`;
/** What a unit is per: a measure, or a count of people (10万, 千人, 万人口), up to four characters. */
const PER = `(?=[\\d\\u4e00-\\u9fffA-Za-z])\\d*${MAGNITUDE}?[\\u4e00-\\u9fffA-Za-z0-9]{0,4}`;
const UNIT = new RegExp(`^(?:${MEASURE}(?:[/／]${PER})?|[1一]?[/／]${PER})$`);

export function isUnit(text: string): boolean {
  return UNIT.test(text.replace(/\s+/g, ''));
}

/** Splits `name（unit）` into its parts; `unit` is null when the name carries none. */
export function splitNameUnit(printed: string): { name: string; unit: string | null } {
  const m = /^(.*\S)\s*[（(]([^（）()]+)[）)]$/.exec(printed);
  if (m?.[1] !== undefined && m[2] !== undefined && isUnit(m[2])) return { name: m[1], unit: m[2].replace(/\s+/g, '') }; // a unit wrapped mid-word (`Mbp` / `s`) has no space
  return { name: printed, unit: null };
}

/** A unit cell of `—`, `-` or nothing means the indicator has no unit (a ratio, an index). */
export function unitCell(text: string): string | null {
  return statesNothing(text) ? null : text.trim();
}
