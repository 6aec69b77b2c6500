import { NUMERAL_CHARS, parseChineseNumeral } from './numerals';
import { cleanLine, hasBookmark, isPageNumber } from './text';
import type { ChapterKind } from './types';

export interface HeadingMatch {
  kind: ChapterKind;
  number: number;
  title: string | null;
}

export type LineKind = 'blank' | 'toc' | 'page' | 'heading' | 'box' | 'caption' | 'figure' | 'cell' | 'marker' | 'text';

/** One source line with what it looks like; `no` is the 1-based line number. */
export interface Line {
  no: number;
  raw: string;
  text: string;
  kind: LineKind;
  heading?: HeadingMatch;
  /** `4-1` for 专栏4-1 / 表4-1, `1` for 专栏 1. */
  number?: string;
  caption?: string | null;
}

const KINDS: Readonly<Record<string, ChapterKind>> = { 篇: 'part', 章: 'chapter', 节: 'section' };
const HEADING = new RegExp(`^第([${NUMERAL_CHARS}]+)([篇章节])(?:\\s+|$|(?=[^\\s个]))(.*)$`);
const BOX = /^专栏\s*(\d+(?:\s*[-－—]\s*\d+)?)\s*(.*)$/;
const CAPTION = /^表\s*(\d+(?:\s*[-－—]\s*\d+)?)(?:\s+|(?=[^\d\s.．]))(.*)$/;
const DOT_LEADER = /(\.{3,}|…{2,}|·{3,})\s*(-\s*)?\d*(\s*-)?\s*$|^[.…·\s]+$/;
const PAGE_TAIL = /\t\s*(-\s*)?\d+(\s*-)?\s*$|\t\s*$/;

export function parseHeading(text: string): HeadingMatch | null {
  const m = HEADING.exec(text);
  if (!m) return null;
  const number = parseChineseNumeral(m[1] ?? '');
  const title = (m[3] ?? '').trim();
  if (number === null || title.length > 50 || /[。；]/.test(title)) return null;
  return { kind: KINDS[m[2] ?? ''] ?? 'section', number, title: title === '' ? null : title };
}

function numberOf(raw: string): string {
  return raw.replace(/\s/g, '').replace(/[－—]/g, '-');
}

/**
 * Cells in character columns (`pdftotext -layout`): a gap of three spaces or more inside the line,
 * or two gaps of two. Running text has neither (Chinese sets no space between words, a figure takes
 * one); a double space typed once in a sentence must not turn its line into a table row, whose
 * text would then be no paragraph's.
 */
const COLUMN_GAP = /\S(?:[ \u3000]{3,}\S|[ \u3000]{2}\S.*?\S[ \u3000]{2,}\S)/;

/** Looks at one line on its own; the table of contents is marked later, by position. */
export function classify(raw: string, no: number): Line {
  const text = cleanLine(raw);
  const line: Line = { no, raw, text, kind: 'text' };
  if (text === '') return { ...line, kind: hasBookmark(raw) ? 'marker' : 'blank' };
  if (DOT_LEADER.test(text)) return { ...line, kind: 'toc' };
  if (isPageNumber(text)) return { ...line, kind: 'page' };
  const heading = parseHeading(text);
  // A TOC entry is a heading followed by its page number; the body heading has none.
  if (heading && PAGE_TAIL.test(raw)) return { ...line, kind: 'toc' };
  if (heading) return { ...line, kind: 'heading', heading };
  const box = BOX.exec(text);
  if (box) return { ...line, kind: 'box', number: numberOf(box[1] ?? ''), caption: (box[2] ?? '').trim() || null };
  if (/^图\s*\d+(?:-\d+)?\s*[：:]/.test(text)) return { ...line, kind: 'figure' };
  const caption = CAPTION.exec(text);
  if (caption)
    return { ...line, kind: 'caption', number: numberOf(caption[1] ?? ''), caption: (caption[2] ?? '').trim() || null };
  if (raw.includes('\t') || COLUMN_GAP.test(raw.trim())) return { ...line, kind: 'cell' };
  return line;
}
