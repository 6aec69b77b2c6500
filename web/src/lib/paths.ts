// Every view's URL, built in one place so links and routes agree. Ids keep their slashes
// (yuzhong-2021-2025-public-services/ind/1): each segment is encoded, the slashes stay.

const segments = (id: string) => id.split('/').map(encodeURIComponent).join('/');

export interface LineRange {
  lineStart: number;
  lineEnd: number;
}

export const paths = {
  home: () => '/',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  plan: (id: string, lines?: LineRange) =>
    `/plans/${segments(id)}${lines ? `?src=${lines.lineStart}-${lines.lineEnd}` : ''}`,
  indicators: () => '/indicators',
  indicator: (id: string) => `/indicators/${segments(id)}`,
  contributionsOverview: () => '/contributions',
  contributions: (id: string) => `/contributions/${segments(id)}`,
  measures: () => '/measures',
  measure: (id: string) => `/measures/${encodeURIComponent(id)}`,
  gaps: () => '/gaps',
  departments: (region?: string) => `/departments${region ? `?region=${encodeURIComponent(region)}` : ''}`,
  department: (id: string) => `/departments/${segments(id)}`,
};

/** `src=74-80` → the range, or null. */
export function parseLines(value: string | null): LineRange | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const lineStart = Number(m[1]);
  const lineEnd = Number(m[2]);
  return lineStart >= 1 && lineEnd >= lineStart ? { lineStart, lineEnd } : null;
}
