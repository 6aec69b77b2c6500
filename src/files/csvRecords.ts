import { parse, type InfoRecord } from 'csv-parse/sync';

/** One CSV record with the lines it spans (a quoted cell may hold a line break). */
export interface CsvRecord {
  line: number;
  endLine: number;
  cells: string[];
}

/**
 * CSV records with the lines they span, for the CSVs admins hand over (the indicator sidecar, the
 * actuals). Line ends are made LF first: csv-parse counts a CRLF as two lines, and the line numbers
 * are what every error message points the admin at. `comments`: lines starting with # are skipped.
 * Throws csv-parse's error (with its `lines`) on malformed CSV; the caller words it.
 */
export function csvRecords(text: string, { comments = false }: { comments?: boolean } = {}): CsvRecord[] {
  const out: CsvRecord[] = [];
  const keep = (cells: string[], info: InfoRecord): null => {
    // A record spans more than one line only through line breaks inside quoted cells.
    const breaks = cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
    out.push({ line: info.lines - breaks, endLine: info.lines, cells });
    return null;
  };
  parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    ...(comments ? { comment: '#', comment_no_infix: true } : {}),
    on_record: keep,
  });
  return out;
}
