import { RowShapeError, type Decoder } from '../../../src/data/decode';
import * as shapes from '../../../src/data/shapes';
import * as progress from '../../../src/data/progress/shapes';

// Node rows as the bundled graph returns them (trimmed to the fields that matter; copied from
// `{.*, label}` projections of a database `npm start` prepared) and maps shaped as the queries in
// src/data build them, each beside rows that are wrong in one field.
const plan = {
  label: 'Plan',
  id: 'changshou-2021-2025-social-livelihood',
  title: '重庆市长寿区社会民生事业第十四个五年发展规划',
  level: 'district',
  loaded: true,
  periodStart: 2021,
  periodEnd: 2025,
  fromSidecar: [],
};
const region = {
  label: 'Region',
  code: 'chongqing/wanzhou',
  level: 'district',
  name: '万州区',
  fullName: '重庆市万州区',
};
const chapter = {
  label: 'Chapter',
  id: 'changshou-2021-2025-social-livelihood/p1',
  kind: 'part',
  text: null,
  textOmitted: true,
  planId: 'changshou-2021-2025-social-livelihood',
  lineStart: 50,
  lineEnd: 121,
  order: 1,
};
const goal = {
  label: 'Goal',
  id: 'changshou-2021-2025-social-livelihood/goal/1',
  text: '结合国家战略布局…',
  planId: 'p',
};
const indicator = {
  label: 'Indicator',
  id: 'yuzhong-2021-2025-public-services/ind/1',
  planId: 'yuzhong-2021-2025-public-services',
  seq: 1,
  name: '人均预期寿命',
  attribute: 'EXPECTED',
  cumulative: false,
  baselineRaw: '80.78',
  baselineComparator: 'EQ',
  targetRaw: '81',
  targetComparator: 'EQ',
  municipalTargetRaw: '79.3',
  municipalTargetComparator: 'EQ',
};
const measure = { label: 'Measure', id: 'life-expectancy', name: '人均预期寿命', unit: '岁', higherIsBetter: true };
const department = { label: 'Department', id: 'chongqing/dept/发展改革委', name: '市发展改革委', level: 'municipal' };
const domain = { label: 'Domain', id: 'employment', name: 'Employment', nameZh: '就业创业' };

/** Accepts `good` as it is, and refuses each wrong row with an error naming `path`. */
function checks<T>(decode: Decoder<T>, good: unknown, wrong: [row: unknown, path: string][]) {
  expect(decode(good, 'row')).toEqual(good);
  for (const [row, path] of wrong) {
    let error: unknown;
    try {
      decode(row, 'row');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RowShapeError);
    expect((error as RowShapeError).path).toBe(path);
    expect((error as Error).message).toContain(`${path} should be`);
  }
}

describe('the row shape of each record', () => {
  it('nodes: label, key and enum fields', () => {
    checks(shapes.plan, plan, [
      [{ ...plan, label: 'Region' }, 'row.label'],
      [{ ...plan, id: 7 }, 'row.id'],
      [{ ...plan, level: 'province' }, 'row.level'],
      [{ ...plan, loaded: 'yes' }, 'row.loaded'],
    ]);
    checks(shapes.region, region, [
      [{ ...region, code: undefined }, 'row.code'],
      [{ ...region, level: 'town' }, 'row.level'],
      [{ ...region, level: null }, 'row.level'],
    ]);
    checks(shapes.chapter, chapter, [[{ ...chapter, kind: 'article' }, 'row.kind']]);
    checks(shapes.goal, goal, [[{ ...goal, label: 'Chapter' }, 'row.label']]);
    checks(shapes.indicator, indicator, [
      [{ ...indicator, attribute: 'expected' }, 'row.attribute'],
      [{ ...indicator, basis: 'guessed' }, 'row.basis'],
      [{ ...indicator, targetComparator: '>=' }, 'row.targetComparator'],
      [{ ...indicator, municipalTargetComparator: 'about' }, 'row.municipalTargetComparator'],
    ]);
    checks(shapes.measure, measure, [['life-expectancy', 'row']]);
    checks(shapes.department, department, [[{ ...department, level: 'county' }, 'row.level']]);
    checks(shapes.domain, domain, [[{ ...domain, id: null }, 'row.id']]);
  });

  it('a node a planned query projected carries only the selected fields: those are checked', () => {
    expect(shapes.plan({ label: 'Plan', id: 'p', title: 't' }, 'row')).toBeDefined();
    expect(() => shapes.plan({ label: 'Plan', id: 'p', level: 'city' }, 'items[0]')).toThrow(/items\[0\]\.level/);
  });

  it('unions: by label, only the labels the union allows', () => {
    checks(shapes.searchable, plan, [
      [{ ...measure }, 'row.label'],
      [{ ...chapter, kind: 'x' }, 'row.kind'],
    ]);
    checks(shapes.item, indicator, [[plan, 'row.label']]);
    expect(() => shapes.item(plan, 'row')).toThrow(
      /row\.label should be 'Chapter' \| 'Goal' \| 'Indicator' \| 'Project', got "Plan"/,
    );
  });

  it('maps a query builds: every field, nested nodes included', () => {
    checks(shapes.domainTag, { domain, basis: 'stated', evidence: null }, [
      [{ domain, basis: 'STATED', evidence: null }, 'row.basis'],
      [{ domain: region, basis: 'stated', evidence: null }, 'row.domain.label'],
    ]);
    const responsibility = { department, item: goal, basis: 'inferred', evidence: '牵头', method: 'lead', planId: 'p' };
    checks(shapes.responsibility, responsibility, [
      [{ ...responsibility, item: measure }, 'row.item.label'],
      [{ ...responsibility, department: { ...department, level: 'x' } }, 'row.department.level'],
    ]);
    checks(shapes.alignment, { target: chapter, score: 0.4, basis: 'inferred', method: 'similar' }, [
      [{ target: goal, score: '0.4', basis: 'inferred', method: null }, 'row.score'],
    ]);
    checks(shapes.measureReview, { indicator, candidate: { measure, score: 0.7, reason: 'r' }, reason: 'x' }, [
      [{ indicator, candidate: { measure, score: 0.7 }, reason: 'x' }, 'row.candidate.reason'],
    ]);
    const gap = { indicator, plansWith: ['a'], plansWithout: ['b'], supported: true };
    checks(shapes.gap, gap, [[{ ...gap, plansWithout: ['b', 3] }, 'row.plansWithout[1]']]);
    checks(shapes.missingTarget, { region, plans: [plan] }, [
      [{ region, plans: [{ ...plan, label: 'Load' }] }, 'row.plans[0].label'],
    ]);
    checks(shapes.domainWithCounts, { ...domain, chapterCount: 3, goalCount: 1, indicatorCount: 4, projectCount: 0 }, [
      [{ ...domain, chapterCount: 3, goalCount: 1, indicatorCount: 4 }, 'row.projectCount'],
    ]);
    checks(shapes.regionWithCounts, { ...region, planCount: 1, indicatorCount: 40 }, [
      [{ ...region, planCount: 1, indicatorCount: '40' }, 'row.indicatorCount'],
    ]);
    checks(shapes.tagged(shapes.indicator), { node: indicator, basis: 'cited', evidence: null }, [
      [{ node: chapter, basis: 'cited', evidence: null }, 'row.node.label'],
    ]);
  });

  it('progress rows', () => {
    const observation = { id: 'stated/x', basis: 'STATED', year: 2020, raw: '80.78', value: 80.78, comparator: 'EQ' };
    checks(progress.observation, observation, [
      [{ ...observation, basis: 'stated' }, 'row.basis'],
      [{ ...observation, year: '2020' }, 'row.year'],
    ]);
    const context = {
      indicatorId: indicator.id,
      planId: indicator.planId,
      regionCode: 'chongqing/yuzhong',
      cumulative: false,
      baselineComparator: 'EQ',
      targetComparator: 'EQ',
      measure: { id: 'life-expectancy', unit: '岁', higherIsBetter: true, kind: 'rate' },
      observations: [observation],
    };
    checks(progress.targetContext, context, [
      [{ ...context, measure: { ...context.measure, kind: 'count' } }, 'row.measure.kind'],
      [{ ...context, observations: [{ ...observation, comparator: '≈' }] }, 'row.observations[0].comparator'],
    ]);
  });
});
