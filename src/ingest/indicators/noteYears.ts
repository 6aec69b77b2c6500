import type { Note } from './cells';
import type { ColumnModel } from './columns';
import { halfWidthDigits } from './text';
import { FOOTNOTE_MARK } from './values';

/**
 * A header that names its value columns by role (基期值, 目标值) leaves their years to a note
 * (`注：基期为2020年，目标年为2025年`). Years the header already gives are kept.
 */
export function yearsFromNotes(model: ColumnModel, notes: readonly Note[]): ColumnModel {
  const text = halfWidthDigits(notes.map((n) => n.text).join(' '));
  const yearAfter = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m?.[1] !== undefined ? Number(m[1]) : null;
  };
  const base = yearAfter(/(?:基期|现状|基数|基准)[^0-9。；]{0,12}?((?:19|20)\d{2})/);
  const target = yearAfter(/(?:目标|规划|期末)[^0-9。；]{0,12}?((?:19|20)\d{2})/);
  const columns = model.columns.map((c, i) => {
    if (c.year !== null) return c;
    if (i === model.baseline && base !== null) return { ...c, year: base };
    if (i === model.target && target !== null) return { ...c, year: target };
    return c;
  });
  return { ...model, columns };
}

/**
 * Figures marked for another year than their column's: `60.6*` under 2020年 with the note
 * `带*的为2019年数据`. Returns the year each mark stands for.
 */
export function markedYears(notes: readonly Note[]): Map<string, number> {
  const marks = new Map<string, number>();
  const text = halfWidthDigits(notes.map((n) => n.text).join(' '));
  const said = new RegExp(`(?:带|标)?(${FOOTNOTE_MARK})(?:号)?(?:的|者)?(?:为|是|系)((?:19|20)\\d{2})年`, 'g');
  for (const m of text.matchAll(said))
    if (m[1] !== undefined && m[2] !== undefined) marks.set(m[1].replace('＊', '*'), Number(m[2]));
  return marks;
}
