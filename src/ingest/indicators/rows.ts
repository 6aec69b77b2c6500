import type { Indicator, IndicatorAttribute, ParseWarning, YearValue } from '../types';
import type { Cell, Note, RawRow } from './cells';
import type { ColumnModel } from './columns';
import { seqAndName } from './numbering';
import { compact, statesNothing } from './text';
import { splitNameUnit, unitCell } from './units';
import { markedYears } from './noteYears';
import { footnoteMark, readCellValue, type ValueReading } from './values';

const ISSUE_TEXT = {
  RANGE: 'is a range; value left null rather than picking one end',
  QUALIFIED: 'carries a bracketed note; the number is read, the note stays in raw',
  UNPARSED: 'holds a number that could not be read; value left null',
} as const;

/** Turns raw rows into indicators. Category rows and merged (empty) category cells carry the last category down. */
export function readIndicators(
  rows: readonly RawRow[],
  model: ColumnModel,
  notes: readonly Note[],
): { indicators: Indicator[]; warnings: ParseWarning[] } {
  const indicators: Indicator[] = [];
  const warnings: ParseWarning[] = [];
  const warn = (line: number, code: string, message: string): void => {
    warnings.push({ line, code, message });
  };
  const width = model.columns.length;
  const marks = markedYears(notes);
  let category: string | null = null;
  let expected = 1;
  for (const row of rows) {
    const first = row.cells[0] as Cell;
    if (row.kind === 'category') {
      category = categoryName(first.text);
      continue;
    }
    const at = (i: number | null): Cell | null => (i === null ? null : (row.cells[i] ?? null));
    const numbered = seqAndName(at(model.seq)?.text ?? '', at(model.name)?.text ?? '', model.numbering);
    const seq = numbered.seq ?? expected;
    if (seq !== expected) warn(first.line, 'INDICATOR_SEQ_GAP', `indicator row 序号 ${seq} follows ${expected - 1}`);
    expected = seq + 1;
    if (row.cells.length !== width) {
      warn(
        first.line,
        'INDICATOR_ROW_SHAPE',
        `indicator row ${seq} has ${row.cells.length} cells, the header has ${width}; cells were read by position`,
      );
    }
    const categoryText = at(model.category)?.text ?? '';
    if (categoryText !== '') category = categoryName(categoryText);

    const printed = splitNameUnit(numbered.name);
    const columnUnit = model.unit === null ? null : unitCell(at(model.unit)?.text ?? '');
    if (printed.unit && columnUnit && compact(printed.unit) !== compact(columnUnit)) {
      warn(
        first.line,
        'INDICATOR_UNIT_CONFLICT',
        `indicator row ${seq}: the name says （${printed.unit}） but the unit column says ${columnUnit}; using ${printed.unit}`,
      );
    }
    if (printed.name === '') warn(first.line, 'INDICATOR_NAME_MISSING', `indicator row ${seq} has no name`);

    const readings: ValueReading[] = [];
    /** A value kept for the row: read, with what the reading could not settle said. */
    const kept = (reading: ValueReading, cell: Cell | null, label: string): void => {
      readings.push(reading);
      if (reading.issue)
        warn(
          cell?.line ?? first.line,
          `INDICATOR_VALUE_${reading.issue}`,
          `indicator row ${seq} ${label} "${reading.cell.raw}" ${ISSUE_TEXT[reading.issue]}`,
        );
    };
    const value = (i: number | null, label: string): YearValue | null => {
      if (i === null) return null;
      const cell = at(i);
      const reading = readCellValue(cell?.text ?? '');
      kept(reading, cell, label);
      if (!cell || cell.text === '')
        warn(first.line, 'INDICATOR_CELL_EMPTY', `indicator row ${seq} has no ${label} value`);
      const mark = footnoteMark(reading.cell.raw);
      const markedYear = mark === null ? undefined : marks.get(mark);
      return { ...reading.cell, year: markedYear ?? model.columns[i]?.year ?? null };
    };
    const baseline = value(model.baseline, 'baseline');
    const inYear = value(model.target, 'target');
    const municipalTarget = value(model.reference, 'municipal target');
    const target = periodTarget(inYear, at(model.period), model, kept, (message) =>
      warn(first.line, 'INDICATOR_PERIOD_FIGURE_UNUSED', `indicator row ${seq}: ${message}`),
    );

    const attributeCell = at(model.attribute);
    const attribute = attributeOf(attributeCell?.text ?? '');
    if (model.attribute !== null && attribute === null) {
      warn(
        attributeCell?.line ?? first.line,
        'INDICATOR_ATTRIBUTE_UNKNOWN',
        `indicator row ${seq} attribute "${attributeCell?.text ?? ''}" is neither 预期性 nor 约束性`,
      );
    }
    indicators.push({
      seq,
      category,
      name: printed.name,
      unit: printed.unit ?? columnUnit,
      baseline,
      target,
      municipalTarget,
      attribute,
      cumulative: readings.some((r) => r.bracketed) || declaredCumulative(printed.name, notes),
      // A wrapped name can start above the 序号 line (cells centred in their row).
      lines: [Math.min(...row.cells.map((c) => c.line)), Math.max(...row.cells.map((c) => c.endLine))],
    });
  }
  // Unnumbered rows are numbered by their order: say so, as the numbers are not the plan's own.
  if (model.numbering === 'none' && indicators.length > 0)
    warnings.push({
      line: indicators[0]?.lines[0] ?? null,
      code: 'INDICATOR_SEQ_INFERRED',
      message: `the indicator table numbers none of its ${indicators.length} rows; seq is each row's order in the table`,
    });
  return { indicators, warnings };
}

const stated = (v: YearValue | null): boolean => v !== null && !statesNothing(v.raw);

/**
 * The row's target: its target year's figure, or — where that cell is empty or a dash and the
 * table has a 年均/累计 column — the period's figure (`>7`, `〔13.5〕`, 与GDP增长基本同步), for the
 * target year, with the heading it was printed under.
 */
function periodTarget(
  inYear: YearValue | null,
  cell: Cell | null,
  model: ColumnModel,
  kept: (reading: ValueReading, cell: Cell, label: string) => void,
  unused: (message: string) => void,
): YearValue | null {
  if (model.period === null || !cell) return inYear;
  const reading = readCellValue(cell.text);
  const heading = model.columns[model.period]?.heading ?? '';
  const year = model.target === null ? null : (model.columns[model.target]?.year ?? null);
  if (!stated({ ...reading.cell, year })) return inYear;
  if (inYear && stated(inYear)) {
    unused(`the target is the ${inYear.year ?? ''} figure ${inYear.raw}; ${heading} ${reading.cell.raw} is not kept`);
    return inYear;
  }
  kept(reading, cell, `${heading} target`);
  return { ...reading.cell, year: inYear?.year ?? year, heading };
}

/** `一、人口` → `人口`: the ordinal only orders the groups. */
function categoryName(text: string): string {
  return (
    text
      .replace(/^[（(]?[一二三四五六七八九十]+[)）]?[、.．]?\s*/, '')
      .replace(/^\d+[、.．]\s*/, '')
      .trim() || text
  );
}

function attributeOf(text: string): IndicatorAttribute | null {
  const t = compact(text);
  if (t.includes('预期')) return 'EXPECTED';
  if (t.includes('约束')) return 'BINDING';
  return null;
}

/**
 * A note such as `城镇新增就业人数为五年累计数` declares that indicator cumulative. A note line often
 * holds several notes (`①〔〕内为5年累计数。②…③能源综合生产能力指…之和。`): the name and 累计 must
 * stand in the same one.
 */
function declaredCumulative(name: string, notes: readonly Note[]): boolean {
  const key = compact(name);
  const parts = notes.flatMap((n) => n.text.split(/(?=[①-⑳])|[。；;]/));
  return key !== '' && parts.some((p) => p.includes('累计') && compact(p).includes(key));
}
