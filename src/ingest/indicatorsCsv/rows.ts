import { readCellValue } from '../indicators/values';
import type { Indicator, IndicatorAttribute, ParseWarning, YearValue } from '../types';
import type { CsvRecord } from '../../files/csvRecords';
import type { CsvField, CsvHeader } from './columns';

export interface RowContext {
  file: string;
  header: CsvHeader;
  periodStart: number;
  periodEnd: number;
}

type ValueField = 'baseline' | 'target' | 'municipalTarget';
type YearField = `${ValueField}Year`;

export interface RowsReading {
  indicators: Indicator[];
  warnings: ParseWarning[];
  /** Every malformed cell, each naming file, line and column. */
  problems: string[];
  /** Year columns some row left empty, so the plan's period stood in. */
  defaultedYears: Set<YearField>;
}

const ATTRIBUTES: ReadonlyMap<string, IndicatorAttribute> = new Map([
  ['预期性', 'EXPECTED'],
  ['预期', 'EXPECTED'],
  ['expected', 'EXPECTED'],
  ['约束性', 'BINDING'],
  ['约束', 'BINDING'],
  ['binding', 'BINDING'],
]);
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['是', true],
  ['否', false],
]);

/**
 * Reads the data rows. Values go through the text parser's `readCellValue`, so a cell means what
 * the same text printed in a plan's table means; a word (应保尽保) is a value without a number.
 * An empty category repeats the one above, as a merged cell does in a printed table.
 */
export function readCsvRows(records: readonly CsvRecord[], ctx: RowContext): RowsReading {
  const out: RowsReading = { indicators: [], warnings: [], problems: [], defaultedYears: new Set() };
  const firstLineOfSeq = new Map<number, number>();
  let category: string | null = null;
  for (const record of records) {
    const at = (field: CsvField): string | null => {
      const i = ctx.header.get(field);
      return i === undefined ? null : (record.cells[i] ?? '').trim();
    };
    const problem = (column: string, text: string) =>
      out.problems.push(`${ctx.file} line ${record.line}, column ${column}: ${text}`);

    if (record.cells.length > ctx.header.size) {
      problem(
        String(ctx.header.size + 1),
        `expected at most ${ctx.header.size} cells (one per header column), found ${record.cells.length}`,
      );
    }
    const seqText = at('seq') ?? '';
    const seq = /^\d+$/.test(seqText) ? Number(seqText) : null;
    if (seq === null) problem('seq', `expected a whole number such as 7, found "${seqText}"`);
    else if (firstLineOfSeq.has(seq))
      problem('seq', `expected each seq once, found ${seq} again (first at line ${firstLineOfSeq.get(seq)})`);
    else firstLineOfSeq.set(seq, record.line);

    const name = (at('name') ?? '').replace(/\s+/g, ' ');
    if (name === '') problem('name', 'expected the indicator name, found an empty cell');
    category = at('category') || category;

    const readings: boolean[] = [];
    const value = (field: ValueField): YearValue | null => {
      const raw = at(field);
      if (raw === null) return null;
      const reading = readCellValue(raw);
      readings.push(reading.bracketed);
      if (reading.issue === 'UNPARSED') {
        problem(field, `expected a value like 95, ≥95, 【8】 or 95左右 (or a word such as 应保尽保), found "${raw}"`);
      } else if (reading.issue !== null) {
        out.warnings.push({
          line: null,
          code: `INDICATOR_VALUE_${reading.issue}`,
          message:
            `${ctx.file} line ${record.line}, column ${field}: "${reading.cell.raw}" ` +
            (reading.issue === 'RANGE'
              ? 'is a range; value left null'
              : 'carries a bracketed note; the number is read, the note stays in raw'),
        });
      }
      return {
        ...reading.cell,
        year: year(`${field}Year`, field === 'baseline' ? ctx.periodStart - 1 : ctx.periodEnd),
      };
    };
    const year = (field: YearField, fallback: number): number | null => {
      const text = at(field) ?? '';
      if (text === '') {
        out.defaultedYears.add(field);
        return fallback;
      }
      const m = /^(\d{4})年?$/.exec(text);
      if (m?.[1] === undefined) problem(field, `expected a 4-digit year such as ${fallback}, found "${text}"`);
      return m?.[1] === undefined ? null : Number(m[1]);
    };
    const baseline = value('baseline');
    const target = value('target');
    const municipalTarget = value('municipalTarget');

    const attributeText = at('attribute') ?? '';
    const attribute = ATTRIBUTES.get(attributeText.toLowerCase()) ?? null;
    if (attributeText !== '' && attribute === null)
      problem('attribute', `expected 预期性 or 约束性 (or EXPECTED, BINDING), found "${attributeText}"`);

    const cumulativeText = at('cumulative') ?? '';
    const stated = BOOLEANS.get(cumulativeText.toLowerCase());
    if (cumulativeText !== '' && stated === undefined)
      problem('cumulative', `expected true or false (or 是, 否), found "${cumulativeText}"`);

    out.indicators.push({
      seq: seq ?? 0,
      category,
      name,
      unit: at('unit') || null,
      baseline,
      target,
      municipalTarget,
      attribute,
      cumulative: stated ?? readings.some((b) => b),
      lines: [record.line, record.endLine],
      sidecar: { file: ctx.file },
    });
  }
  return out;
}
