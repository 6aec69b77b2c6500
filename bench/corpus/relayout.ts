import type { PlanDocument } from '../../src/ingest/types';
import { type LayoutOptions, renderIndicatorTable, type TableSpec } from './layouts';

const ATTRIBUTE = { EXPECTED: '预期性', BINDING: '约束性' } as const;

/** The table a parse read, as the printable spec `renderIndicatorTable` takes. */
export function tableSpecOf(doc: PlanDocument): TableSpec {
  const table = doc.indicatorTable;
  if (!table) throw new Error(`${doc.source.file}: the plan has no indicator table to re-lay out`);
  const year = (pick: (i: PlanDocument['indicators'][number]) => number | null | undefined): number | null =>
    doc.indicators.map(pick).find((y): y is number => y !== null && y !== undefined) ?? null;
  return {
    caption: `表1 ${table.title ?? '主要指标'}`,
    baseYear: year((i) => i.baseline?.year) ?? 2020,
    targetYear: year((i) => i.target?.year) ?? 2025,
    referenceYear: year((i) => i.municipalTarget?.year),
    // A target read from the 年均/累计 column goes back there, its year cell a dash as printed.
    periodHeading: doc.indicators.map((i) => i.target?.heading).find((h) => h !== undefined) ?? null,
    rows: doc.indicators.map((i) => ({
      seq: i.seq,
      category: i.category,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline?.raw ?? '',
      target: i.target?.heading ? '—' : (i.target?.raw ?? ''),
      period: i.target?.heading ? i.target.raw : '—',
      reference: i.municipalTarget?.raw ?? null,
      attribute: i.attribute ? ATTRIBUTE[i.attribute] : null,
    })),
    notes: table.notes,
  };
}

export interface Relayout {
  text: string;
  /** Where the new table stands, 1-based. */
  lines: [number, number];
}

/**
 * The same plan with its indicator table printed in another layout; everything else as it was.
 * `crlfBom` also writes the whole file with CRLF line ends and a UTF-8 BOM.
 */
export function relayoutPlan(
  text: string,
  doc: PlanDocument,
  options: LayoutOptions & { crlfBom?: boolean },
): Relayout {
  const table = doc.indicatorTable;
  if (!table) throw new Error(`${doc.source.file}: the plan has no indicator table to re-lay out`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rendered = renderIndicatorTable(tableSpecOf(doc), options);
  const [from, to] = table.lines;
  const out = [...lines.slice(0, from - 1), ...rendered, ...lines.slice(to)];
  const joined = options.crlfBom ? '\uFEFF' + out.join('\r\n') : out.join('\n');
  return { text: joined, lines: [from, from + rendered.length - 1] };
}
