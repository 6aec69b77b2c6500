import type { ReferenceDomain } from '../reference/data';

export interface DomainHit {
  domainId: string;
  keyword: string;
}

interface Occurrence extends DomainHit {
  start: number;
  end: number;
}

function occurrences(text: string, domains: readonly ReferenceDomain[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const d of domains) {
    for (const keyword of d.keywords) {
      for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
        out.push({ domainId: d.id, keyword, start: at, end: at + keyword.length });
      }
    }
  }
  return out;
}

const covers = (a: Occurrence, b: Occurrence): boolean =>
  a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

/**
 * The domains a text names, each with the first keyword that proved it. A keyword inside a longer
 * keyword does not count, so 养老保险 is social insurance and not also elderly care.
 */
export function domainsIn(text: string, domains: readonly ReferenceDomain[]): DomainHit[] {
  const all = occurrences(text, domains);
  const standing = all.filter((o) => !all.some((other) => covers(other, o)));
  standing.sort((a, b) => a.start - b.start || a.domainId.localeCompare(b.domainId));
  const hits = new Map<string, DomainHit>();
  for (const o of standing)
    if (!hits.has(o.domainId)) hits.set(o.domainId, { domainId: o.domainId, keyword: o.keyword });
  return [...hits.values()];
}
