import type { ReferenceDepartment, ReferenceRegion } from '../reference/data';

export interface DepartmentMention {
  department: ReferenceDepartment;
  /** The region whose department the text means: 市教委 in a district plan is the city's. */
  region: ReferenceRegion;
  printed: string;
  sentence: string;
}

export interface MentionScope {
  /** The plan's own region. */
  region: ReferenceRegion;
  /** The municipality, for 市… in a district plan. */
  municipality: ReferenceRegion;
  departments: readonly ReferenceDepartment[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SENTENCE_END = /[。；;！？!?\n]/;

// Bodies of other governments (国家卫生健康委, 省教育厅) are not this plan's departments.
const FOREIGN_PREFIX = /(国家|国务院|中央|省)$/;
// Without its 市/区 prefix a name is often just a topic (推进残联改革); it counts only where the
// sentence gives it a role: 由教委牵头, 教委提供…, （责任单位：教委）.
const ROLE_BEFORE = /(由|责任单位[:：]?|牵头单位[:：]?|配合单位[:：]?|[、，,])$/;
const ROLE_AFTER = /^(牵头|负责|提供|配合|会同|组织|主责|[、，,）)])/;

function pattern(scope: MentionScope): RegExp {
  const aliases = scope.departments.flatMap((d) => d.aliases).sort((a, b) => b.length - a.length);
  const own = scope.region.level === 'municipal' ? [] : [`重庆市${scope.region.name}`, scope.region.name];
  const prefixes = [...own, '重庆市', '市', '区', '县'].map(escape).join('|');
  return new RegExp(`(${prefixes})?(${aliases.map(escape).join('|')})`, 'g');
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  return text.slice(from, Math.min(to + 1, text.length)).trim();
}

function hasRole(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  if (FOREIGN_PREFIX.test(before)) return false;
  return ROLE_BEFORE.test(before) || ROLE_AFTER.test(text.slice(end, end + 2));
}

function regionFor(prefix: string | undefined, scope: MentionScope): ReferenceRegion | null {
  if (prefix === '重庆市' || prefix === '市') return scope.municipality;
  if (prefix === undefined) return scope.region;
  // 区教委 in the city's own plan means every district's, not one department we can name.
  return scope.region.level === 'municipal' ? null : scope.region;
}

/** Departments a passage names (区发展改革委牵头, （责任单位：区教委）, 市卫生健康委), each once. */
export function departmentsNamed(text: string, scope: MentionScope): DepartmentMention[] {
  const byAlias = new Map(scope.departments.flatMap((d) => d.aliases.map((a) => [a, d] as const)));
  const found = new Map<string, DepartmentMention>();
  for (const m of text.matchAll(pattern(scope))) {
    const [printed, prefix, alias] = m;
    const at = m.index;
    if (prefix === undefined && !hasRole(text, at, at + printed.length)) continue;
    const region = regionFor(prefix, scope);
    const department = byAlias.get(alias as string);
    if (region === null || department === undefined) continue;
    const key = `${region.code}/${department.key}`;
    if (!found.has(key))
      found.set(key, { department, region, printed, sentence: sentenceAround(text, at, at + printed.length) });
  }
  return [...found.values()];
}
