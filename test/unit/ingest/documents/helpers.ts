import path from 'node:path';
import type { Box, Chapter, Indicator, PlanDocument } from '../../../../src/ingest';

export const ROOT = path.resolve(__dirname, '../../../..');
export const DOCUMENTS = path.join(ROOT, 'test', 'fixtures', 'documents');
export const PLAN_IDS = [
  'changshou-2021-2025-social-livelihood',
  'chongqing-2026-2030-social-development-draft',
  'jiangbei-2021-2025-public-services',
  'yongchuan-2021-2025-public-services',
  'yuzhong-2021-2025-public-services',
];

/**
 * What a PDF cannot give back, folded on both sides before comparing: pdf.js folds a run of spaces
 * into one, and Noto CJK draws U+00B7 (·) and U+2022 (•) with one glyph, which maps back to •.
 */
export const pdfFold = (s: string): string => s.replace(/ {2,}/g, ' ').replace(/·/g, '•');

/** An indicator row, every cell, without its line numbers (a document's text has its own lines). */
export const rowOf = ({ lines: _lines, ...row }: Indicator): Omit<Indicator, 'lines'> => row;

export interface Shape {
  key: string;
  kind: string;
  number: number | null;
  title: string | null;
  inferred: boolean;
  evidence: boolean;
  children: Shape[];
}

/** The hierarchy: every node's key, kind, number, title and whether it was inferred. */
export const shapeOf = (chapters: readonly Chapter[]): Shape[] =>
  chapters.map((c) => ({
    key: c.key,
    kind: c.kind,
    number: c.number,
    title: c.title,
    inferred: c.inferred,
    evidence: c.evidence !== null,
    children: shapeOf(c.children),
  }));

const flatten = (chapters: readonly Chapter[]): Chapter[] => chapters.flatMap((c) => [c, ...flatten(c.children)]);

/** Every node's paragraphs, as `key: text`. */
export const paragraphsOf = (doc: PlanDocument, fold: (s: string) => string = (s) => s): string[] =>
  flatten(doc.chapters).flatMap((c) => c.paragraphs.map((p) => `${c.key}: ${fold(p.text)}`));

export const boxesOf = (boxes: readonly Box[], fold: (s: string) => string = (s) => s) =>
  boxes.map((b) => ({
    number: b.number,
    title: b.title,
    chapterKey: b.chapterKey,
    items: b.items.map((i) => ({ name: fold(i.name), text: fold(i.text) })),
  }));
