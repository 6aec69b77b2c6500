import { PlanParseError } from '../errors';

/** The fields a row of `<name>.indicators.csv` can give; the header names them in any order. */
export type CsvField =
  | 'seq'
  | 'category'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'baselineYear'
  | 'target'
  | 'targetYear'
  | 'municipalTarget'
  | 'municipalTargetYear'
  | 'attribute'
  | 'cumulative';

/**
 * Accepted headings per field: the English field name (any case) or one of the Chinese headings a
 * printed table uses. Deliberately a closed list, documented in the README, so a typo is an error
 * rather than a silently ignored column.
 */
export const CSV_HEADINGS: Readonly<Record<CsvField, readonly string[]>> = {
  seq: ['序号'],
  category: ['类别', '领域'],
  name: ['指标', '指标名称'],
  unit: ['单位'],
  baseline: ['基期值', '基期'],
  baselineYear: ['基期年份'],
  target: ['目标值', '目标'],
  targetYear: ['目标年份'],
  municipalTarget: ['市级目标值', '市级目标'],
  municipalTargetYear: ['市级目标年份'],
  attribute: ['属性', '指标属性'],
  cumulative: ['累计'],
};

const REQUIRED: readonly CsvField[] = ['seq', 'name'];

const byHeading = new Map<string, CsvField>(
  (Object.entries(CSV_HEADINGS) as [CsvField, readonly string[]][]).flatMap(([field, zh]) => [
    [field.toLowerCase(), field] as const,
    ...zh.map((h) => [h, field] as const),
  ]),
);

/** Field by column position. */
export type CsvHeader = ReadonlyMap<CsvField, number>;

/** Maps the header row to fields; every unknown, repeated or missing column is listed in one error. */
export function readHeader(cells: readonly string[], file: string, line: number): CsvHeader {
  const header = new Map<CsvField, number>();
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    const heading = cell.replace(/\s+/g, '');
    const field = byHeading.get(heading) ?? byHeading.get(heading.toLowerCase());
    if (field === undefined) {
      problems.push(
        `${file} line ${line}, column ${i + 1}: expected one of the headings ${[...byHeading.keys()].join(', ')}, found "${cell}"`,
      );
    } else if (header.has(field)) {
      problems.push(
        `${file} line ${line}, column ${field}: the header names this column twice ("${cell}" at position ${i + 1})`,
      );
    } else {
      header.set(field, i);
    }
  });
  for (const field of REQUIRED.filter((f) => !header.has(f))) {
    problems.push(
      `${file} line ${line}: expected a ${field} column (${CSV_HEADINGS[field].join('/')}), found none in the header`,
    );
  }
  if (problems.length > 0) throw new PlanParseError('INDICATORS_CSV_INVALID', problems.join('\n'), line);
  return header;
}
