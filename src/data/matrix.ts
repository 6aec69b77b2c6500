import type { Executor } from '../db/executor';
import { scalar } from './batch';
import { list, nullable, num, shape, str } from './decode';
import type { IndicatorRecord, MatrixColumnRecord, MatrixRecord, MeasureRecord, RegionRecord } from './records';
import * as shapes from './shapes';

export interface MatrixFilterValues {
  measureIds?: readonly string[] | null;
  domainId?: string | null;
  regions?: readonly string[] | null;
  level?: string | null;
  year?: number | null;
}

// Rows are measures or regions; a column is the other one in one plan period. The city sorts before
// its districts. Columns are taken over every matched row, so a page's cells name the same columns as
// any other page's. Cells are collected in column order, so each row's cells come in that order too.
const MATRIX = `MATCH (p:Plan)-[:HAS_INDICATOR]->(i:Indicator)-[:MEASURES]->(m:Measure)
  MATCH (p)-[:FOR_REGION]->(r:Region)
  WHERE ($measureIds IS NULL OR m.id IN $measureIds)
    AND ($domainId IS NULL OR m.domain = $domainId)
    AND ($regions IS NULL OR r.code IN $regions)
    AND ($level IS NULL OR p.level = $level)
    AND ($year IS NULL OR (p.periodStart <= $year AND $year <= p.periodEnd))
  WITH p, i, m, r, toString(CASE r.level WHEN 'municipal' THEN 0 ELSE 1 END) + r.code AS regionSort
  WITH p, i, m, r,
    CASE WHEN $byMeasure THEN m.id ELSE r.code END AS rowKey,
    CASE WHEN $byMeasure THEN m.id ELSE regionSort END AS rowSort,
    CASE WHEN $byMeasure THEN r.code ELSE m.id END + '@' + coalesce(toString(p.periodStart), '') + '-' + coalesce(toString(p.periodEnd), '') AS colKey,
    CASE WHEN $byMeasure THEN regionSort ELSE m.id END AS colSort
  ORDER BY colSort, p.periodStart, p.periodEnd, p.id, i.seq
  WITH collect({i: i, m: m, r: r, ps: p.periodStart, pe: p.periodEnd, rowKey: rowKey, rowSort: rowSort, colKey: colKey, colSort: colSort}) AS cells
  CALL (cells) {
    UNWIND cells AS c
    WITH DISTINCT c.rowKey AS key, c.rowSort AS sort
    ORDER BY sort
    RETURN collect(key) AS rowKeys
  }
  CALL (cells) {
    UNWIND cells AS c
    WITH DISTINCT c.colKey AS key, c.colSort AS sort, c.ps AS ps, c.pe AS pe,
      CASE WHEN $byMeasure THEN null ELSE c.m END AS m, CASE WHEN $byMeasure THEN c.r ELSE null END AS r
    ORDER BY sort, ps, pe
    RETURN collect({key: key, periodStart: ps, periodEnd: pe,
      measure: CASE WHEN m IS NULL THEN null ELSE m {.*, label: 'Measure'} END,
      region: CASE WHEN r IS NULL THEN null ELSE r {.*, label: 'Region'} END}) AS columns
  }
  WITH cells, rowKeys, columns, [col IN columns | col.key] AS columnKeys
  RETURN size(rowKeys) AS total, columns,
    [key IN rowKeys[$offset..$offset + $limit] | [c IN cells WHERE c.rowKey = key | {
      column: head([k IN range(0, size(columnKeys) - 1) WHERE columnKeys[k] = c.colKey]),
      indicator: head([i IN [c.i] | i {.*, label: 'Indicator'}]),
      measure: CASE WHEN $byMeasure THEN head([m IN [c.m] | m {.*, label: 'Measure'}]) END,
      region: CASE WHEN $byMeasure THEN null ELSE head([r IN [c.r] | r {.*, label: 'Region'}]) END,
      key: key}]] AS rows`;

interface ColumnRow {
  key: string;
  periodStart: number | null;
  periodEnd: number | null;
  measure: MeasureRecord | null;
  region: RegionRecord | null;
}

interface CellRow {
  column: number;
  indicator: IndicatorRecord;
  measure: MeasureRecord | null;
  region: RegionRecord | null;
  key: string;
}

const columnRows = nullable(
  list(
    shape<ColumnRow>({
      key: str,
      periodStart: nullable(num),
      periodEnd: nullable(num),
      measure: nullable(shapes.measure),
      region: nullable(shapes.region),
    }),
  ),
);
const cellRows = nullable(
  list(
    list(
      shape<CellRow>({
        column: num,
        indicator: shapes.indicator,
        measure: nullable(shapes.measure),
        region: nullable(shapes.region),
        key: str,
      }),
    ),
  ),
);

const period = (start: number | null, end: number | null) =>
  start === null && end === null ? '' : ` ${start ?? '?'}–${end ?? '?'}`;

/** The measure × region × period table: one page of rows, and every column. */
export async function indicatorMatrix(
  executor: Executor,
  rowsBy: 'MEASURE' | 'REGION',
  filter: MatrixFilterValues,
  offset: number,
  limit: number,
): Promise<MatrixRecord> {
  const row = await scalar(executor, MATRIX, {
    byMeasure: rowsBy === 'MEASURE',
    measureIds: filter.measureIds ? [...filter.measureIds] : null,
    domainId: filter.domainId ?? null,
    regions: filter.regions ? [...filter.regions] : null,
    level: filter.level ?? null,
    year: filter.year ?? null,
    offset,
    limit,
  });
  const columns = (columnRows(row.columns, 'columns') ?? []).map((c, index): MatrixColumnRecord => ({
    ...c,
    index,
    label: `${c.region?.name ?? c.measure?.name ?? c.key}${period(c.periodStart, c.periodEnd)}`,
  }));
  const rows = (cellRows(row.rows, 'rows') ?? []).map((cells, k) => {
    const [first] = cells;
    return {
      position: offset + k,
      key: first?.key ?? '',
      label: first?.measure?.name ?? first?.region?.name ?? first?.key ?? '',
      measure: first?.measure ?? null,
      region: first?.region ?? null,
      cells: cells.map((c) => ({ column: c.column, indicator: c.indicator })),
    };
  });
  return { rowsBy, columns, rows, offset, totalRows: num(row.total ?? 0, 'total') };
}
