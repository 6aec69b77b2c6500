import { capturedLog } from '../../helpers/capturedLog';
import { useService } from '../../helpers/service';
import { RowShapeError } from '../../../src/data/decode';
import { listDomains } from '../../../src/data/domains';
import { listGaps, listUnlinked } from '../../../src/data/gaps';
import { follow } from '../../../src/data/hops';
import { listIndicators, listMeasures } from '../../../src/data/indicators';
import { departmentResponsibilities } from '../../../src/data/itemHops';
import { indicatorMatrix } from '../../../src/data/matrix';
import { listPlans, listRegions } from '../../../src/data/plans';
import { listUnmeasured } from '../../../src/data/review';
import { missingTargets, rollUpSteps, rollUpTrace } from '../../../src/data/rollup';
import { search } from '../../../src/data/search';

// The data layer's reads decode every row they return (src/data/decode.ts, shapes.ts): on the
// bundled plans every row passes; a row the API cannot name (written here by hand) fails with
// the field that is wrong, and the API answers INTERNAL_SERVER_ERROR at its field, logging that.

const YUZHONG = 'yuzhong-2021-2025-public-services';
const YUZHONG_LIFE = `${YUZHONG}/ind/1`;
const CITY_LIFE = 'chongqing-2026-2030-social-development-draft/ind/23';
const YONGCHUAN_LIFE = 'yongchuan-2021-2025-public-services/ind/11';
const BAD = 'test-bad-row/';

describe('rows at the boundary, on the bundled graph', () => {
  const { log, lines } = capturedLog('error');
  const { gql, executor } = useService({ PLANGRAPH_CACHE_MB: '0' }, { log });

  it('the real reads decode every row of the bundled plans', async () => {
    const e = executor();
    const plans = await listPlans(e, {}, 0, 100);
    expect(plans.items.filter((p) => p.loaded).map((p) => p.id)).toContain(YUZHONG);
    expect(plans.totalCount).toBe(plans.items.length);
    const indicators = await listIndicators(e, {}, 0, 10_000);
    expect(indicators.items).toHaveLength(indicators.totalCount);
    const life = indicators.items.find((i) => i.id === YUZHONG_LIFE);
    expect(life).toMatchObject({
      name: '人均预期寿命',
      attribute: 'EXPECTED',
      targetRaw: '81',
      targetComparator: 'EQ',
    });

    const matrix = await indicatorMatrix(e, 'MEASURE', {}, 0, 10_000);
    const lifeRow = matrix.rows.find((r) => r.key === 'life-expectancy');
    expect(lifeRow?.cells.map((c) => c.indicator.id)).toEqual(expect.arrayContaining([YUZHONG_LIFE, CITY_LIFE]));

    const trace = await rollUpTrace(e, YUZHONG_LIFE);
    expect(trace.find((s) => s.to.id === CITY_LIFE)).toMatchObject({
      comparison: 'ABOVE',
      status: 'AHEAD',
      fromValue: '81',
      toValue: '79.72',
    });
    const [into] = await rollUpSteps(e, 'rolledUpFrom', [CITY_LIFE]);
    expect(into?.map((s) => s.from.id)).toEqual(expect.arrayContaining([YUZHONG_LIFE, YONGCHUAN_LIFE]));

    // Every other list read, and every hop from the nodes they return.
    const [measures, domains, regions, gaps, unlinked, unmeasured, hits] = await Promise.all([
      listMeasures(e),
      listDomains(e),
      listRegions(e, null),
      listGaps(e, {}, { offset: 0, limit: null }),
      listUnlinked(e, null, { offset: 0, limit: null }),
      listUnmeasured(e, null, 0, 10_000),
      search(e, '预期寿命', 50),
    ]);
    expect(measures.find((m) => m.id === 'life-expectancy')?.name).toBe('人均预期寿命');
    expect(domains.length).toBeGreaterThan(0);
    expect(regions.find((r) => r.code === 'chongqing/yuzhong')?.planCount).toBe(1);
    expect(gaps.items).toHaveLength(gaps.totalCount);
    expect(unlinked.items).toHaveLength(unlinked.totalCount);
    expect(unmeasured.items).toHaveLength(unmeasured.totalCount);
    expect(hits.map((h) => h.item.id)).toContain(YUZHONG_LIFE);
    await missingTargets(e, CITY_LIFE);
    const planIds = plans.items.map((p) => p.id);
    for (const hop of ['planRegion', 'planChapters', 'planGoals', 'planBoxes', 'planIndicators', 'planLoads'] as const)
      await follow(e, hop, planIds);
    await follow(
      e,
      'measureInstances',
      measures.map((m) => m.id),
    );
    await follow(
      e,
      'measureRelated',
      measures.map((m) => m.id),
    );
    await follow(
      e,
      'indicatorMeasureCandidate',
      indicators.items.map((i) => i.id),
    );
    const departments = (await e.read('MATCH (d:Department) RETURN d.id AS id')).map((r) => String(r.id));
    const responsibilities = (await departmentResponsibilities(e, departments)).flat();
    expect(responsibilities.length).toBeGreaterThan(0);
  });

  describe('a row the API cannot name', () => {
    /** The shape errors logged so far, as one text. */
    const loggedShapeErrors = () =>
      lines
        .map((l) => JSON.stringify(l))
        .filter((l) => l.includes('RowShapeError'))
        .join('\n');

    afterEach(async () => {
      // Leaves the bundled graph exactly as prepared, for the next suite.
      await executor().write(`MATCH (n) WHERE n.id STARTS WITH '${BAD}' DETACH DELETE n`);
      await executor().write('MATCH ()-[r:ROLLS_UP_TO {testBadRow: true}]->() DELETE r');
    });

    it('a plan with a level no PlanLevel has: the read names the field; the API answers INTERNAL_SERVER_ERROR and logs it', async () => {
      await executor().write(
        `CREATE (:Plan {id: '${BAD}plan', title: '坏行', level: 'province', loaded: true, periodStart: 2031, periodEnd: 2035})`,
      );
      const error = await listPlans(executor(), {}, 0, 100).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RowShapeError);
      expect((error as Error).message).toMatch(
        /^unexpected row from Neo4j: items\[0\]\.level should be municipal \| district, got "province"$/,
      );

      const res = await gql('{ plans(first: 5) { nodes { id title level } } }');
      expect(res.errors?.[0]).toMatchObject({ path: ['plans'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(res.errors?.[0]?.message).not.toMatch(/province/);
      const logged = lines.map((l) => JSON.stringify(l)).find((l) => l.includes('RowShapeError'));
      expect(logged).toMatch(/items\[0\]\.level should be municipal \| district, got \\"province\\"/);
    });

    it('an instance with a comparator no Comparator has, reached through a hop', async () => {
      await executor().write(
        `MATCH (m:Measure {id: 'life-expectancy'})
         CREATE (:Indicator {id: '${BAD}indicator', planId: '${YUZHONG}', seq: 999, name: '坏行', cumulative: false,
           targetRaw: '≥82', targetComparator: '>='})-[:MEASURES]->(m)`,
      );
      await expect(follow(executor(), 'measureInstances', ['life-expectancy'])).rejects.toThrow(
        /measureInstances\[\d+\]\.item\.targetComparator should be EQ \| GE \| LE \| GT \| LT \| APPROX, got ">="/,
      );
      // The planned queries check what they nest as deep as they planned it: the instance under its
      // measure, and the same indicator under its plan's page, each named by its response keys.
      const comparatorError = (path: string) =>
        new RegExp(`${path} should be EQ \\| GE \\| LE \\| GT \\| LT \\| APPROX, got \\\\">=\\\\"`);
      const measure = await gql(
        '{ measure(id: "life-expectancy") { name found: instances { id target { comparator } } } }',
      );
      expect(measure.errors?.[0]).toMatchObject({ path: ['measure'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(measure.errors?.[0]?.message).not.toMatch(/>=/);
      expect(loggedShapeErrors()).toMatch(comparatorError('item\\.found\\[\\d+\\]\\.targetComparator'));

      const plans = await gql(
        `{ plans(first: 50) { nodes { id listed: indicators(first: 100) { nodes { id target { comparator } } } } } }`,
      );
      expect(plans.errors?.[0]).toMatchObject({ path: ['plans'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(loggedShapeErrors()).toMatch(
        comparatorError('items\\[\\d+\\]\\.listed\\.items\\[\\d+\\]\\.targetComparator'),
      );
    });

    it('a roll-up link with a comparison the generated Comparison has not', async () => {
      await executor().write(
        `MATCH (a:Indicator {id: $from}), (b:Indicator {id: $to})
         CREATE (a)-[:ROLLS_UP_TO {method: 'exact', score: 1.0, comparison: 'HIGHER', ahead: true, testBadRow: true}]->(b)`,
        { from: YONGCHUAN_LIFE, to: CITY_LIFE },
      );
      await expect(rollUpSteps(executor(), 'rolledUpFrom', [CITY_LIFE])).rejects.toThrow(
        /steps\[\d+\]\.comparison should be ABOVE \| BELOW \| EQUAL \| NOT_COMPARABLE, got "HIGHER"/,
      );
      const res = await gql(`query($id: ID!) { rollUp(indicatorId: $id) { steps { comparison } } }`, {
        id: YONGCHUAN_LIFE,
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      // Checked at the boundary by the planned trace, not only when GraphQL serialises the enum.
      expect(loggedShapeErrors()).toMatch(/item\.steps\[\d+\]\.comparison should be ABOVE/);

      const contributions = await gql(
        `query($id: ID!) { contributions(indicatorId: $id) { contributors { from { id } comparison } } }`,
        { id: CITY_LIFE },
      );
      expect(contributions.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(loggedShapeErrors()).toMatch(/item\.contributors\[\d+\]\.comparison should be ABOVE/);
    });
  });
});
