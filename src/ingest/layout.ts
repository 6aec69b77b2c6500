import { classify, type Line } from './lines';

/** Where the plan's own text runs: after the cover, notice and table of contents, before any appendix. */
export interface Layout {
  lines: Line[];
  /** Last line of the cover/notice/TOC, 0 when the text starts with the plan itself. */
  frontEnd: number;
  bodyStart: number;
  bodyEnd: number;
}

const TOC_TITLE = /^目\s*录$/;
const NOTICE = /关于印发.*(通知)?$|印发给你们/;
const BACK_MATTER = /^(名词解释|附件\s*\d*|附表\s*\d*|附录|编制说明)$/;

export function layOut(rawLines: readonly string[]): Layout {
  const lines = rawLines.map((raw, i) => classify(raw, i + 1));
  const tocEnd = markToc(lines);
  const frontEnd = tocEnd > 0 ? tocEnd : noticeEnd(lines);
  const back = lines.find((l) => l.no > frontEnd && BACK_MATTER.test(l.text));
  return { lines, frontEnd, bodyStart: frontEnd + 1, bodyEnd: back ? back.no - 1 : lines.length };
}

/** Marks the TOC block (目录 … last entry) as `toc`; returns its last line or 0. */
function markToc(lines: Line[]): number {
  const start = lines.findIndex((l) => TOC_TITLE.test(l.text.replace(/\s/g, ' ')));
  if (start < 0) return 0;
  let end = start;
  for (let i = start + 1; i < lines.length && i - end <= 4; i++) {
    if (lines[i]?.kind === 'toc') end = i;
  }
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line && line.kind !== 'blank') line.kind = 'toc';
  }
  return end + 1;
}

/** A 印发 notice in front of the plan ends at its first page number or at its date line. */
function noticeEnd(lines: Line[]): number {
  const head = lines.slice(0, 12);
  const notice = head.find((l) => NOTICE.test(l.text));
  if (!notice) return 0;
  const end = lines.find((l) => l.no > notice.no && (l.kind === 'page' || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.text)));
  if (end) return end.no;
  const last = lines.find((l) => l.no > notice.no && /执行。$/.test(l.text));
  return last ? last.no : notice.no;
}

/**
 * Standalone heading-like lines of the front matter (cover, notice), as printed, and the title
 * block a text that starts with the plan itself opens with: a plan published as a web page or a
 * bare document prints its title, period and status above its first paragraph, with no cover.
 */
export function frontLines(layout: Layout): Line[] {
  const front = layout.lines.filter((l) => l.no <= layout.frontEnd && l.kind !== 'blank' && l.kind !== 'toc');
  return [...front, ...titleBlock(layout)];
}

/** A title block is a few lines at most: title (perhaps wrapped), period, draft status, date. */
const TITLE_BLOCK_LINES = 6;

/** The short unpunctuated lines the body opens with, up to its first heading, table or sentence. */
function titleBlock(layout: Layout): Line[] {
  const block: Line[] = [];
  for (const l of layout.lines) {
    if (l.no < layout.bodyStart || l.kind === 'blank' || l.kind === 'marker' || l.kind === 'page') continue;
    if (l.kind !== 'text' || block.length === TITLE_BLOCK_LINES || !titleLike(l.text)) break;
    block.push(l);
  }
  return block;
}

const titleLike = (text: string): boolean => text.replace(/\s/g, '').length <= 40 && !/[。；！？]/.test(text);
