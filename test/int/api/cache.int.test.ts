import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { alignPlans } from '../../../src/align';
import { projectRoot } from '../../../src/config/env';
import { testConnection } from '../../setup/testDatabase';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// The shared read cache: repeated questions are answered from memory while the graph is
// unchanged, and any write (from this service or another process) is seen by the next request.

const YUZHONG = 'yuzhong-2021-2025-public-services';
const PLAN = `query($id: ID!) { plan(id: $id) { title indicators { totalCount nodes { id rollsUpTo { to { id } score } } } } }`;

/** `plangraph cypher --write`, as an admin would run it from a shell: a separate process with its own driver. */
async function cliWrite(statement: string, params: Record<string, string>): Promise<void> {
  const db = testConnection();
  const args = [
    'tsx',
    path.join(projectRoot, 'src', 'cli', 'main.ts'),
    'cypher',
    '--write',
    statement,
    ...Object.entries(params).flatMap(([k, v]) => ['--param', `${k}=${v}`]),
  ];
  await promisify(execFile)('npx', args, {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password },
    timeout: 60_000,
  });
}

interface PlanAnswer {
  plan: {
    title: string;
    indicators: { totalCount: number; nodes: { id: string; rollsUpTo: { to: { id: string }; score: number }[] }[] };
  };
}

describe('the shared read cache', () => {
  const { gql, service } = useService();

  it('answers a repeated question from memory with one round trip (the revision check) and the same data', async () => {
    const first = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    const second = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    expect(first.errors).toBeUndefined();
    expect(first.data?.plan.indicators.totalCount).toBeGreaterThan(0);
    expect(second.data).toEqual(first.data);
    expect(first.extensions?.roundTrips).toBeGreaterThan(1);
    expect(second.extensions).toMatchObject({ roundTrips: 1, cacheHits: (first.extensions?.roundTrips ?? 0) - 1 });
  });

  it('sees a write made by another process on the very next request', async () => {
    const before = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    const title = before.data!.plan.title;
    await cliWrite('MATCH (p:Plan {id: $id}) SET p.title = $title', { id: YUZHONG, title: `${title}（修订）` });
    const after = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    expect(after.data?.plan.title).toBe(`${title}（修订）`);
    expect(after.extensions?.cacheHits).toBe(0);
    // And a second write, back to the old title, is seen as well.
    await cliWrite('MATCH (p:Plan {id: $id}) SET p.title = $title', { id: YUZHONG, title });
    expect((await gql<PlanAnswer>(PLAN, { id: YUZHONG })).data?.plan.title).toBe(title);
  }, 120_000);

  it('sees this service’s own writes: a curation rejected over the API drops the link from the next answer', async () => {
    const before = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    const indicator = before.data!.plan.indicators.nodes.find((n) => n.rollsUpTo.length > 0)!;
    const link = { from: indicator.id, to: indicator.rollsUpTo[0]!.to.id };
    const curate = `mutation($input: CurateRollUpInput!) { curateRollUp(input: $input) { decision } }`;
    const input = (decision: string) => ({
      input: { fromIndicatorId: link.from, toIndicatorId: link.to, decision, note: 'cache test' },
    });
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const executor = service().executor;
    const [original] = await executor.read('MATCH (c:Curation {from: $from, to: $to}) RETURN c {.*} AS c', link);
    const rejected = await gql(curate, input('REJECT'), auth);
    expect(rejected.errors).toBeUndefined();
    const after = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    const now = after.data!.plan.indicators.nodes.find((n) => n.id === link.from)!;
    expect(now.rollsUpTo.map((s) => s.to.id)).not.toContain(link.to);
    // Writes outside the API are seen too: the pair's curation record put back as it was, and realigned.
    await executor.write('MATCH (c:Curation {from: $from, to: $to}) DELETE c', link);
    if (original) await executor.write('CREATE (c:Curation) SET c = $props', { props: original.c });
    await alignPlans({ executor });
    const restored = await gql<PlanAnswer>(PLAN, { id: YUZHONG });
    expect(restored.data!.plan.indicators.nodes.find((n) => n.id === link.from)!.rollsUpTo).toEqual(
      indicator.rollsUpTo,
    );
  });
});
