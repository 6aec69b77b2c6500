import { referenceData } from './reference/data';
import { districtNames } from './reference/regions';

// Ids are paths from the plan id, so they read well in the API and a reload of the same plan
// reaches the same nodes.

export const chapterId = (planId: string, key: string): string => `${planId}/${key}`;
export const goalId = (planId: string, n: number): string => `${planId}/goal/${n}`;
export const indicatorId = (planId: string, seq: number): string => `${planId}/ind/${seq}`;
export const tableId = (planId: string, number: string): string => `${planId}/table/${number}`;
export const boxId = (planId: string, number: string): string => `${planId}/box/${number}`;
export const projectId = (box: string, n: number): string => `${box}/${n}`;
export const citedPlanId = (titleKey: string): string => `cited/${titleKey}`;

/** Id of the main indicator table when the plan does not number it. */
export const INDICATOR_TABLE = 'indicators';

const NOISE = /[\s\p{P}\p{S}]/gu;
/** A bracketed draft marker: （征求意见稿）. The parser keeps it out of titles and sets `draft` instead. */
export const DRAFT_MARKER = /[（(【[]\s*(征求意见稿|讨论稿|送审稿|草案)\s*[)）】\]]/gu;
const PERIOD_SPELLED_OUT = /第?(十[一二三四五六七八九]?)个五年/g;
const DISTRICTS = districtNames(referenceData.regions);

/**
 * The key plans are matched by: the title without quotes, brackets, spaces or punctuation,
 * after NFKC (full-width letters and digits become ASCII). 重庆市 before a district name is
 * dropped, since plans cite 《江北区“十四五”…》 for the plan titled 重庆市江北区“十四五”…, and
 * 第十四个五年 is spelled 十四五, its usual short form. A draft marker is dropped too: a
 * citation of the draft and the plan as issued are one plan (its `draft` flag tells them apart).
 */
export function titleKey(title: string): string {
  const key = title.normalize('NFKC').replace(DRAFT_MARKER, '').replace(NOISE, '').replace(PERIOD_SPELLED_OUT, '$1五');
  const district = DISTRICTS.find((d) => key.startsWith(`重庆市${d}`));
  return district === undefined ? key : key.slice('重庆市'.length);
}

/**
 * Makes ids unique when the text repeats a number (two 专栏3, a repeated row number): the
 * first keeps the plain id, later ones get `@<line>`, which stays stable while the text does.
 */
export function uniqueIds<T>(items: readonly T[], id: (item: T) => string, line: (item: T) => number): string[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const plain = id(item);
    const chosen = seen.has(plain) ? `${plain}@${line(item)}` : plain;
    seen.add(chosen);
    return chosen;
  });
}
