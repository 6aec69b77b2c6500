import { stories } from '../../../bench/load/stories';
import { useService } from '../../helpers/service';

// Round trips per request for the bench's five stories (bench/load/stories.ts, the exact
// operations the bench sends): each is planned into one Cypher query (src/data/planner), so
// without the cache it costs one round trip, and with it one more for the revision check on a
// first question and only that check on a repeated one. Counted, never timed.

type Story = Awaited<ReturnType<typeof stories>>[number];

const YUZHONG = 'yuzhong-2021-2025-public-services';

describe('round trips per story, cache off', () => {
  const { gql, service } = useService({ PLANGRAPH_CACHE_MB: '0' });
  let list: Story[] = [];
  beforeAll(async () => {
    list = await stories(service().executor);
  });

  it.each(['plans (nested)', 'rollUp', 'contributions', 'measure table', 'search'])(
    '%s: one round trip',
    async (name) => {
      const story = list.find((s) => s.name === name)!;
      const res = await gql(story.planGraph.query, story.planGraph.variables);
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.roundTrips).toBe(1);
    },
  );

  it('answers a planned question exactly as the loaders do (a directive leaves it to them)', async () => {
    // @include is not followed by the look-ahead, so the second query takes the loaders' path.
    const body = (marker: string) => `query($id: ID!) { contributions(indicatorId: $id) {
      indicator { id name } contributors ${marker} { from { id name target { raw } plan { id region { name } } } score comparison status }
      missing { region { name } plans { id title } } } }`;
    const id = list.find((s) => s.name === 'contributions')!.planGraph.variables.id;
    const planned = await gql(body(''), { id });
    const loaded = await gql(body('@include(if: true)'), { id });
    expect(loaded.errors).toBeUndefined();
    expect(planned.data).toEqual(loaded.data);
    expect([planned.extensions?.roundTrips, loaded.extensions?.roundTrips]).toEqual([1, 5]);

    const plans = (marker: string) => `{ plans(first: 5) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id region { name } } } nodes ${marker} { id title chapters { id title text }
      indicators(first: 3, after: "${Buffer.from('offset:1').toString('base64url')}") { totalCount nodes { id baseline { raw year } plan { id } rollsUpTo { to { id } status } } } } } }`;
    const plannedPlans = await gql(plans(''));
    const loadedPlans = await gql(plans('@include(if: true)'));
    expect(loadedPlans.errors).toBeUndefined();
    expect(plannedPlans.data).toEqual(loadedPlans.data);
    expect(plannedPlans.extensions?.roundTrips).toBe(1);
    expect(loadedPlans.extensions?.roundTrips).toBeGreaterThan(3);
  });

  it('answers a search with each hit projected for its type exactly as with whole nodes', async () => {
    // Every field each member type answers from its own properties, a nested planned hop
    // (Indicator.plan.region), loader-resolved fields (Goal.chapter, Project.box, Chapter.goals)
    // and an alias; @include leaves the hits whole, as before the projection.
    const body = (
      marker: string,
    ) => `query($t: String!) { search(text: $t, first: 50) { score item ${marker} { __typename
      ... on Plan { id planTitle: title level periodStart periodEnd draft issuer docNumber issuedOn loaded region { name } }
      ... on Chapter { id kind chapterNumber: number title order chapterText: text inferred evidence
        source { plan { id } lineStart lineEnd fromSidecar file } goals { id } }
      ... on Goal { id lead goalText: text horizonYear origin source { plan { id } lineStart } chapter { id title } }
      ... on Indicator { id seq name unit category attribute cumulative basis baseline { raw value year } target { raw }
        plan { id region { name } } source { lineStart } }
      ... on Project { id name text source { lineEnd } box { id number title } }
      ... on Box { id number title source { plan { id } } }
    } } }`;
    for (const t of ['养老', '托育', '预期寿命', '渝中区']) {
      const projected = await gql<{ search: { item: { __typename: string } }[] }>(body(''), { t });
      const whole = await gql(body('@include(if: true)'), { t });
      expect(whole.errors).toBeUndefined();
      expect(projected.errors).toBeUndefined();
      expect(JSON.stringify(projected.data)).toEqual(JSON.stringify(whole.data));
      expect(projected.data!.search.length).toBeGreaterThan(0);
    }
    const types = new Set<string>();
    for (const t of ['养老', '托育', '预期寿命', '渝中区', '专栏', '规划'])
      for (const hit of (await gql<{ search: { item: { __typename: string } }[] }>(body(''), { t })).data!.search)
        types.add(hit.item.__typename);
    expect([...types].sort()).toEqual(['Box', 'Chapter', 'Goal', 'Indicator', 'Plan', 'Project']);
  });

  it('keeps two aliases of one field with different arguments apart, in one round trip', async () => {
    type Aliased = { id: string; a: { nodes: { id: string }[] }; b: { totalCount: number; nodes: { id: string }[] } };
    const res = await gql<{ plans: { nodes: Aliased[] } }>(
      `{ plans(filter: {loaded: true, level: DISTRICT}, first: 4) { nodes {
        id a: indicators(first: 1) { nodes { id } } b: indicators(first: 3) { totalCount nodes { id name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.roundTrips).toBe(1);
    const yuzhong = res.data!.plans.nodes.find((p) => p.id === YUZHONG)!;
    expect(yuzhong.a.nodes.map((n) => n.id)).toEqual([`${YUZHONG}/ind/1`]);
    expect(yuzhong.b.nodes.map((n) => n.id)).toEqual([1, 2, 3].map((n) => `${YUZHONG}/ind/${n}`));
    expect(yuzhong.b.totalCount).toBe(32);

    // Filters on two aliases of contributors travel as parameters of one query.
    const id = list.find((s) => s.name === 'contributions')!.planGraph.variables.id;
    const split = await gql<{
      contributions: { above: { comparison: string }[]; notAbove: { comparison: string }[]; all: unknown[] };
    }>(
      `query($id: ID!) { contributions(indicatorId: $id) {
        above: contributors(filter: {comparison: ABOVE}) { comparison }
        notAbove: contributors(filter: {comparison: BELOW}) { comparison }
        all: contributors { comparison } } }`,
      { id },
    );
    expect(split.extensions?.roundTrips).toBe(1);
    const c = split.data!.contributions;
    expect(c.above.length).toBeGreaterThan(0);
    expect(c.above.every((s) => s.comparison === 'ABOVE')).toBe(true);
    expect(c.notAbove.every((s) => s.comparison === 'BELOW')).toBe(true);
    expect(c.all.length).toBeGreaterThanOrEqual(c.above.length + c.notAbove.length);
  });
});

describe('round trips per story, cache on', () => {
  const { gql, service } = useService({ PLANGRAPH_CACHE_MB: '16' });

  it('costs the revision check plus one query on a first question, the check alone on a repeat', async () => {
    const list = await stories(service().executor);
    for (const story of list) {
      const first = await gql(story.planGraph.query, story.planGraph.variables);
      const again = await gql(story.planGraph.query, story.planGraph.variables);
      expect({ story: story.name, first: first.extensions?.roundTrips, again: again.extensions?.roundTrips }).toEqual(
        // The first may already be cached by an earlier story's identical read; never more than 2.
        expect.objectContaining({ story: story.name, again: 1 }),
      );
      expect(first.extensions?.roundTrips).toBeLessThanOrEqual(2);
      expect(again.data).toEqual(first.data);
    }
  });
});
