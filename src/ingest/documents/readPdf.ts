import { PlanParseError } from '../errors';
import { dropFurniture, visualLines, type TextItem, type VisualLine } from './pdfLines';
import { pdfText } from './pdfText';
import type { DocumentText } from './types';

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: PdfJs | undefined;

/**
 * pdf.js 3.11, the last release with a CommonJS build: v4 and later are ES modules only, which
 * this CommonJS project (and jest under ts-jest) cannot require. Loaded on first use, so commands
 * that never meet a PDF do not pay for it; its warning that `canvas` (for rendering, not needed
 * to read text) is missing is not shown.
 */
function loadPdfJs(): PdfJs {
  if (pdfjs) return pdfjs;
  const log = console.log;
  console.log = () => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  } finally {
    console.log = log;
  }
  return pdfjs;
}

/**
 * Reads a PDF's text layer page by page (each page's text is taken, then the page released, so a
 * 300-page plan is read in bounded memory): text items with their positions, rebuilt into lines
 * and columns (pdfText), running headers, footers and page numbers dropped.
 */
export async function readPdf(
  bytes: Uint8Array,
  file: string,
  onPage?: (page: number, pages: number) => void,
): Promise<DocumentText> {
  const lib = loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    throw openError(err, file);
  }
  try {
    const pages: VisualLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      pages.push(visualLines(n, items));
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    if (pages.every((p) => p.length === 0)) {
      throw new PlanParseError(
        'NO_TEXT_LAYER',
        `${file}: image-only PDF: its ${doc.numPages} page(s) have no text layer (scanned images); ` +
          'run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) or supply the indicator table as <name>.indicators.csv',
      );
    }
    const { lines, origins } = pdfText(dropFurniture(pages));
    return { format: 'pdf', lines, origins, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

function openError(err: unknown, file: string): PlanParseError {
  const name = (err as { name?: string }).name;
  if (name === 'PasswordException')
    return new PlanParseError(
      'ENCRYPTED',
      `${file}: this PDF is encrypted (it asks for a password), so its text cannot be read; ` +
        'open it with the password and save a copy without one, then add that',
    );
  return new PlanParseError(
    'NOT_A_DOCUMENT',
    `${file}: this starts like a PDF (%PDF-) but cannot be read (${(err as Error).message}); ` +
      'the file is damaged or cut short: download or export it again',
  );
}
