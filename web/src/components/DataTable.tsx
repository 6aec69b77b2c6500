import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import { t } from '../i18n';
import { downloadCsv } from '../lib/csv';

/**
 * A column: `value` is what it sorts by and exports (a number or text), `cell` how it shows
 * (a link, a badge); without `cell` the value is shown.
 */
export interface Column<Row> {
  id: string;
  header: string;
  value: (row: Row) => string | number | null | undefined;
  cell?: (row: Row) => ReactNode;
  /** Numbers right-aligned. */
  numeric?: boolean;
  sortable?: boolean;
}

interface Props<Row> {
  rows: Row[];
  columns: Column<Row>[];
  /** The CSV file's name, without .csv. */
  csvName: string;
  /** A test and screenshot hook: data-table="…". */
  name: string;
  initialSort?: SortingState;
  rowKey: (row: Row) => string;
  rowClass?: (row: Row) => string | undefined;
  caption?: ReactNode;
  /** Shown under the table, e.g. a "more" button for a paginated connection. */
  footer?: ReactNode;
}

/** A sortable table (click a header) with CSV export of exactly the columns and rows it holds, in its current order. */
export function DataTable<Row>({
  rows,
  columns,
  csvName,
  name,
  initialSort = [],
  rowKey,
  rowClass,
  caption,
  footer,
}: Props<Row>) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const defs: ColumnDef<Row, string | number | undefined>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    // Empty cells are undefined, which the table sorts last in either direction.
    accessorFn: (row) => {
      const v = c.value(row);
      return v === null || v === '' ? undefined : v;
    },
    enableSorting: c.sortable !== false,
    // Every column sorts ascending on the first click (numbers too), so a header behaves alike everywhere.
    sortDescFirst: false,
    sortUndefined: 'last',
    sortingFn: (a, b, id) => compareCells(a.getValue(id), b.getValue(id)),
    cell: (info) => (c.cell ? c.cell(info.row.original) : (info.getValue() ?? '—')),
    meta: { numeric: c.numeric === true },
  }));
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });
  const exportCsv = () =>
    downloadCsv(
      csvName,
      columns.map((c) => c.header),
      table.getRowModel().rows.map((r) => columns.map((c) => r.getValue<string | number | undefined>(c.id) ?? '')),
    );
  return (
    <div className="table-block" data-table={name}>
      <div className="table-tools">
        {caption ? <div className="table-caption">{caption}</div> : <span />}
        <button type="button" className="small" onClick={exportCsv} data-export={name}>
          {t.app.exportCsv}
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = (header.column.columnDef.meta as { numeric: boolean }).numeric;
                  return (
                    <th
                      key={header.id}
                      className={numeric ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span className="sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClass?.(row.original)} data-row={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={(cell.column.columnDef.meta as { numeric: boolean }).numeric ? 'num' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {t.app.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {footer}
    </div>
  );
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Numbers as numbers, text in Chinese collation order (digits inside text by value). */
function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
