import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { continuesCategory, type Block, type TableBlock } from './blocks';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A line as runs: each tab a Word tab (w:tab), as the flattened box tables were copied from Word. */
const runs = (text: string): TextRun[] =>
  text.split('\t').map((part, i) => new TextRun({ children: i === 0 ? [part] : [new Tab(), part] }));

/**
 * The plan as a Word document: heading styles for 篇/章/节, a paragraph a line, and the indicator
 * table as a real table — the category column vertically merged over its group (vMerge restart /
 * continue), label rows one cell across the table (gridSpan).
 */
export async function renderDocx(title: string, blocks: readonly Block[]): Promise<Buffer> {
  const children = blocks.map((b) =>
    b.kind === 'table'
      ? table(b)
      : new Paragraph({ children: runs(b.text), ...(b.heading ? { heading: HEADINGS[b.heading - 1] } : {}) }),
  );
  const doc = new Document({ title, creator: 'Plan Graph fixtures', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

function table(t: TableBlock): Table {
  const width = t.headings.length;
  const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: [new Paragraph({ children: runs(text) })], ...extra });
  const header = new TableRow({ tableHeader: true, children: t.headings.map((h) => cell(h)) });
  const rows = t.rows.map((row, r) => {
    if (row.label) return new TableRow({ children: [cell(row.cells[0] ?? '', { columnSpan: width })] });
    return new TableRow({
      children: row.cells.map((text, c) => {
        if (c !== t.categoryColumn) return cell(text);
        if (continuesCategory(t, r)) return cell('', { verticalMerge: VerticalMergeType.CONTINUE });
        const merges = r + 1 < t.rows.length && continuesCategory(t, r + 1);
        return cell(text, merges ? { verticalMerge: VerticalMergeType.RESTART } : {});
      }),
    });
  });
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}
