import { basename } from 'node:path';
import { findBasedOn } from './basedOn';
import { extractBoxes } from './boxes';
import { extractGoals } from './goals';
import { extractIndicators } from './indicators';
import type { IndicatorsCsv } from './indicatorsCsv';
import { preferSidecar } from './indicatorsCsv/preferSidecar';
import { frontLines, layOut, type Layout } from './layout';
import type { Line } from './lines';
import { mergeMetadata } from './mergeMetadata';
import { notAPlan } from './notAPlan';
import { readTextMetadata } from './metadata';
import { fillParagraphs } from './paragraphs';
import type { SidecarMeta } from './sidecar';
import { fromText, readSource } from './source';
import { buildHierarchy } from './structure';
import { captionLines, findTables } from './tables';
import { flatten } from './tree';
import { checkTruncation } from './truncation';
import type { Chapter, LineSpan, ParseWarning, PlanDocument } from './types';
import type { DocumentText } from './documents/types';

export interface ParseOptions {
  /** File name as given (relative path or basename); the plan id is its basename without `.txt`. */
  source: string;
  sidecar?: SidecarMeta | null;
  /** The admin's `<name>.indicators.csv`; when given, its rows replace the text's indicator table. */
  indicatorsCsv?: IndicatorsCsv | null;
  /**
   * When the text was read from a document (src/ingest/documents): its format, where each line of
   * the text stands in it, and the document's own bytes, which the source hash is taken over.
   */
  document?: { format: DocumentText['format']; origins: readonly string[]; bytes: Uint8Array } | null;
}

/** A plan's id: its file name without the extension of a format it is read from. */
export const planIdOf = (source: string): string => basename(source).replace(/\.(txt|docx|pdf|html?)$/i, '');

/** Turns one plan text into a PlanDocument. Throws PlanParseError when the input is not a plan. */
export function parsePlan(text: string | Uint8Array, opts: ParseOptions): PlanDocument {
  const document = opts.document ?? null;
  const src = typeof text === 'string' ? fromText(text, opts.source, document?.bytes) : readSource(text, opts.source);
  const warnings: ParseWarning[] = [];
  const layout = layOut(src.lines);
  const chapters = buildHierarchy(layout, warnings);
  const textTable = extractIndicators(src);
  // The indicator warnings keep their place in the list; they are known only once the period is.
  const indicatorWarningsAt = warnings.length;
  const csv = opts.indicatorsCsv ?? null;
  if (flatten(chapters).length === 0 && textTable.table === null && csv === null) {
    throw notAPlan(src);
  }
  const opening = openingLines(layout, chapters);
  const metadata = mergeMetadata(
    readTextMetadata(frontLines(layout), opening),
    opts.sidecar ?? null,
    { id: planIdOf(opts.source), basedOn: findBasedOn(opening), file: src.file },
    warnings,
  );
  const indicators = csv === null ? textTable : preferSidecar(textTable, csv, metadata);
  warnings.splice(indicatorWarningsAt, 0, ...indicators.warnings);
  const tables = findTables(layout, chapters);
  // The text's own table stays a table even when the sidecar replaces its rows: never paragraphs.
  // The other indicator tables read (none under a sidecar) are the indicators of the boxes holding them.
  const indicatorTables = [...(textTable.table ? [textTable.table.lines] : []), ...indicators.more.map((t) => t.lines)];
  const boxes = extractBoxes(layout, chapters, indicatorTables, warnings);
  const consumed: LineSpan[] = [...tables.map((t) => t.lines), ...boxes.map((b) => b.lines), ...indicatorTables];
  fillParagraphs(chapters, layout, consumed, titleLines(layout, chapters));
  warnings.push(...checkTruncation(layout, chapters));
  return {
    source: {
      file: src.file,
      sha256: src.sha256,
      lineCount: src.lines.length,
      ...(document ? { format: document.format, lineOrigins: [...document.origins] } : {}),
    },
    metadata,
    chapters,
    goals: extractGoals(chapters, tables, layout, metadata.periodEnd),
    indicatorTable: indicators.table,
    indicators: indicators.indicators,
    boxes,
    tables: tables.map(({ number, title, line, chapterKey }) => ({ number, title, line, chapterKey })),
    warnings,
  };
}

/** The preface and the first chapter's lead-in: where a plan names the plans it is based on. */
function openingLines(layout: Layout, chapters: readonly Chapter[]): Line[] {
  const nodes = flatten(chapters);
  const stop = nodes.find((n) => n.kind === 'section') ?? nodes.filter((n) => n.kind === 'chapter')[1];
  const end = stop ? stop.line - 1 : Math.min(layout.bodyEnd, layout.bodyStart + 40);
  return layout.lines.filter((l) => l.no >= layout.bodyStart && l.no <= end && l.kind === 'text');
}

/** Lines that are headings rather than paragraphs: inferred titles and unnumbered table captions. */
function titleLines(layout: Layout, chapters: readonly Chapter[]): Set<number> {
  const inferredTitles = flatten(chapters)
    .filter((n) => n.inferred && n.title !== null)
    .map((n) => n.line);
  return new Set([...inferredTitles, ...captionLines(layout)]);
}
