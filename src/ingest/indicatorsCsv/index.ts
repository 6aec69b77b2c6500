import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { INDICATORS_CSV } from '../../files/kinds';
import { readInput } from '../../files/readInput';
import { asPlanError, PlanParseError } from '../errors';
import type { Indicator, IndicatorTable, LineSpan, ParseWarning } from '../types';
import { readHeader } from './columns';
import { csvRecords, type CsvRecord } from '../../files/csvRecords';
import { readCsvRows } from './rows';

/** The admin's `<name>.indicators.csv`, as read from disk; parsed once the plan's period is known. */
export interface IndicatorsCsv {
  /** The path as given, e.g. `plans/x.indicators.csv`; named in errors and stored as provenance. */
  file: string;
  bytes: Uint8Array;
}

export interface CsvTableReading {
  table: IndicatorTable;
  indicators: Indicator[];
  warnings: ParseWarning[];
}

export function indicatorsCsvPath(planPath: string): string {
  return planPath.replace(/\.(txt|docx|pdf|html?)$/i, '') + '.indicators.csv';
}

/** Reads `<name>.indicators.csv` next to the plan, or null when there is none. */
export function readIndicatorsCsv(planPath: string): IndicatorsCsv | null {
  const file = indicatorsCsvPath(planPath);
  if (!existsSync(file)) return null;
  try {
    return { file, bytes: readInput(file, INDICATORS_CSV) };
  } catch (err) {
    throw asPlanError(err);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface CsvTableContext {
  periodStart: number;
  periodEnd: number;
  /** Lines of the text's own indicator table, which the sidecar stands in for; null if the text has none. */
  replaced: LineSpan | null;
}

/**
 * Parses the sidecar table. Every malformed row is listed in one INDICATORS_CSV_INVALID error; a
 * missing baseline/target year falls back to the plan's period (periodStart − 1, periodEnd).
 */
export function parseIndicatorsCsv(csv: IndicatorsCsv, { replaced, ...period }: CsvTableContext): CsvTableReading {
  const invalid = (message: string, line: number | null = null) =>
    new PlanParseError('INDICATORS_CSV_INVALID', message, line);
  let text: string;
  try {
    text = utf8.decode(csv.bytes);
  } catch {
    throw invalid(
      `${csv.file}: the bytes are not valid UTF-8; expected a UTF-8 CSV file (save it from Excel as "CSV UTF-8")`,
    );
  }
  const [head, ...rows] = records(text, csv.file);
  if (head === undefined) throw invalid(`${csv.file}: expected a header row and indicator rows, found an empty file`);
  const header = readHeader(head.cells, csv.file, head.line);
  if (rows.length === 0) throw invalid(`${csv.file}: expected indicator rows under the header, found none`, head.line);
  const reading = readCsvRows(rows, { file: csv.file, header, ...period });
  if (reading.problems.length > 0) throw invalid(reading.problems.join('\n'), rows[0]?.line ?? null);

  const warnings = [...reading.warnings];
  if (reading.defaultedYears.size > 0) {
    const used = [...reading.defaultedYears].map(
      (f) => `${f} ${f === 'baselineYear' ? period.periodStart - 1 : period.periodEnd}`,
    );
    warnings.push({
      line: null,
      code: 'INDICATORS_CSV_YEAR_DEFAULT',
      message: `${csv.file}: some rows give no year, so the plan's period stands in: ${used.join(', ')}`,
    });
  }
  const table: IndicatorTable = {
    number: null,
    title: null,
    lines: [head.line, rows[rows.length - 1]?.endLine ?? head.line],
    columns: head.cells.map((c) => c.trim()),
    notes: [],
    sidecar: { file: csv.file, sha256: createHash('sha256').update(csv.bytes).digest('hex'), replaced },
  };
  return { table, indicators: reading.indicators, warnings };
}

/** The sidecar's CSV records, with a malformed CSV worded as a plan error at its line. */
function records(text: string, file: string): CsvRecord[] {
  try {
    return csvRecords(text);
  } catch (e) {
    const at = (e as { lines?: number }).lines;
    throw new PlanParseError(
      'INDICATORS_CSV_INVALID',
      `${file}${at === undefined ? '' : ` line ${at}`}: expected well-formed CSV, ${(e as Error).message}`,
      at ?? null,
    );
  }
}
