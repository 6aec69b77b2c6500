import type { Line } from './lines';
import { periodFromTitle, statedPeriod } from './period';
import { joinCjk } from './text';
import type { PlanLevel } from './types';

/** Metadata fields as the text prints them; null where it does not. */
export interface TextMetadata {
  title: string | null;
  titleLine: number | null;
  region: string | null;
  level: PlanLevel | null;
  periodStart: number | null;
  periodEnd: number | null;
  draft: boolean;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
}

const PLAN_NAME = /^[^。，；《》]{2,40}?(规划|纲要)$/;
const NOTICE_TITLE = /关于印发《?([^《》]{2,40}?(?:规划|纲要))》?的通知/;
const ISSUER = /^([^。，；《》\s]{2,30}?(人民政府|委员会|办公室|办公厅|政府|局))(文件)?(?=$|\s|关于)/;

/** Reads the cover, notice and title lines that precede the body. */
export function readTextMetadata(front: readonly Line[], opening: readonly Line[]): TextMetadata {
  const texts = front.map((l) => ({ no: l.no, text: joinCjk(l.text) }));
  const own = ownTitle(texts);
  const notice = texts.map((l) => ({ no: l.no, m: NOTICE_TITLE.exec(l.text) })).find((x) => x.m);
  const title = own?.text ?? notice?.m?.[1] ?? null;
  const stated = [...front, ...opening].map((l) => statedPeriod(l.text)).find((p) => p !== null) ?? null;
  const period = stated ?? (title ? periodFromTitle(title) : null);
  const place = title ? regionOf(title) : null;
  const date = texts.map((l) => /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(l.text)).find((m) => m);
  return {
    title,
    titleLine: own?.no ?? notice?.no ?? null,
    region: place?.region ?? null,
    level: place?.level ?? null,
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    draft: texts.some(
      (l) => /(征求意见稿|讨论稿|送审稿)/.test(l.text.replace(/《[^》]*》/g, '')) && l.text.length <= 20,
    ),
    issuer: texts.map((l) => ISSUER.exec(l.text)?.[1]).find((x) => x) ?? null,
    docNumber:
      texts.map((l) => /[\u4e00-\u9fa5]{1,12}[〔［[(（]\d{4}[〕］\])）]\d+号/.exec(l.text)?.[0]).find((x) => x) ?? null,
    issuedOn: date ? `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}` : null,
  };
}

/**
 * The first line naming a plan; with the line above when the title is wrapped over two lines
 * (`重庆市大足区卫生健康事业发展` / `“十四五”规划`, as covers and title blocks set it): the line
 * alone names no place, the two together do.
 */
function ownTitle(texts: ReadonlyArray<{ no: number; text: string }>): { no: number; text: string } | null {
  const at = texts.findIndex((l) => PLAN_NAME.test(l.text));
  const [above, line] = [texts[at - 1], texts[at]];
  if (!line) return null;
  const joined = above ? above.text + line.text : '';
  const wrapped = above?.no === line.no - 1 && regionOf(line.text) === null && PLAN_NAME.test(joined);
  return wrapped && regionOf(joined) !== null ? { no: above.no, text: joined } : line;
}

/** `重庆市渝中区“十四五”…` → 渝中区 (district); `重庆市“十五五”…` → 重庆市 (municipal). */
export function regionOf(title: string): { region: string; level: PlanLevel } | null {
  // Autonomous counties carry their peoples in the name: 石柱土家族自治县, 酉阳土家族苗族自治县.
  const rest = title.replace(/^[\u4e00-\u9fa5]{2,3}?市(?=[\u4e00-\u9fa5]{2,8}?自治县|[\u4e00-\u9fa5]{1,4}?[区县])/, '');
  const district = /^([\u4e00-\u9fa5]{2,8}?自治县|[\u4e00-\u9fa5]{1,4}?[区县])/.exec(rest);
  if (district?.[1]) return { region: district[1], level: 'district' };
  const city = /^([\u4e00-\u9fa5]{2,3}?(?:市|省))/.exec(title);
  return city?.[1] ? { region: city[1], level: 'municipal' } : null;
}
