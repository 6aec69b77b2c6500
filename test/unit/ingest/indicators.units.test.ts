import { readFileSync } from 'node:fs';
import { LAYOUT_VARIANTS } from '../../../bench/corpus/layouts';
import { relayoutPlan } from '../../../bench/corpus/relayout';
import { readPlanFile } from '../../../src/ingest';
import { isUnit, splitNameUnit } from '../../../src/ingest/indicators/units';
import type { Indicator } from '../../../src/ingest/types';
import { parsePlan } from '../../../src/ingest/parsePlan';
import { readSidecar } from '../../../src/ingest/sidecar';

// Units other cities' and sectors' plans print (national outline, environment, energy, transport,
// health): a table whose rows carry them must read back the same in every layout, the units in
// their column or in brackets after the name.
const UNITS = [
  '1/10万',
  '‰',
  '微克/立方米',
  '吨标准煤/万元',
  '个百分点',
  '亿元',
  '万千瓦',
  '亿千瓦时',
  '立方米/万元',
  '万标箱',
  '公里/小时',
  'Mbps',
  '张/千人',
  '平方米/人',
  '万人次',
  '件',
  '元/人',
  '公顷',
];

describe('units', () => {
  it.each(UNITS)('%s is a unit, split from a name that ends with it in brackets', (unit) => {
    expect(isUnit(unit)).toBe(true);
    expect(splitNameUnit(`单位地区生产总值能耗（${unit}）`)).toEqual({ name: '单位地区生产总值能耗', unit });
  });

  it.each(['（累计）', '（新增）', '（助理）', '（教委提供专项规划）', '（2025年）', '（PM2.5）', '（一级）'])(
    'a name keeps %s: it is no unit',
    (bracket) => {
      expect(splitNameUnit(`指标${bracket}`)).toEqual({ name: `指标${bracket}`, unit: null });
    },
  );

  it('a value or a name is not a unit', () => {
    for (const word of ['13.5', '10万', '≥95', '应保尽保', '预期性', '人均预期寿命', '5G'])
      expect(isUnit(word)).toBe(false);
  });
});

describe.each([
  'plans/chongqing-2026-2030-social-development-draft.txt',
  'plans/jiangbei-2021-2025-public-services.txt',
])('%s with other units, re-laid out', (file) => {
  const original = readPlanFile(file);
  let k = 0;
  const swapped = {
    ...original,
    indicators: original.indicators.map((i) =>
      i.unit === null ? i : { ...i, unit: UNITS[k++ % UNITS.length] ?? null },
    ),
  };

  it.each(LAYOUT_VARIANTS.map((v) => [v.name, v.options] as const))(
    '%s: same rows, their units read',
    (_name, options) => {
      const variant = relayoutPlan(readFileSync(file, 'utf8'), swapped, options);
      const parsed = parsePlan(variant.text, { source: file, sidecar: readSidecar(file) });
      // Full-width digits (＞９５) are the same value printed wider: compare values on their numbers.
      const row = (i: Indicator) => [i.name, i.unit, i.baseline?.value ?? null, i.target?.value ?? null];
      expect(parsed.indicators.map(row)).toEqual(swapped.indicators.map(row));
      expect(parsed.warnings.filter((w) => /UNPLACED|ROW_SHAPE|SEQ_GAP|CELL_EMPTY/.test(w.code))).toEqual([]);
    },
  );
});
