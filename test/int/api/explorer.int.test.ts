import { alignPlans } from '../../../src/align';
import { useService } from '../../helpers/service';

// What the explorer app asks of the API, against the five bundled plans: comparison status and
// filters, the parent value each target was compared with, items by domain, the roll-up gaps and
// the measure × region × period matrix. The figures are the plans' own (see the comments).

const CITY = 'chongqing-2026-2030-social-development-draft';
const CITY_LIFE = `${CITY}/ind/23`;
const CITED_LIFE = 'cited/重庆市十四五公共服务规划/ind/1';

interface Link {
  comparison: string;
  status: string;
  ahead: boolean | null;
  comparedWith: { kind: string } | null;
}

describe('explorer queries over HTTP', () => {
  // The read cache is off, so round trips count the resolvers' own queries.
  const { gql, service } = useService({ PLANGRAPH_CACHE_MB: '0' });

  describe('comparison status', () => {
    it('never reads an EQUAL pair as behind: 37 EQUAL links have status EQUAL (and the deprecated ahead false)', async () => {
      const res = await gql<{ indicators: { totalCount: number; nodes: { rollsUpTo: Link[] }[] } }>(
        `{ indicators(filter: { rollsUp: {} }, first: 100) { totalCount
            nodes { rollsUpTo { comparison status ahead comparedWith { kind } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      // 91 indicators roll up, through the 118 links `plangraph align` reports.
      expect(res.data!.indicators.totalCount).toBe(91);
      const links = res.data!.indicators.nodes.flatMap((n) => n.rollsUpTo);
      expect(links).toHaveLength(118);
      const tally = (key: (l: Link) => string) =>
        links.reduce<Record<string, number>>((acc, l) => ({ ...acc, [key(l)]: (acc[key(l)] ?? 0) + 1 }), {});
      expect(tally((l) => l.comparison)).toEqual({ ABOVE: 40, BELOW: 18, EQUAL: 37, NOT_COMPARABLE: 23 });
      expect(tally((l) => l.status)).toEqual({ AHEAD: 41, BEHIND: 17, EQUAL: 37, NOT_COMPARABLE: 23 });
      // Ahead and behind follow the measure's direction: a BELOW can be AHEAD (unemployment) and an ABOVE BEHIND.
      expect(tally((l) => `${l.comparison}/${l.status}`)).toEqual({
        'ABOVE/AHEAD': 38,
        'ABOVE/BEHIND': 2,
        'BELOW/AHEAD': 3,
        'BELOW/BEHIND': 15,
        'EQUAL/EQUAL': 37,
        'NOT_COMPARABLE/NOT_COMPARABLE': 23,
      });
      expect(links.filter((l) => l.status === 'EQUAL').every((l) => l.ahead === false)).toBe(true);
      expect(tally((l) => l.comparedWith?.kind ?? 'none')).toEqual({ BASELINE: 30, TARGET: 88 });
    });

    it('filters indicators by the comparison, status and compared column of their roll-up links', async () => {
      const res = await gql<Record<string, { totalCount: number; nodes: { id: string; target: { raw: string } }[] }>>(
        `{ above: indicators(filter: { rollsUp: { comparison: ABOVE } }) { totalCount }
           below: indicators(filter: { rollsUp: { comparison: BELOW } }) { totalCount }
           equal: indicators(filter: { rollsUp: { comparison: EQUAL } }) { totalCount }
           notComparable: indicators(filter: { rollsUp: { comparison: NOT_COMPARABLE } }) { totalCount }
           behind: indicators(filter: { rollsUp: { status: BEHIND } }) { totalCount }
           unknown: indicators(filter: { rollsUp: { status: DIRECTION_UNKNOWN } }) { totalCount }
           behindTarget: indicators(filter: { level: DISTRICT, rollsUp: { status: BEHIND, comparedWith: TARGET } }) {
             totalCount nodes { id target { raw } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const totals = Object.fromEntries(Object.entries(res.data!).map(([k, v]) => [k, v.totalCount]));
      expect(totals).toEqual({
        above: 32,
        below: 16,
        equal: 34,
        notComparable: 21,
        behind: 16,
        unknown: 0,
        behindTarget: 3,
      });
      // Behind a 2025 target the city set: 4.3 nurses against 4.7, literacy 26 against ≥30, sports area 2 against 2.2.
      expect(res.data!.behindTarget!.nodes.map((n) => [n.id, n.target.raw])).toEqual([
        ['changshou-2021-2025-social-livelihood/ind/8', '4.3'],
        ['yuzhong-2021-2025-public-services/ind/13', '26'],
        ['yuzhong-2021-2025-public-services/ind/31', '2'],
      ]);
    });
  });

  describe('contributions', () => {
    interface Contributor {
      from: { plan: { region: { name: string } }; target: { raw: string; year: number } };
      comparison: string;
      status: string;
      comparedWith: {
        kind: string;
        year: number;
        raw: string;
        value: number;
        plan: { id: string; loaded: boolean };
        basis: string;
        indicator: { id: string; source: { plan: { id: string }; lineStart: number } };
      };
    }
    const CONTRIBUTORS = `query($id: ID!, $filter: RollUpLinkFilter) { contributions(indicatorId: $id) {
        contributors(filter: $filter) { from { plan { region { name } } target { raw year } } comparison status
          comparedWith { kind year raw value plan { id loaded } basis indicator { id source { plan { id } lineStart } } } } } }`;
    const ask = (id: string, filter?: Record<string, string>) =>
      gql<{ contributions: { contributors: Contributor[] } }>(CONTRIBUTORS, { id, filter });
    const table = (cs: Contributor[]) =>
      cs.map((c) => [c.from.plan.region.name, c.from.target.raw, c.comparison, c.status]);

    it("compares the four districts' 2025 life expectancy targets with the city's 2025 value, printed as its 2026–2030 baseline", async () => {
      const res = await ask(CITY_LIFE);
      expect(res.errors).toBeUndefined();
      const contributors = res.data!.contributions.contributors;
      expect(table(contributors)).toEqual([
        ['长寿区', '81', 'ABOVE', 'AHEAD'],
        ['江北区', '79.5', 'BELOW', 'BEHIND'],
        ['永川区', '79.3', 'BELOW', 'BEHIND'],
        ['渝中区', '81', 'ABOVE', 'AHEAD'],
      ]);
      for (const c of contributors)
        expect(c.comparedWith).toEqual({
          kind: 'BASELINE',
          year: 2025,
          raw: '79.72',
          value: 79.72,
          plan: { id: CITY, loaded: true },
          basis: 'STATED',
          indicator: { id: CITY_LIFE, source: { plan: { id: CITY }, lineStart: 180 } },
        });
    });

    it("compares the same targets with the city's 2025 target 79.3, known only from Yuzhong's table: Yongchuan's 79.3 is EQUAL", async () => {
      const res = await ask(CITED_LIFE);
      expect(table(res.data!.contributions.contributors)).toEqual([
        ['长寿区', '81', 'ABOVE', 'AHEAD'],
        ['江北区', '79.5', 'ABOVE', 'AHEAD'],
        ['永川区', '79.3', 'EQUAL', 'EQUAL'],
        ['渝中区', '81', 'ABOVE', 'AHEAD'],
      ]);
      expect(res.data!.contributions.contributors[0]?.comparedWith).toEqual({
        kind: 'TARGET',
        year: 2025,
        raw: '79.3',
        value: 79.3,
        plan: { id: 'cited/重庆市十四五公共服务规划', loaded: false },
        basis: 'CITED',
        indicator: { id: CITED_LIFE, source: { plan: { id: 'yuzhong-2021-2025-public-services' }, lineStart: 74 } },
      });
    });

    it('filters contributors by status, comparison and compared column', async () => {
      expect(table((await ask(CITY_LIFE, { status: 'BEHIND' })).data!.contributions.contributors)).toEqual([
        ['江北区', '79.5', 'BELOW', 'BEHIND'],
        ['永川区', '79.3', 'BELOW', 'BEHIND'],
      ]);
      expect(table((await ask(CITED_LIFE, { comparison: 'EQUAL' })).data!.contributions.contributors)).toEqual([
        ['永川区', '79.3', 'EQUAL', 'EQUAL'],
      ]);
      expect((await ask(CITY_LIFE, { comparedWith: 'TARGET' })).data!.contributions.contributors).toEqual([]);
      expect((await ask(CITY_LIFE, { comparedWith: 'BASELINE' })).data!.contributions.contributors).toHaveLength(4);
    });
  });

  describe('items by domain', () => {
    it("lists the city plan's population sections, 积极应对人口老龄化 first, with how each was tagged", async () => {
      const res = await gql<{
        domain: {
          nameZh: string;
          chapterCount: number;
          chapters: {
            totalCount: number;
            edges: { basis: string; evidence: string; node: { id: string; title: string } }[];
          };
        };
      }>(
        `query($plan: ID!) { domain(id: "population") { nameZh chapterCount
            chapters(filter: { planId: $plan }) { totalCount edges { basis evidence node { id title } } } } }`,
        { plan: CITY },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.domain).toMatchObject({ nameZh: '人口发展', chapterCount: 7 });
      expect(res.data!.domain.chapters).toEqual({
        totalCount: 2,
        edges: [
          {
            basis: 'INFERRED',
            evidence: 'keyword 人口老龄化 in title',
            node: { id: `${CITY}/ch6/s1`, title: '积极应对人口老龄化' },
          },
          {
            basis: 'INFERRED',
            evidence: 'keyword 生育 in title',
            node: { id: `${CITY}/ch6/s2`, title: '完善生育托育服务支撑体系' },
          },
        ],
      });
      expect((await gql(`{ domain(id: "no-such-domain") { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it("pages every domain's items to its counts, and filters them by plan level", async () => {
      const res = await gql<{
        domains: {
          id: string;
          chapterCount: number;
          goalCount: number;
          indicatorCount: number;
          projectCount: number;
          chapters: { totalCount: number };
          goals: { totalCount: number };
          indicators: { totalCount: number };
          projects: { totalCount: number };
        }[];
      }>(`{ domains { id chapterCount goalCount indicatorCount projectCount
            chapters { totalCount } goals { totalCount } indicators { totalCount } projects { totalCount } } }`);
      expect(res.errors).toBeUndefined();
      // The domains, then one query per connection field for all 19 domains at once.
      expect(res.extensions?.roundTrips).toBe(5);
      for (const d of res.data!.domains)
        expect([d.chapters, d.goals, d.indicators, d.projects].map((c) => c.totalCount)).toEqual([
          d.chapterCount,
          d.goalCount,
          d.indicatorCount,
          d.projectCount,
        ]);
      expect(res.data!.domains.find((d) => d.id === 'elderly-care')).toMatchObject({
        chapterCount: 12,
        goalCount: 7,
        indicatorCount: 25,
        projectCount: 16,
      });

      const page = `query($after: String) { domain(id: "elderly-care") {
          chapters(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`;
      type Page = {
        domain: {
          chapters: {
            totalCount: number;
            nodes: { id: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      };
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const chapters: Page['domain']['chapters'] = (await gql<Page>(page, { after })).data!.domain.chapters;
        ids.push(...chapters.nodes.map((n) => n.id));
        if (!chapters.pageInfo.hasNextPage) break;
        after = chapters.pageInfo.endCursor;
      }
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect(ids[0]).toBe('changshou-2021-2025-social-livelihood/ch10/s2');

      const city = await gql<{ domain: { indicators: { nodes: { id: string; name: string }[] } } }>(
        `{ domain(id: "elderly-care") { indicators(filter: { level: MUNICIPAL, planId: "${CITY}" }) { nodes { id name } } } }`,
      );
      expect(city.data!.domain.indicators.nodes.map((n) => n.name)).toEqual([
        '养老机构护理型床位占比',
        '二级及以上综合性医院老年医学科设立比例',
        '老年友好型社区覆盖率',
      ]);
    });

    it('counts domains reached through tags, and regions reached through hops, in one batched query each', async () => {
      const domains = await gql<{
        plan: { indicators: { nodes: { domains: { domain: { id: string; indicatorCount: number } }[] }[] } };
      }>(
        `{ plan(id: "yongchuan-2021-2025-public-services") { indicators { nodes { domains { domain { id indicatorCount } } } } } }`,
      );
      expect(domains.errors).toBeUndefined();
      const tagged = domains.data!.plan.indicators.nodes.flatMap((n) => n.domains.map((t) => t.domain));
      expect(new Set(tagged.map((d) => d.id)).size).toBeGreaterThan(5);
      expect(tagged.find((d) => d.id === 'health')?.indicatorCount).toBe(32);
      // plan, its indicators, their domain tags, the domains' counts.
      expect(domains.extensions?.roundTrips).toBe(4);

      const regions = await gql<{
        regions: { children: { code: string; planCount: number; indicatorCount: number }[] }[];
      }>(`{ regions(level: MUNICIPAL) { children { code planCount indicatorCount } } }`);
      const children = regions.data!.regions[0]!.children.filter((c) => c.planCount > 0);
      expect(children).toEqual([
        { code: 'chongqing/changshou', planCount: 1, indicatorCount: 22 },
        { code: 'chongqing/jiangbei', planCount: 1, indicatorCount: 39 },
        { code: 'chongqing/yongchuan', planCount: 1, indicatorCount: 33 },
        { code: 'chongqing/yuzhong', planCount: 1, indicatorCount: 32 },
      ]);
      // regions, their children, the children's counts.
      expect(regions.extensions?.roundTrips).toBe(3);
    });
  });

  describe('roll-up gaps', () => {
    interface Gap {
      indicator: { id: string; name: string };
      supported: boolean;
      plansWithout: { id: string }[];
      plansWith: { id: string }[];
    }
    const GAPS = `query($filter: RollUpGapFilter, $after: String) { rollUpGaps(filter: $filter, first: 100, after: $after) {
        totalCount nodes { indicator { id name } supported plansWithout { id } plansWith { id } } } }`;

    it('lists the city indicators no district supports, and those some districts set no target for', async () => {
      const all = await gql<{ rollUpGaps: { totalCount: number; nodes: Gap[] } }>(GAPS);
      expect(all.errors).toBeUndefined();
      expect(all.data!.rollUpGaps.totalCount).toBe(49);
      const unsupported = (
        await gql<{ rollUpGaps: { totalCount: number; nodes: Gap[] } }>(GAPS, { filter: { supported: false } })
      ).data!.rollUpGaps;
      expect(unsupported.totalCount).toBe(16);
      expect(unsupported.nodes[0]).toEqual({
        indicator: { id: `${CITY}/ind/4`, name: '失业保险参保人数' },
        supported: false,
        plansWithout: [
          { id: 'changshou-2021-2025-social-livelihood' },
          { id: 'jiangbei-2021-2025-public-services' },
          { id: 'yongchuan-2021-2025-public-services' },
          { id: 'yuzhong-2021-2025-public-services' },
        ],
        plansWith: [],
      });
      const partial = (
        await gql<{ rollUpGaps: { totalCount: number; nodes: Gap[] } }>(GAPS, {
          filter: { supported: true, planId: CITY },
        })
      ).data!.rollUpGaps;
      expect(partial.totalCount).toBe(11);
      expect(partial.nodes.find((g) => g.indicator.id === `${CITY}/ind/8`)).toEqual({
        indicator: { id: `${CITY}/ind/8`, name: '城乡居民人均可支配收入比' },
        supported: true,
        plansWithout: [
          { id: 'changshou-2021-2025-social-livelihood' },
          { id: 'yongchuan-2021-2025-public-services' },
          { id: 'yuzhong-2021-2025-public-services' },
        ],
        plansWith: [{ id: 'jiangbei-2021-2025-public-services' }],
      });
    });

    it('lists the district indicators that roll up to nothing', async () => {
      const res = await gql<{ all: { totalCount: number }; yuzhong: { nodes: { id: string; name: string }[] } }>(
        `{ all: unlinkedIndicators { totalCount }
           yuzhong: unlinkedIndicators(planId: "yuzhong-2021-2025-public-services") { nodes { id name } } }`,
      );
      expect(res.data!.all.totalCount).toBe(35);
      expect(res.data!.yuzhong.nodes).toEqual([
        { id: 'yuzhong-2021-2025-public-services/ind/3', name: '街道普惠性托育点覆盖率' },
        { id: 'yuzhong-2021-2025-public-services/ind/19', name: '政府运营养老床位占比' },
        { id: 'yuzhong-2021-2025-public-services/ind/20', name: '基本养老公共服务覆盖率' },
        { id: 'yuzhong-2021-2025-public-services/ind/30', name: '区级公共文化场馆' },
      ]);
    });

    it('gives the same lists as the report of `plangraph align`', async () => {
      const report = await alignPlans({ executor: service().executor });
      const gaps = (await gql<{ rollUpGaps: { nodes: Gap[] } }>(GAPS)).data!.rollUpGaps.nodes;
      expect(report.gaps.map((g) => [g.indicatorId, g.plansWithout])).toEqual(
        gaps.map((g) => [g.indicator.id, g.plansWithout.map((p) => p.id)]),
      );
      expect(report.withoutChildTarget.map((g) => g.indicatorId)).toEqual(
        gaps.filter((g) => !g.supported).map((g) => g.indicator.id),
      );
      const unlinked = await gql<{ unlinkedIndicators: { nodes: { id: string }[] } }>(
        `{ unlinkedIndicators(first: 100) { nodes { id } } }`,
      );
      expect(report.unmatched.map((u) => u.indicatorId)).toEqual(
        unlinked.data!.unlinkedIndicators.nodes.map((n) => n.id),
      );
    });
  });

  describe('measure × region × period matrix', () => {
    interface Cell {
      column: number;
      indicatorId: string;
      basis: string;
      baseline: { raw: string; year: number } | null;
      target: { raw: string; year: number } | null;
    }
    interface Matrix {
      totalRows: number;
      columns: { index: number; key: string; label: string }[];
      rows: { key: string; label: string; cursor: string; cells: Cell[] }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    }
    const MATRIX = `query($rowsBy: MatrixAxis, $filter: MatrixFilter, $first: Int, $after: String) {
        indicatorMatrix(rowsBy: $rowsBy, filter: $filter, first: $first, after: $after) {
          totalRows columns { index key label } rows { key label cursor
            cells { column indicatorId basis baseline { raw year } target { raw year } } }
          pageInfo { hasNextPage endCursor } } }`;
    const ask = (variables: Record<string, unknown>) => gql<{ indicatorMatrix: Matrix }>(MATRIX, variables);

    it('gives life expectancy by region and period: the city in both periods, the four districts in 2021–2025', async () => {
      const res = await ask({ rowsBy: 'REGION', filter: { measureIds: ['life-expectancy'] } });
      expect(res.errors).toBeUndefined();
      const m = res.data!.indicatorMatrix;
      expect(m.columns).toEqual([
        { index: 0, key: 'life-expectancy@2021-2025', label: '人均预期寿命 2021–2025' },
        { index: 1, key: 'life-expectancy@2026-2030', label: '人均预期寿命 2026–2030' },
      ]);
      const cells = Object.fromEntries(
        m.rows.map((r) => [
          r.label,
          r.cells.map(
            (c) =>
              `${c.column}: ${c.baseline?.raw ?? '—'}@${c.baseline?.year ?? ''} → ${c.target?.raw}@${c.target?.year} ${c.basis}`,
          ),
        ]),
      );
      expect(cells).toEqual({
        重庆市: ['0: —@ → 79.3@2025 CITED', '1: 79.72@2025 → 80.5@2030 STATED'],
        长寿区: ['0: 78.2@2020 → 81@2025 STATED'],
        江北区: ['0: 79.19@2020 → 79.5@2025 STATED'],
        永川区: ['0: 78.15@2020 → 79.3@2025 STATED'],
        渝中区: ['0: 80.78@2020 → 81@2025 STATED'],
      });
      expect(m.rows.map((r) => r.key)).toEqual([
        'chongqing',
        'chongqing/changshou',
        'chongqing/jiangbei',
        'chongqing/yongchuan',
        'chongqing/yuzhong',
      ]);
    });

    it('pages measure rows over stable columns: the health measures across the city and districts', async () => {
      const first = (await ask({ filter: { domainId: 'health' }, first: 2 })).data!.indicatorMatrix;
      expect(first.totalRows).toBe(9);
      expect(first.columns.map((c) => c.label)).toEqual([
        '重庆市 2021–2025',
        '重庆市 2026–2030',
        '长寿区 2021–2025',
        '江北区 2021–2025',
        '永川区 2021–2025',
        '渝中区 2021–2025',
      ]);
      expect(first.rows.map((r) => r.key)).toEqual(['geriatrics-department-share', 'gps-per-10000']);
      expect(first.rows[1]!.cells.map((c) => [c.column, c.target?.raw])).toEqual([
        [0, '4'],
        [3, '≧4'],
        [4, '4'],
        [5, '4'],
      ]);
      const rest = (await ask({ filter: { domainId: 'health' }, first: 100, after: first.pageInfo.endCursor })).data!
        .indicatorMatrix;
      expect(rest.columns).toEqual(first.columns);
      expect(rest.rows).toHaveLength(7);
      expect(rest.rows.map((r) => r.key)).toContain('life-expectancy');
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses more than 100 measure ids', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `m${i}`);
      const res = await ask({ filter: { measureIds: ids } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
