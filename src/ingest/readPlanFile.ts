import { readInput } from '../files/readInput';
import { PLAN_TEXT } from '../files/kinds';
import { detectFormat } from './documents/format';
import { readDocx } from './documents/readDocx';
import { readHtml } from './documents/readHtml';
import { readPdf } from './documents/readPdf';
import type { DocumentText } from './documents/types';
import { asPlanError, PlanParseError } from './errors';
import { readIndicatorsCsv } from './indicatorsCsv';
import { parsePlan } from './parsePlan';
import { readSidecar } from './sidecar';
import { decodeInput } from '../files/readInput';
import type { PlanDocument } from './types';

/**
 * Reads a plan file — UTF-8 text, a Word document or a web page, told by its bytes — and its
 * sidecars `<name>.meta.json` and `<name>.indicators.csv` (when present), and parses them. A PDF
 * is read page by page, asynchronously: readPlanDocument.
 */
export function readPlanFile(path: string, name: string = path): PlanDocument {
  const bytes = readBytes(path);
  const format = detectFormat(bytes, name);
  if (format === 'pdf')
    throw new PlanParseError('UNSUPPORTED_FORMAT', `${name}: a PDF is read asynchronously; use readPlanDocument`);
  if (format === 'text') return parseWithSidecars(path, name, bytes, null);
  return parseWithSidecars(
    path,
    name,
    bytes,
    format === 'docx' ? readDocx(bytes, name) : readHtml(htmlText(bytes, name)),
  );
}

/** readPlanFile for every format, PDF included. `onPage` hears of each PDF page read (for progress). */
export async function readPlanDocument(
  path: string,
  name: string = path,
  onPage?: (page: number, pages: number) => void,
): Promise<PlanDocument> {
  const bytes = readBytes(path);
  if (detectFormat(bytes, name) !== 'pdf') return readPlanFile(path, name);
  return parseWithSidecars(path, name, bytes, await readPdf(bytes, name, onPage));
}

/** The text a document reads as, for `plangraph parse --text`: the lines every line range points into. */
export async function readPlanText(path: string, name: string = path): Promise<DocumentText | string> {
  const bytes = readBytes(path);
  switch (detectFormat(bytes, name)) {
    case 'text':
      return decode(bytes, name);
    case 'docx':
      return readDocx(bytes, name);
    case 'html':
      return readHtml(htmlText(bytes, name));
    case 'pdf':
      return readPdf(bytes, name);
  }
}

function readBytes(path: string): Buffer {
  try {
    return readInput(path, PLAN_TEXT);
  } catch (err) {
    throw asPlanError(err);
  }
}

function decode(bytes: Uint8Array, name: string): string {
  try {
    return decodeInput(bytes, name, PLAN_TEXT);
  } catch (err) {
    throw asPlanError(err);
  }
}

/** A web page is text too: the same checks (UTF-8, not empty) as a text file. */
const htmlText = decode;

function parseWithSidecars(path: string, name: string, bytes: Buffer, read: DocumentText | null): PlanDocument {
  const sidecars = { sidecar: readSidecar(path), indicatorsCsv: readIndicatorsCsv(path) };
  if (read === null) return parsePlan(bytes, { source: name, ...sidecars });
  if (read.lines.every((l) => l.trim() === ''))
    throw new PlanParseError('EMPTY', `${name}: ${formatName(read.format)} holds no text`);
  return parsePlan(read.lines.join('\n'), {
    source: name,
    ...sidecars,
    document: { format: read.format, origins: read.origins, bytes },
  });
}

const formatName = (f: DocumentText['format']): string =>
  f === 'docx' ? 'the Word document' : f === 'pdf' ? 'the PDF' : 'the web page';
