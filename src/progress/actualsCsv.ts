import regionsJson from '../../data/regions.json';
import { catalogue as defaultCatalogue, resolveMeasure, type Catalogue } from '../align/catalogue';
import { normalUnit } from '../align/normalise';
import { readCellValue } from '../ingest/indicators/values';
import type { Comparator } from '../ingest/types';
import { csvRecords, type CsvRecord } from '../files/csvRecords';

/** One validated row of an actuals CSV, ready to write as an IMPORTED observation. */
export interface ActualRow {
  line: number;
  regionCode: string;
  measureId: string;
  year: number;
  raw: string;
  value: number;
  comparator: Comparator | null;
  cumulative: boolean;
  unit: string | null;
  source: string;
}

export class ActualsCsvError extends Error {
  override name = 'InputFileError';
  readonly code = 'OBSERVATIONS_CSV_INVALID';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

type Field = 'region' | 'measure' | 'indicator' | 'year' | 'value' | 'unit' | 'source';
const HEADINGS: ReadonlyMap<string, Field> = new Map([
  ['region', 'region'],
  ['地区', 'region'],
  ['measure', 'measure'],
  ['measureid', 'measure'],
  ['indicator', 'indicator'],
  ['指标', 'indicator'],
  ['指标名称', 'indicator'],
  ['year', 'year'],
  ['年份', 'year'],
  ['value', 'value'],
  ['数值', 'value'],
  ['unit', 'unit'],
  ['单位', 'unit'],
  ['source', 'source'],
  ['来源', 'source'],
]);

interface Region {
  code: string;
  name: string;
}
const REGIONS = (regionsJson as Region[]).flatMap((r): Array<[string, string]> => [
  [r.code, r.code],
  [r.name, r.code],
]);

/**
 * Reads an actuals CSV: a header naming region, measure (a measure id) or indicator (a printed
 * name the measure catalogue knows), year, value, unit and source, in any order, in English or
 * Chinese. Every row is checked and every problem reported at once, each naming the line and
 * column; one problem rejects the whole file.
 */
export function readActualsCsv(text: string, file: string, cat: Catalogue = defaultCatalogue): ActualRow[] {
  const records = readRecords(text, file);
  const [head, ...rows] = records;
  if (head === undefined)
    throw new ActualsCsvError([`${file}: expected a header row and rows of values, found an empty file`]);
  const problems: string[] = [];
  const header = new Map<Field, number>();
  head.cells.forEach((cell, i) => {
    const field = HEADINGS.get(cell.trim().toLowerCase());
    if (!field)
      problems.push(
        `${file} line ${head.line}: unknown column "${cell}"; expected ${[...new Set(HEADINGS.values())].join(', ')}`,
      );
    else if (header.has(field)) problems.push(`${file} line ${head.line}: column ${field} appears twice`);
    else header.set(field, i);
  });
  for (const f of ['region', 'year', 'value', 'source'] as const)
    if (!header.has(f)) problems.push(`${file} line ${head.line}: no ${f} column`);
  if (!header.has('measure') && !header.has('indicator'))
    problems.push(`${file} line ${head.line}: no measure or indicator column`);
  if (problems.length > 0) throw new ActualsCsvError(problems);
  if (rows.length === 0) throw new ActualsCsvError([`${file}: expected rows of values under the header, found none`]);

  const regions = new Map(REGIONS);
  const out: ActualRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of rows) {
    const at = (f: Field) => {
      const i = header.get(f);
      return i === undefined ? '' : (rec.cells[i] ?? '').trim();
    };
    const bad = (column: Field, what: string) => problems.push(`${file} line ${rec.line}, column ${column}: ${what}`);
    const before = problems.length;
    if (rec.cells.length > head.cells.length)
      bad('source', `the row has ${rec.cells.length} cells, the header ${head.cells.length}`);
    const regionCode = regions.get(at('region'));
    if (!regionCode)
      bad(
        'region',
        `expected a region code (chongqing/yuzhong) or name (渝中区) from data/regions.json, found "${at('region')}"`,
      );
    const measure = measureOf(cat, at('measure'), at('indicator'), at('unit'), bad);
    const yearText = at('year').replace(/年$/, '');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (year === null) bad('year', `expected a 4-digit year such as 2023, found "${at('year')}"`);
    const reading = readCellValue(at('value'));
    if (reading.cell.value === null)
      bad('value', `expected a number such as 80.9, ≥95 or 【12】, found "${at('value')}"`);
    const unit = at('unit') || null;
    if (measure && normalUnit(unit) !== normalUnit(measure.unit))
      bad(
        'unit',
        `expected ${measure.unit === null ? 'no unit' : `"${measure.unit}"`} (the unit of ${measure.id}), found "${unit ?? ''}"`,
      );
    if (!at('source'))
      bad('source', 'expected where the value comes from (a yearbook, a bulletin, a URL), found nothing');
    if (problems.length > before || !regionCode || !measure || year === null || reading.cell.value === null) continue;
    const key = `${regionCode}|${measure.id}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      bad('year', `${regionCode} ${measure.id} ${year} is already given on line ${first}`);
      continue;
    }
    seen.set(key, rec.line);
    out.push({
      line: rec.line,
      regionCode,
      measureId: measure.id,
      year,
      raw: reading.cell.raw,
      value: reading.cell.value,
      comparator: reading.cell.comparator,
      cumulative: reading.cell.raw.includes('【'),
      unit: measure.unit,
      source: at('source'),
    });
  }
  if (problems.length > 0) throw new ActualsCsvError(problems);
  return out;
}

function measureOf(cat: Catalogue, id: string, name: string, unit: string, bad: (column: Field, what: string) => void) {
  if (id) {
    const m = cat.byId.get(id);
    if (!m) bad('measure', `expected a measure id from data/measures.json (life-expectancy …), found "${id}"`);
    return m ?? null;
  }
  if (!name) {
    bad('indicator', 'expected a measure id or an indicator name, found neither');
    return null;
  }
  const r = resolveMeasure(cat, name, unit || null);
  if (r.measure) return r.measure;
  bad(
    'indicator',
    `"${name}" is not a name the measure catalogue knows${r.reason === 'unit-differs' ? ` in ${unit}` : ''}`,
  );
  return null;
}

function readRecords(text: string, file: string): CsvRecord[] {
  try {
    return csvRecords(text, { comments: true });
  } catch (e) {
    throw new ActualsCsvError([`${file}: expected well-formed CSV, ${(e as Error).message}`]);
  }
}
