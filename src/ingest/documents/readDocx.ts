import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { strFromU8, unzipSync } from 'fflate';
import { PlanParseError } from '../errors';
import { fillGrid, gridLines, joinCellParagraphs, type PlacedCell } from './grid';
import type { DocumentText } from './types';

/**
 * Reads a Word document (.docx, OOXML) from its own XML: body paragraphs in order (w:tab as a tab,
 * a line break as a new line), tables from their real cells (gridSpan and vMerge filled as a reader
 * sees them). A paragraph's style (Heading 1, 标题 2 …) goes into its origin; the parser still tells
 * headings by their text (第X章), which survives any style sheet.
 */
export function readDocx(bytes: Uint8Array, file: string): DocumentText {
  const { parts, names } = unzip(bytes, file);
  const documentXml = parts['word/document.xml'];
  if (documentXml === undefined) {
    const inside = names.length === 0 ? 'no files' : names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
    throw new PlanParseError(
      'NOT_A_DOCUMENT',
      `${file}: this is a ZIP archive but not a Word document (it has no word/document.xml; it holds ${inside}); ` +
        'save the plan from Word as .docx, or as plain text in UTF-8',
    );
  }
  const styles = styleNames(parts['word/styles.xml']);
  const $ = load(strFromU8(documentXml), { xml: true });
  const out: DocumentText = { format: 'docx', lines: [], origins: [] };
  const counter = { paragraph: 0, table: 0 };
  $('w\\:body')
    .children()
    .each((_, el) => readBlock($, el, styles, out, counter));
  return out;
}

function unzip(bytes: Uint8Array, file: string): { parts: Record<string, Uint8Array>; names: string[] } {
  const names: string[] = [];
  try {
    // Only the parts read here are inflated; images and fonts stay packed.
    const parts = unzipSync(bytes, {
      filter: (f) => names.push(f.name) > 0 && (f.name === 'word/document.xml' || f.name === 'word/styles.xml'),
    });
    return { parts, names };
  } catch (err) {
    throw new PlanParseError(
      'NOT_A_DOCUMENT',
      `${file}: this starts like a ZIP archive (.docx is one) but cannot be unpacked (${(err as Error).message}); ` +
        'the file is damaged or cut short: save it again from Word',
    );
  }
}

function styleNames(xml: Uint8Array | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!xml) return names;
  const $ = load(strFromU8(xml), { xml: true });
  $('w\\:style').each((_, s) => {
    const id = $(s).attr('w:styleId');
    const name = $(s).children('w\\:name').attr('w:val');
    if (id && name) names.set(id, name);
  });
  return names;
}

interface Counter {
  paragraph: number;
  table: number;
}

function readBlock($: CheerioAPI, el: Element, styles: Map<string, string>, out: DocumentText, n: Counter): void {
  switch (el.tagName) {
    case 'w:p': {
      n.paragraph++;
      const style = $(el).find('w\\:pPr > w\\:pStyle').attr('w:val');
      const origin = `paragraph ${n.paragraph}${style ? ` (${styles.get(style) ?? style})` : ''}`;
      for (const line of paragraphText($, $(el)).split('\n')) {
        out.lines.push(line);
        out.origins.push(origin);
      }
      return;
    }
    case 'w:tbl': {
      n.table++;
      const rows = $(el)
        .children('w\\:tr')
        .toArray()
        .map((tr) =>
          $(tr)
            .children('w\\:tc')
            .toArray()
            .map((tc) => placedCell($, tc)),
        );
      gridLines(fillGrid(rows)).forEach((line, i) => {
        out.lines.push(line);
        out.origins.push(`table ${n.table} row ${i + 1}`);
      });
      return;
    }
    case 'w:sdt':
    case 'w:sdtContent':
    case 'w:customXml':
      // Content controls (a generated table of contents, a form) hold ordinary paragraphs.
      $(el)
        .children('w\\:sdtContent, w\\:p, w\\:tbl')
        .each((_, child) => readBlock($, child, styles, out, n));
      return;
    default:
  }
}

/** The runs' text in order; w:delText (deleted in tracked changes) is not w:t and is left out. */
function paragraphText($: CheerioAPI, p: Cheerio<Element>): string {
  let text = '';
  p.find('w\\:t, w\\:tab, w\\:br, w\\:cr').each((_, node) => {
    if (node.tagName === 'w:t') text += $(node).text();
    else if (node.tagName === 'w:tab') {
      // w:tabs inside paragraph properties define tab stops; they are not text.
      if (node.parent && (node.parent as Element).tagName !== 'w:tabs') text += '\t';
    } else text += '\n';
  });
  return text;
}

function placedCell($: CheerioAPI, tc: Element): PlacedCell {
  const props = $(tc).children('w\\:tcPr');
  const span = Number(props.children('w\\:gridSpan').attr('w:val') ?? '1');
  const vMerge = props.children('w\\:vMerge');
  const paragraphs = $(tc)
    .children('w\\:p')
    .toArray()
    .map((p) => paragraphText($, $(p)));
  return {
    text: joinCellParagraphs(paragraphs),
    colSpan: Number.isFinite(span) && span > 0 ? span : 1,
    rowSpan: 1,
    // A vMerge without w:val continues the merge; "restart" starts one and holds its text.
    merged: vMerge.length > 0 && vMerge.attr('w:val') !== 'restart',
  };
}
