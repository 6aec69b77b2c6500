import { load, type CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { fillGrid, gridLines, joinCellParagraphs, type PlacedCell } from './grid';
import type { DocumentText } from './types';

// Elements whose text is one line of the plan; containers are walked into; the rest is not text.
const LINE = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'pre',
  'caption',
  'figcaption',
  'blockquote',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'nav', 'svg', 'iframe']);
const BLOCK = new Set([
  ...LINE,
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'table',
  'body',
  'form',
]);

/**
 * Reads a web page: each paragraph, heading and list item a line (in page order), a <br> a line
 * break, and every <table> from its rows and cells, rowspan and colspan filled as a reader sees
 * them. Source indentation (a line break and the spaces after it) is markup, not text; other spaces
 * and tabs stay, as they do in the text files.
 */
export function readHtml(text: string): DocumentText {
  const $ = load(text);
  const out: DocumentText = { format: 'html', lines: [], origins: [] };
  const n = { element: 0, table: 0 };
  const emit = (line: string, origin: string) => {
    out.lines.push(line);
    out.origins.push(origin);
  };
  const walk = (nodes: AnyNode[]): void => {
    let inline = '';
    const flush = () => {
      if (inline.trim() !== '') {
        n.element++;
        emit(inline.trim(), `element ${n.element} (text)`);
      }
      inline = '';
    };
    for (const node of nodes) {
      if (isText(node)) inline += collapse(node.data);
      if (!isTag(node)) continue;
      const el = node;
      const tag = el.tagName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (!BLOCK.has(tag)) {
        inline += tag === 'br' ? '\n' : collapse($(el).text());
        continue;
      }
      flush();
      if (tag === 'table') {
        n.table++;
        gridLines(fillGrid(tableRows($, el))).forEach((line, i) => emit(line, `table ${n.table} row ${i + 1}`));
      } else if (
        LINE.has(tag) &&
        !$(el)
          .children()
          .toArray()
          .some((c) => BLOCK.has(c.tagName.toLowerCase()))
      ) {
        n.element++;
        for (const line of lineText($, el).split('\n')) emit(line, `element ${n.element} (<${tag}>)`);
      } else walk(el.children);
    }
    flush();
  };
  walk($('body').length > 0 ? ($('body')[0]?.children ?? []) : ($.root()[0]?.children ?? []));
  return out;
}

const collapse = (s: string): string => s.replace(/[\r\n]+[ \t]*/g, '');

function lineText($: CheerioAPI, el: Element): string {
  let text = '';
  for (const node of el.children) {
    if (isText(node)) text += collapse(node.data);
    else if (isTag(node)) {
      const tag = node.tagName.toLowerCase();
      const inner = tag === 'br' ? '' : lineText($, node);
      // A paragraph inside a cell is a line of its own; the cell's lines are joined later.
      text += tag === 'br' ? '\n' : BLOCK.has(tag) ? `\n${inner}\n` : inner;
    }
  }
  return text;
}

function tableRows($: CheerioAPI, table: Element): PlacedCell[][] {
  // Rows of this table only (thead, tbody, tfoot in order), not of a table nested in a cell.
  const rows = $(table)
    .find('tr')
    .filter((_, tr) => $(tr).closest('table')[0] === table);
  return rows.toArray().map((tr) =>
    $(tr)
      .children('td, th')
      .toArray()
      .map((cell) => ({
        text: joinCellParagraphs(lineText($, cell).split('\n')),
        colSpan: spanOf($(cell).attr('colspan')),
        rowSpan: spanOf($(cell).attr('rowspan')),
        merged: false,
      })),
  );
}

function spanOf(attr: string | undefined): number {
  const n = Number(attr ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 1;
}
