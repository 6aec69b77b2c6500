import { alignPlans } from '../../../src/align';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

const YUZHONG_LIFE = 'yuzhong-2021-2025-public-services/ind/1';
const CITY_LIFE = 'chongqing-2026-2030-social-development-draft/ind/23';
const CITED_LIFE = 'cited/重庆市十四五公共服务规划/ind/1';
const YONGCHUAN_LIFE = 'yongchuan-2021-2025-public-services/ind/11';

interface Step {
  depth: number;
  method: string;
  comparison: string;
  comparedYear: number | null;
  ahead: boolean | null;
  fromValue: string | null;
  toValue: string | null;
  to: {
    id: string;
    plan: { loaded: boolean };
    baseline: { raw: string; year: number } | null;
    target: { raw: string; year: number };
    source: { plan: { id: string }; lineStart: number };
  };
}

describe('roll-up stories over HTTP', () => {
  const { gql, service } = useService();

  it('3. rolls Yuzhong 人均预期寿命 up to the city 2025 value, its 2030 target and the cited 2025 target', async () => {
    const res = await gql<{ rollUp: { steps: Step[] } }>(
      `query($id: ID!) { rollUp(indicatorId: $id) { steps { depth method comparison comparedYear ahead fromValue toValue
          to { id plan { loaded } baseline { raw year } target { raw year } source { plan { id } lineStart } } } } }`,
      { id: YUZHONG_LIFE },
    );
    expect(res.errors).toBeUndefined();
    const steps = res.data!.rollUp.steps;
    const city = steps.find((s) => s.to.id === CITY_LIFE);
    const cited = steps.find((s) => s.to.id === CITED_LIFE);
    expect(city).toMatchObject({
      depth: 1,
      method: 'EXACT',
      comparison: 'ABOVE',
      comparedYear: 2025,
      ahead: true,
      fromValue: '81',
      toValue: '79.72',
    });
    expect(city?.to).toMatchObject({
      baseline: { raw: '79.72', year: 2025 },
      target: { raw: '80.5', year: 2030 },
      plan: { loaded: true },
    });
    expect(cited).toMatchObject({ depth: 1, method: 'CITED', comparison: 'ABOVE', toValue: '79.3' });
    // The cited municipal plan is not in the corpus: its target's provenance is the Yuzhong line.
    expect(cited?.to).toMatchObject({
      plan: { loaded: false },
      target: { raw: '79.3', year: 2025 },
      source: { plan: { id: 'yuzhong-2021-2025-public-services' }, lineStart: 74 },
    });
  });

  it('4. lists every district contributing to a municipal target side by side, and the districts that set none', async () => {
    const res = await gql<{
      contributions: {
        contributors: { from: { plan: { region: { name: string } }; target: { raw: string } }; comparison: string }[];
        missing: { region: { name: string } }[];
      };
    }>(
      `query($id: ID!) {
        contributions(indicatorId: $id) {
          contributors { from { plan { region { name } } target { raw } } comparison }
          missing { region { name } }
        }
      }`,
      { id: CITY_LIFE },
    );
    const side = Object.fromEntries(
      res.data!.contributions.contributors.map((c) => [c.from.plan.region.name, [c.from.target.raw, c.comparison]]),
    );
    expect(side).toEqual({
      长寿区: ['81', 'ABOVE'],
      江北区: ['79.5', 'BELOW'],
      永川区: ['79.3', 'BELOW'],
      渝中区: ['81', 'ABOVE'],
    });
    expect(res.data!.contributions.missing).toEqual([]);

    const sparse = await gql<{ contributions: { contributors: unknown[]; missing: { region: { name: string } }[] } }>(
      `{ contributions(indicatorId: "chongqing-2026-2030-social-development-draft/ind/3") { contributors { method } missing { region { name } } } }`,
    );
    expect(sparse.data!.contributions.contributors).toHaveLength(2);
    expect(sparse.data!.contributions.missing.map((m) => m.region.name)).toEqual(['长寿区', '江北区']);
  });

  it('5. gives a measure across all plans and regions: the analyst table', async () => {
    const res = await gql<{
      measure: {
        unit: string;
        aliases: string[];
        instances: { plan: { id: string }; name: string; target: { raw: string; year: number } }[];
      };
    }>(`{ measure(id: "life-expectancy") { unit aliases instances { plan { id } name target { raw year } } } }`);
    expect(res.data?.measure.unit).toBe('岁');
    expect(res.data?.measure.aliases).toContain('人口平均预期寿命');
    const table = Object.fromEntries(
      res.data!.measure.instances.map((i) => [i.plan.id, `${i.name} ${i.target.raw}@${i.target.year}`]),
    );
    expect(table).toEqual({
      'cited/重庆市十四五公共服务规划': '人均预期寿命 79.3@2025',
      'chongqing-2026-2030-social-development-draft': '人均预期寿命 80.5@2030',
      'changshou-2021-2025-social-livelihood': '人口平均预期寿命 81@2025',
      'jiangbei-2021-2025-public-services': '人口平均预期寿命 79.5@2025',
      'yongchuan-2021-2025-public-services': '人均预期寿命 79.3@2025',
      'yuzhong-2021-2025-public-services': '人均预期寿命 81@2025',
    });
    expect((await gql(`{ measure(id: "no-such-measure") { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('curates a link through the API: a rejection removes it and survives re-alignment', async () => {
    const mutation = `mutation($input: CurateRollUpInput!) { curateRollUp(input: $input) { decision by script } }`;
    const input = {
      fromIndicatorId: YONGCHUAN_LIFE,
      toIndicatorId: CITED_LIFE,
      decision: 'REJECT',
      note: 'test rejection',
    };
    expect((await gql(mutation, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const targets = async () =>
      (
        (
          await gql<{ indicator: { rollsUpTo: { to: { id: string } }[] } }>(
            `{ indicator(id: "${YONGCHUAN_LIFE}") { rollsUpTo { to { id } } } }`,
          )
        ).data?.indicator.rollsUpTo ?? []
      ).map((s) => s.to.id);
    expect(await targets()).toContain(CITED_LIFE);

    const res = await gql<{ curateRollUp: { decision: string; script: string } }>(
      mutation,
      { input },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.curateRollUp.decision).toBe('REJECT');
    expect(res.data?.curateRollUp.script).toContain(
      `MERGE (c:Curation {from: '${YONGCHUAN_LIFE}', to: '${CITED_LIFE}'})`,
    );
    expect(await targets()).not.toContain(CITED_LIFE);
    await alignPlans({ executor: service().executor });
    expect(await targets()).not.toContain(CITED_LIFE);

    await service().executor.write('MATCH (c:Curation {from: $from, to: $to}) DELETE c', {
      from: YONGCHUAN_LIFE,
      to: CITED_LIFE,
    });
    await alignPlans({ executor: service().executor });
    expect(await targets()).toContain(CITED_LIFE);
    const unknown = await gql(
      mutation,
      { input: { ...input, toIndicatorId: 'no/such' } },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
