import { buildPlanScript } from '../../../src/graph';
import { readPlanFile } from '../../../src/ingest';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// An outline's targets printed under 年均/累计 (test/fixtures/plans/wanzhou-…) through the admin's
// path: the built script loaded with loadScript, then read over HTTP with the heading they came from.
const FILE = 'test/fixtures/plans/wanzhou-2021-2025-outline.txt';

describe('targets from a 年均/累计 column, built, loaded and served', () => {
  const { gql } = useService();
  const planId = readPlanFile(FILE).metadata.id;

  beforeAll(async () => {
    const res = await gql(
      `mutation($s: String!, $n: String!) { loadScript(input: {script: $s, name: $n}) { id } }`,
      { s: buildPlanScript(readPlanFile(FILE), { parserVersion: 'test' }), n: `${planId}.cypher` },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
  });

  it('serves each target with its heading, and none on the year column’s', async () => {
    type Value = { raw: string; value: number | null; year: number | null; heading: string | null };
    const res = await gql<{ indicators: { nodes: { seq: number; cumulative: boolean; target: Value }[] } }>(
      `query($p: ID!) { indicators(filter: {planId: $p}, first: 100) {
         nodes { seq cumulative target { raw value year heading } } } }`,
      { p: planId },
    );
    expect(res.errors).toBeUndefined();
    const bySeq = new Map(res.data!.indicators.nodes.map((n) => [n.seq, n]));
    expect(bySeq.size).toBe(20);
    expect(bySeq.get(14)).toEqual({
      seq: 14,
      cumulative: true,
      target: { raw: '〔13.5〕', value: 13.5, year: 2025, heading: '年均/累计' },
    });
    expect(bySeq.get(3)?.target).toEqual({ raw: '65', value: 65, year: 2025, heading: null });
    const fromPeriod = [...bySeq.values()].filter((n) => n.target.heading !== null).map((n) => n.seq);
    expect(fromPeriod).toEqual([1, 2, 4, 7, 8, 13, 14, 15]);
  });
});
