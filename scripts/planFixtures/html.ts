import { categorySpan, continuesCategory, type Block, type TableBlock } from './blocks';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plan as a web page: <h1>–<h3> headings, a <p> a line, the indicator table with rowspan/colspan. */
export function renderHtml(title: string, blocks: readonly Block[]): string {
  const body = blocks.map((b) =>
    b.kind === 'table'
      ? table(b)
      : b.heading
        ? `<h${b.heading}>${escape(b.text)}</h${b.heading}>`
        : `<p>${escape(b.text)}</p>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${escape(title)}</title>`,
    '<style>p,h1,h2,h3{white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 4px}</style></head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function table(t: TableBlock): string {
  const width = t.headings.length;
  const rows = t.rows.map((row, r) => {
    if (row.label) return `<tr><td colspan="${width}">${escape(row.cells[0] ?? '')}</td></tr>`;
    const cells = row.cells.flatMap((cell, c) => {
      if (c !== t.categoryColumn) return [`<td>${escape(cell)}</td>`];
      if (continuesCategory(t, r)) return [];
      const span = categorySpan(t, r);
      return [span > 1 ? `<td rowspan="${span}">${escape(cell)}</td>` : `<td>${escape(cell)}</td>`];
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    '<table>',
    `<thead><tr>${t.headings.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}
