import PDFDocument from 'pdfkit';
import type { Block, TableBlock } from './blocks';

// Debian's fonts-noto-cjk; pdfkit embeds only the glyphs used (a subset), so each PDF stays small.
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FONT_NAME = 'NotoSansCJKsc-Regular';
const PAGE = { width: 595.28, height: 841.89 };
const BOX = { left: 56, right: 539, top: 64, bottom: 770 };
const SIZE = 10.5;
const LEADING = 16;
const TAB = 4 * SIZE; // a tab is a gap of four characters, wider than a paragraph's indent of two
const TABLE_SIZE = 7;
const TABLE_GAP = 2.5 * TABLE_SIZE;

/**
 * The plan as a PDF: a paragraph a line, wrapped at the right edge and continued at the left one;
 * a tab as a three-character gap (a tab-separated line reads back as cells); the indicator table as
 * a grid, one row a line, every cell at its column's left edge, the category printed once on the
 * first row of its group (the merged cell); a running title on top of every page and the page
 * number, — 3 —, at the bottom, which a reader must drop.
 */
export async function renderPdf(title: string, blocks: readonly Block[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 10, autoFirstPage: false, info: { Title: title } });
  doc.registerFont('cjk', FONT, FONT_NAME);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let page = 0;
  let y = 0;
  // The body's size, set again after a page break's header and footer.
  let size = SIZE;
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 10 });
    page++;
    doc.font('cjk').fontSize(8);
    const head = title.length > 40 ? title.slice(0, 40) : title;
    doc.text(head, (PAGE.width - doc.widthOfString(head)) / 2, 36, { lineBreak: false });
    const foot = `— ${page} —`;
    doc.fontSize(9).text(foot, (PAGE.width - doc.widthOfString(foot)) / 2, 800, { lineBreak: false });
    doc.fontSize(size);
    y = BOX.top;
  };
  const nextLine = (leading: number) => {
    y += leading;
    if (y + leading > BOX.bottom) newPage();
  };
  newPage();
  for (const block of blocks) {
    if (block.kind === 'table') {
      size = TABLE_SIZE;
      tableRows(doc, block).forEach((row) => {
        doc.font('cjk').fontSize(TABLE_SIZE);
        for (const cell of row) if (cell.text !== '') doc.text(cell.text, cell.x, y, { lineBreak: false });
        nextLine(TABLE_SIZE * 1.6);
      });
      continue;
    }
    size = SIZE;
    doc.font('cjk').fontSize(SIZE);
    // A paragraph's first line is indented two characters, as Chinese documents print them: a line
    // that starts at the left edge continues the one above.
    let x = block.text.includes('\t') ? BOX.left : BOX.left + 2 * SIZE;
    block.text.split('\t').forEach((part, i) => {
      if (i > 0) {
        if (x + TAB + SIZE > BOX.right) {
          nextLine(LEADING);
          x = BOX.left;
        }
        x += TAB;
      }
      for (const piece of wrap(doc, part, x)) {
        if (piece.newLine) {
          nextLine(LEADING);
          x = BOX.left;
        }
        if (piece.text !== '') doc.text(piece.text, x, y, { lineBreak: false });
        x += doc.widthOfString(piece.text);
      }
    });
    nextLine(LEADING);
  }
  doc.end();
  return done;
}

/**
 * A part cut where it meets the right edge; every piece after the first starts a new line. A cut is
 * never next to a space (a reader cannot see a space at a line's end), so it moves back a character.
 */
function wrap(doc: PDFKit.PDFDocument, text: string, x: number): { text: string; newLine: boolean }[] {
  const pieces: { text: string; newLine: boolean }[] = [];
  let current: string[] = [];
  let left = x;
  let width = 0;
  const widthOf = (chars: string[]) => chars.reduce((w, c) => w + doc.widthOfString(c), 0);
  for (const ch of Array.from(text)) {
    const w = doc.widthOfString(ch);
    if (left + width + w > BOX.right - 0.5) {
      let cut = current.length;
      while (cut > 1 && (current[cut - 1] === ' ' || (current[cut] ?? ch) === ' ')) cut--;
      pieces.push({ text: current.slice(0, cut).join(''), newLine: pieces.length > 0 });
      current = current.slice(cut);
      width = widthOf(current);
      left = BOX.left;
    }
    current.push(ch);
    width += w;
  }
  pieces.push({ text: current.join(''), newLine: pieces.length > 0 });
  return pieces;
}

/** The header and the rows, each cell with the x of its column (widths from the widest cell). */
function tableRows(doc: PDFKit.PDFDocument, t: TableBlock): { text: string; x: number }[][] {
  doc.font('cjk').fontSize(TABLE_SIZE);
  const width = t.headings.length;
  const data = t.rows.filter((r) => !r.label).map((r) => r.cells);
  const widths = t.headings.map((h, c) =>
    Math.max(doc.widthOfString(h), ...data.map((cells) => doc.widthOfString(cells[c] ?? ''))),
  );
  const xs = widths.reduce<number[]>(
    (acc, _w, c) => [...acc, c === 0 ? BOX.left : (acc[c - 1] ?? 0) + (widths[c - 1] ?? 0) + TABLE_GAP],
    [],
  );
  if ((xs[width - 1] ?? 0) + (widths[width - 1] ?? 0) > BOX.right)
    throw new Error(`${t.headings.join('|')}: table too wide`);
  return [t.headings, ...t.rows.map((r) => (r.label ? [r.cells[0] ?? ''] : r.cells))].map((cells) =>
    cells.map((text, c) => ({ text, x: xs[c] ?? BOX.left })),
  );
}
