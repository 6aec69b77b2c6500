import { ADMIN_TOKEN, useService } from '../../helpers/service';

const YUZHONG = 'yuzhong-2021-2025-public-services';
const LIFE_EXPECTANCY = `${YUZHONG}/ind/1`;

describe('GraphQL stories against the five bundled plans', () => {
  // Round-trip counts here measure the loaders' batching, so without the shared cache (tested in cache.int.test.ts).
  const { gql, service } = useService({ PLANGRAPH_CACHE_MB: '0' });
  const probes = async () =>
    (await service().executor.read('MATCH (p:Probe) RETURN p.id AS id ORDER BY id')).map((r) => r.id);

  it('1. lists plans by filter with region, citations, structure and indicators', async () => {
    const res = await gql<{
      plans: {
        totalCount: number;
        nodes: { id: string; region: { code: string }; indicators: { totalCount: number } }[];
      };
    }>(
      `{ plans(filter: {level: DISTRICT, loaded: true}) { totalCount nodes { id region { code } indicators { totalCount } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.plans.totalCount).toBe(4);
    const counts = Object.fromEntries(res.data!.plans.nodes.map((p) => [p.region.code, p.indicators.totalCount]));
    expect(counts).toEqual({
      'chongqing/changshou': 22,
      'chongqing/jiangbei': 39,
      'chongqing/yongchuan': 33,
      'chongqing/yuzhong': 32,
    });

    const one = await gql<{
      plan: Record<string, unknown> & {
        basedOn: { title: string; loaded: boolean }[];
        chapters: unknown[];
        boxes: unknown[];
        goals: { lead: string | null; horizonYear: number }[];
      };
    }>(
      `query($id: ID!) {
        plan(id: $id) {
          title loaded draft fromSidecar basedOn { title loaded } chapters { id } boxes { number } goals { lead horizonYear }
        }
      }`,
      { id: YUZHONG },
    );
    expect(one.data?.plan).toMatchObject({
      title: '重庆市渝中区“十四五”公共服务规划',
      loaded: true,
      draft: false,
      fromSidecar: expect.arrayContaining(['title', 'region']) as unknown[],
    });
    expect(one.data?.plan.basedOn).toContainEqual({ title: '重庆市“十四五”公共服务规划', loaded: false });
    expect(one.data?.plan.chapters).toHaveLength(14);
    expect(one.data?.plan.boxes).toHaveLength(7);
    expect(one.data?.plan.goals).toContainEqual({ lead: '基本公共服务均等化水平全面提升', horizonYear: 2025 });

    // Lists leave chapter bodies out; asking for `text` loads them, in one batch.
    const texts = await gql<{ plan: { chapters: { children: { id: string; text: string }[] }[] } }>(
      `query($id: ID!) { plan(id: $id) { chapters { children { id text } } } }`,
      { id: YUZHONG },
    );
    const first = texts.data?.plan.chapters[0]?.children[0];
    expect(first?.id).toBe(`${YUZHONG}/ch1/s1`);
    expect(first?.text).toMatch(/^“十三五”期间，全区坚持以习近平新时代中国特色社会主义思想为指导/);
    expect(texts.extensions?.roundTrips).toBe(4);
  });

  it('1. paginates with cursors, totalCount and a capped page size', async () => {
    const query = `query($after: String) {
      plans(filter: {loaded: true}, first: 2, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;
    type Page = {
      plans: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(query, { after });
      expect(res.data?.plans.totalCount).toBe(5);
      expect(res.data?.plans.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(res.data?.plans.pageInfo.hasNextPage).toBe(page < 2);
      seen.push(...res.data!.plans.edges.map((e) => e.node.id));
      after = res.data!.plans.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);

    const tooMany = await gql(`{ plans(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/'first' must be a whole number from 0 to 100/);
    const badCursor = await gql(`{ plans(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('2. returns an indicator with values, provenance, domains and responsible departments', async () => {
    const res = await gql<{ indicator: Record<string, unknown> }>(
      `query($id: ID!) { indicator(id: $id) { name unit attribute cumulative
          baseline { raw value comparator year } target { raw value comparator year } citedMunicipalTarget { raw value year }
          source { plan { id } lineStart lineEnd file } domains { domain { id } basis }
          responsible { department { name level } basis } } }`,
      { id: LIFE_EXPECTANCY },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.indicator).toEqual({
      name: '人均预期寿命',
      unit: '岁',
      attribute: 'EXPECTED',
      cumulative: false,
      baseline: { raw: '80.78', value: 80.78, comparator: 'EQ', year: 2020 },
      target: { raw: '81', value: 81, comparator: 'EQ', year: 2025 },
      citedMunicipalTarget: { raw: '79.3', value: 79.3, year: 2025 },
      source: {
        plan: { id: YUZHONG },
        lineStart: 74,
        lineEnd: 80,
        file: 'plans/yuzhong-2021-2025-public-services.txt',
      },
      domains: [{ domain: { id: 'health' }, basis: 'INFERRED' }],
      responsible: [{ department: { name: '区卫生健康委', level: 'DISTRICT' }, basis: 'INFERRED' }],
    });
  });

  it('6. tells stated from inferred responsibilities and links district departments to their municipal counterparts', async () => {
    const res = await gql<{
      departments: {
        name: string;
        counterpart: { name: string } | null;
        stated: { evidence: string; item: { id: string } }[];
      }[];
    }>(
      `{ departments(region: "chongqing/changshou") { name counterpart { name }
          stated: responsibilities(basis: STATED) { evidence item { ... on Chapter { id } } } } }`,
    );
    const ndrc = res.data?.departments.find((d) => d.name === '区发展改革委');
    expect(ndrc?.counterpart?.name).toBe('市发展改革委');
    expect(ndrc?.stated).toEqual([
      {
        evidence: expect.stringContaining('区发展改革委要大力度抓好社会事业发展的统筹推进工作') as string,
        item: { id: 'changshou-2021-2025-social-livelihood/ch20' },
      },
    ]);
    const health = await gql<{ departments: { name: string; responsibilities: { item: { id?: string } }[] }[] }>(
      `{
        departments(region: "chongqing/yuzhong") {
          name responsibilities(planId: "${YUZHONG}", domainId: "health", basis: INFERRED) { item { ... on Indicator { id } } }
        }
      }`,
    );
    const yuzhongHealth = health.data?.departments.find((d) => d.name === '区卫生健康委');
    expect(yuzhongHealth?.responsibilities.map((r) => r.item.id)).toContain(LIFE_EXPECTANCY);
  });

  it('7. searches the cjk full-text index and returns typed hits, best first', async () => {
    const res = await gql<{ search: { score: number; item: { __typename: string; name?: string; title?: string } }[] }>(
      `{
        search(text: "托育", first: 10) {
          score item { __typename ... on Project { name } ... on Chapter { title } ... on Indicator { name } ... on Box { title } }
        }
      }`,
    );
    const hits = res.data?.search ?? [];
    expect(hits).toHaveLength(10);
    // Names and titles that say 托育 rank first; later hits may match in their text only.
    expect(hits.slice(0, 5).every((h) => `${h.item.name ?? ''}${h.item.title ?? ''}`.includes('托育'))).toBe(true);
    const types = new Set(hits.map((h) => h.item.__typename));
    expect(types).toContain('Chapter');
    expect(types).toContain('Project');
    expect([...types].every((t) => ['Plan', 'Chapter', 'Goal', 'Indicator', 'Project', 'Box'].includes(t))).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    const punctuation = await gql(`{ search(text: "养老\\"(:") { score } }`);
    expect(punctuation.errors).toBeUndefined();
    expect((await gql(`{ search(text: "  ") { score } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('8. lists regions and domains with counts', async () => {
    const res = await gql<{
      regions: { code: string; planCount: number; indicatorCount: number; parent: { code: string } | null }[];
      domains: { id: string; indicatorCount: number; chapterCount: number }[];
    }>(`{ regions { code planCount indicatorCount parent { code } } domains { id indicatorCount chapterCount } }`);
    const yuzhong = res.data?.regions.find((r) => r.code === 'chongqing/yuzhong');
    expect(yuzhong).toEqual({
      code: 'chongqing/yuzhong',
      planCount: 1,
      indicatorCount: 32,
      parent: { code: 'chongqing' },
    });
    expect(res.data?.regions).toHaveLength(39);
    const childcare = res.data?.domains.find((d) => d.id === 'childcare');
    expect(childcare?.indicatorCount).toBeGreaterThan(0);
    expect(childcare?.chapterCount).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    for (const query of [
      `{ plan(id: "no-such-plan") { id } }`,
      `{ indicator(id: "no/such") { id } }`,
      `{ rollUp(indicatorId: "no/such") { steps { depth } } }`,
    ]) {
      const res = await gql(query);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toMatch(/no\/such|no-such-plan/);
    }
  });

  it('keeps round trips bounded by depth: all plans with chapters, indicators and roll-up targets in at most 5', async () => {
    const res = await gql(
      `{ plans(first: 100) { nodes { id chapters { id } indicators { nodes { id rollsUpTo { to { id name } score } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.roundTrips).toBeLessThanOrEqual(5);
  });

  it('refuses admin writes without the token and changes nothing', async () => {
    const script = "CREATE (:Probe {id: 'api-write'})";
    const query = `mutation($s: String!) { loadScript(input: {script: $s, name: "probe.cypher"}) { id nodesCreated } }`;
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }];
    for (const headers of attempts) {
      const res = await gql(query, { s: script }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await probes()).toEqual([]);
    // Creates and cleans up its probe, so it deletes: allowDelete says that is intended.
    const allowing = `mutation($s: String!) { loadScript(input: {script: $s, name: "probe.cypher", allowDelete: true}) { id nodesCreated } }`;
    const loaded = await gql<{ loadScript: { nodesCreated: number } }>(
      allowing,
      { s: `${script};\nMATCH (p:Probe {id: 'api-write'}) DETACH DELETE p` },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data?.loadScript.nodesCreated).toBe(1);
  });

  it('reports a broken admin script as BAD_USER_INPUT naming the statement and line, and writes nothing', async () => {
    const res = await gql(
      `mutation($s: String!) { loadScript(input: {script: $s, name: "broken.cypher"}) { id } }`,
      { s: "CREATE (:Probe {id: 'half'});\nCREATE (:Probe {id: 'half-2'});\nMATCH (n RETURN n;" },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/broken\.cypher: statement 3 \(line 3\) failed/);
    expect(await probes()).toEqual([]);
  });
});
