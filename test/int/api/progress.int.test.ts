import { readFileSync } from 'node:fs';
import { cli, cliOk } from '../../helpers/cli';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// Observations, achievement, trajectory and cascades on the bundled plans, over HTTP, against the
// real Neo4j. Figures are the plans' own: the city's 2025 values printed as the baselines of its
// 2026–2030 plan against the 2025 targets of the municipal 十四五 plan the districts' tables cite.
// The trajectories are driven by the clearly synthetic CSV under test/fixtures/observations.

const CITED = 'cited/重庆市十四五公共服务规划';
const ACTUALS = 'test/fixtures/observations/synthetic-actuals.csv';
const INVALID = 'test/fixtures/observations/synthetic-invalid.csv';

interface Verdicts {
  plan: { indicators: { nodes: Array<{ id: string; achievement: { verdict: string; reason: string } | null }> } };
}

describe('progress over time', () => {
  const { gql, executor } = useService();

  it('derives one STATED observation per measured baseline, each with its plan and lines', async () => {
    const rows = await executor().read(
      `MATCH (o:Observation) RETURN o.basis AS basis, count(*) AS n,
         sum(CASE WHEN o.planId IS NULL OR o.lineStart IS NULL OR o.sourceFile IS NULL THEN 1 ELSE 0 END) AS unsourced`,
    );
    expect(rows).toEqual([{ basis: 'STATED', n: 130, unsourced: 0 }]);
    const res = await gql<{ measure: { series: { observations: unknown[] } } }>(
      `{ measure(id: "life-expectancy") { series(region: "chongqing") {
          observations { year raw basis indicator { id } source { plan { id } file lineStart lineEnd citation } } } } }`,
    );
    expect(res.data!.measure.series.observations).toEqual([
      {
        year: 2025,
        raw: '79.72',
        basis: 'STATED',
        indicator: { id: 'chongqing-2026-2030-social-development-draft/ind/23' },
        source: {
          plan: { id: 'chongqing-2026-2030-social-development-draft' },
          file: 'plans/chongqing-2026-2030-social-development-draft.txt',
          lineStart: 180,
          lineEnd: 180,
          citation: '重庆市“十五五”社会发展规划',
        },
      },
    ]);
  });

  it("judges the city's cited 2025 targets against its 2025 values: 7 met, 2 not met, 19 without a 2025 value", async () => {
    const res = await gql<Verdicts>(
      `query($id: ID!) { plan(id: $id) { indicators(first: 100) { nodes { id achievement { verdict reason } } } } }`,
      { id: CITED },
    );
    expect(res.errors).toBeUndefined();
    expect(Number((res.extensions as { roundTrips: number }).roundTrips)).toBeLessThanOrEqual(4);
    const nodes = res.data!.plan.indicators.nodes;
    const by = (v: string | null) => nodes.filter((n) => (n.achievement?.verdict ?? null) === v);
    expect(nodes).toHaveLength(28);
    expect(by('MET')).toHaveLength(7);
    expect(by(null)).toHaveLength(19);
    expect(by('NOT_COMPARABLE')).toHaveLength(0);
    expect(by('NOT_MET')).toEqual([
      { id: `${CITED}/ind/9`, achievement: { verdict: 'NOT_MET', reason: 'observed 11.66 vs target 12' } },
      { id: `${CITED}/ind/16`, achievement: { verdict: 'NOT_MET', reason: 'observed 3.51 vs target 3.6' } },
    ]);
    expect(nodes.find((n) => n.id === `${CITED}/ind/26`)?.achievement).toEqual({
      verdict: 'MET',
      reason: 'observed ≥98 vs target ＞95',
    });
  });

  it("sums the four districts' new jobs against the city's target, with coverage 4/38", async () => {
    const res = await gql<{ measure: { cascade: unknown }; contributions: { cascade: unknown } }>(
      `{ measure(id: "new-urban-jobs") { kind cascade(year: 2025) {
           year kind coverage complete counted sum shareOfCity cityTarget { raw } districts { region { name } target { raw } } excluded } }
         contributions(indicatorId: "${CITED}/ind/10") { cascade { coverage sum } } }`,
    );
    expect(res.data!.measure).toEqual({
      kind: 'TOTAL',
      cascade: {
        year: 2025,
        kind: 'TOTAL',
        coverage: '4/38',
        complete: false,
        counted: 4,
        sum: 55,
        shareOfCity: 0.1833,
        cityTarget: { raw: '【＞300】' },
        districts: [
          { region: { name: '长寿区' }, target: { raw: '【8】' } },
          { region: { name: '江北区' }, target: { raw: '【15】' } },
          { region: { name: '永川区' }, target: { raw: '【12】' } },
          { region: { name: '渝中区' }, target: { raw: '【20】' } },
        ],
        excluded: [],
      },
    });
    expect(res.data!.contributions.cascade).toEqual({ coverage: '4/38', sum: 55 });
  });

  it("spreads the districts' life expectancy targets around the city's 2025 target", async () => {
    const res = await gql<{ measure: { cascade: unknown } }>(
      `{ measure(id: "life-expectancy") { cascade(year: 2025) { kind coverage sum min median max above equal below cityTarget { raw } } } }`,
    );
    expect(res.data!.measure.cascade).toEqual({
      kind: 'RATE',
      coverage: '4/38',
      sum: null,
      min: 79.3,
      median: 80.25,
      max: 81,
      above: 3,
      equal: 1,
      below: 0,
      cityTarget: { raw: '79.3' },
    });
  });

  it('imports the synthetic actuals atomically and idempotently, and they drive trajectories', async () => {
    const bad = await cli('observations', 'import', INVALID);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`error [OBSERVATIONS_CSV_INVALID]: ${INVALID} line 4, column region:`);
    expect(bad.stderr).toContain(`${INVALID} line 10, column source:`);
    const count = async () =>
      (await executor().read(`MATCH (o:Observation {basis: 'IMPORTED'}) RETURN count(o) AS n`))[0]?.n;
    expect(await count()).toBe(0);

    const first = await cliOk('observations', 'import', ACTUALS);
    expect(first.stdout).toMatch(/6 observations imported, 6 new or changed \(0 unchanged\)/);
    const again = await cliOk('observations', 'import', ACTUALS);
    expect(again.stdout).toMatch(/6 observations imported, 0 new or changed \(6 unchanged\)/);
    expect(await count()).toBe(6);
    const audit = await executor().read(
      `MATCH (l:Load {kind: 'observations'}) RETURN l.rows AS rows, l.changed AS changed ORDER BY l.changed DESC`,
    );
    expect(audit).toEqual([
      { rows: 6, changed: 6 },
      { rows: 6, changed: 0 },
    ]);

    const res = await gql<{ [k: string]: { trajectory: unknown; achievement?: unknown } }>(
      `{ yuzhong: indicator(id: "yuzhong-2021-2025-public-services/ind/1") {
           trajectory { status expected gap gapYears observed { year raw basis } }
           achievement { verdict reason observed { basis source { file lineStart citation } } } }
         yongchuan: indicator(id: "yongchuan-2021-2025-public-services/ind/11") { trajectory { status gapYears } }
         jiangbei: indicator(id: "jiangbei-2021-2025-public-services/ind/12") { trajectory { status gapYears } }
         unemployment: indicator(id: "chongqing-2026-2030-social-development-draft/ind/1") { trajectory { status expected gap gapYears } }
         pension: indicator(id: "chongqing-2026-2030-social-development-draft/ind/3") { trajectory { status expected gapYears } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      yuzhong: {
        trajectory: {
          status: 'ON_TRACK',
          expected: 80.912,
          gap: 0.008,
          gapYears: 0.1818,
          observed: { year: 2023, raw: '80.92', basis: 'IMPORTED' },
        },
        achievement: {
          verdict: 'MET',
          reason: 'observed 81.1 vs target 81',
          observed: {
            basis: 'IMPORTED',
            source: { file: ACTUALS, lineStart: 6, citation: 'SYNTHETIC test row (not a statistic)' },
          },
        },
      },
      yongchuan: { trajectory: { status: 'AHEAD', gapYears: 1.5652 } },
      jiangbei: { trajectory: { status: 'BEHIND', gapYears: -2.8387 } },
      unemployment: { trajectory: { status: 'AHEAD', expected: 5.38, gap: -0.18, gapYears: 4.5 } },
      pension: { trajectory: { status: 'ON_TRACK', expected: 2672.6, gapYears: 0.2222 } },
    });

    // Realigning derives the STATED observations again and leaves the imported ones alone.
    await cliOk('align', '--all');
    expect(await count()).toBe(6);
  });

  it('imports over the API as the CLI does: admins only, refused whole with lines, the same file changes nothing', async () => {
    const IMPORT = `mutation($input: ImportObservationsInput!) { importObservations(input: $input) { id name rows changed by } }`;
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const imported = async () =>
      (await executor().read(`MATCH (o:Observation {basis: 'IMPORTED'}) RETURN o {.*} AS o ORDER BY o.id`)).map(
        (r) => r.o,
      );
    const before = await imported();
    expect(before).toHaveLength(6);

    const anonymous = await gql(IMPORT, { input: { name: ACTUALS, csv: readFileSync(ACTUALS, 'utf8') } });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const invalid = await gql(IMPORT, { input: { name: 'invalid.csv', csv: readFileSync(INVALID, 'utf8') } }, auth);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0]?.message).toContain('invalid.csv line 4, column region:');
    expect(invalid.errors?.[0]?.message).toContain('invalid.csv line 10, column source:');

    // The file the CLI imported, sent as text under the same name: the same observations, none changed.
    const again = await gql<{ importObservations: { id: string; rows: number; changed: number; by: string } }>(
      IMPORT,
      { input: { name: ACTUALS, csv: readFileSync(ACTUALS, 'utf8') } },
      auth,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.importObservations).toMatchObject({ rows: 6, changed: 0 });
    expect(await imported()).toEqual(before);
    const [record] = await executor().read(
      `MATCH (l:Load {id: $id}) RETURN l.kind AS kind, l.by AS by, l.requestId AS requestId, l.clientAddress IS NOT NULL AS hasAddress`,
      { id: again.data!.importObservations.id },
    );
    const by = again.data!.importObservations.by;
    expect(record).toEqual({ kind: 'observations', by, requestId: by.replace(/^api:/, ''), hasAddress: true });
  });
});
