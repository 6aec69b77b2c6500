import { alignPlans, buildCatalogue, catalogue } from '../../../src/align';
import { useService } from '../../helpers/service';

interface Review {
  indicator: {
    id: string;
    name: string;
    unit: string | null;
    measure: { id: string } | null;
    measureCandidate: { measure: { id: string } } | null;
  };
  candidate: { measure: { id: string; name: string }; score: number; reason: string } | null;
  reason: string;
}
interface ReviewPage {
  unmeasuredIndicators: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Review[];
  };
}

const REVIEWS = `query($planId: ID, $first: Int, $after: String) {
  unmeasuredIndicators(planId: $planId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { indicator { id name unit measure { id } measureCandidate { measure { id } } } candidate { measure { id name } score reason } reason }
  }
}`;

/** The catalogue before any alias was reviewed: the plans' other spellings are names it does not know. */
const withoutAliases = () => buildCatalogue({ measures: catalogue.measures.map((m) => ({ ...m, aliases: [] })) });

describe('unmeasured indicators over HTTP', () => {
  // Counts every unmeasured indicator in the graph, so it needs the bundled plans and nothing else: what useService starts from.
  const { gql, service } = useService();

  async function allReviews(planId: string | null = null): Promise<Review[]> {
    const all: Review[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof gql<ReviewPage>>> = await gql<ReviewPage>(REVIEWS, {
        planId,
        first: 5,
        after,
      });
      expect(res.errors).toBeUndefined();
      const page: ReviewPage['unmeasuredIndicators'] = res.data!.unmeasuredIndicators;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  /** What the graph holds, read directly: the list the API must show. */
  async function unmeasuredInGraph(): Promise<string[]> {
    const rows = await service().executor.read(
      `MATCH (i:Indicator) WHERE NOT EXISTS { (i)-[:MEASURES]->() } RETURN i.id AS id ORDER BY i.planId, i.seq, i.id`,
    );
    return rows.map((r) => String(r.id));
  }

  it('lists none for the bundled plans: the catalogue knows every name they print', async () => {
    expect(await unmeasuredInGraph()).toEqual([]);
    expect(await allReviews()).toEqual([]);
  });

  describe('with a catalogue that does not know the aliases', () => {
    beforeAll(async () => {
      await alignPlans({ executor: service().executor, catalogue: withoutAliases() });
    });

    it('lists every unmeasured indicator for review, page by page', async () => {
      const expected = await unmeasuredInGraph();
      // The figures the README quotes.
      expect(expected).toHaveLength(12);
      const reviews = await allReviews();
      expect(reviews.map((r) => r.indicator.id)).toEqual(expected);
      expect(reviews.every((r) => r.indicator.measure === null && r.reason.length > 0)).toBe(true);
    });

    it('shows each MEASURE_CANDIDATE with its score and reason, on the indicator too, and never with a MEASURES link', async () => {
      const reviews = await allReviews();
      const withCandidate = reviews.filter((r) => r.candidate !== null);
      expect(withCandidate).toHaveLength(11);
      for (const r of withCandidate) {
        expect(r.candidate!.score).toBeGreaterThanOrEqual(0.6);
        expect(r.candidate!.reason).toBe(r.reason);
        expect(r.indicator.measureCandidate).toEqual({ measure: { id: r.candidate!.measure.id } });
      }
      expect(reviews.find((r) => r.indicator.id === 'jiangbei-2021-2025-public-services/ind/16')).toEqual(
        expect.objectContaining({
          candidate: {
            measure: { id: 'physicians-incl-assistants-per-1000', name: '每千人口拥有执业（助理）医师数' },
            score: 0.846,
            reason: 'name 85% similar to 每千人口拥有执业（助理）医师数; units agree (人)',
          },
        }),
      );
      const [both] = await service().executor.read(
        `MATCH (i:Indicator)-[:MEASURE_CANDIDATE]->() WHERE EXISTS { (i)-[:MEASURES]->() } RETURN count(i) AS n`,
      );
      expect(Number(both?.n)).toBe(0);
      const [links] = await service().executor.read(
        `MATCH ()-[c:MEASURE_CANDIDATE]->() RETURN count(c) AS n, min(c.score) AS min, count(c.reason) AS reasons`,
      );
      expect(links).toEqual({
        n: withCandidate.length,
        min: expect.any(Number) as number,
        reasons: withCandidate.length,
      });
    });

    it('lists an indicator with no candidate with the reason for none', async () => {
      const reviews = await allReviews('jiangbei-2021-2025-public-services');
      expect(reviews.find((r) => r.indicator.id === 'jiangbei-2021-2025-public-services/ind/26')).toEqual(
        expect.objectContaining({
          candidate: null,
          reason: 'no measure within 0.6 (nearest: 残疾人两项补贴覆盖率, 31%)',
        }),
      );
      expect(reviews.every((r) => r.indicator.id.startsWith('jiangbei-2021-2025-public-services/'))).toBe(true);
    });
  });

  it('rejects a page size over 100', async () => {
    const res = await gql(REVIEWS, { first: 101 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
