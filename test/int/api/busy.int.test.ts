import { capturedLog } from '../../helpers/capturedLog';
import { useService } from '../../helpers/service';

// Heavy but allowed: under PLANGRAPH_MAX_COST, over the expensive threshold set here.
const HEAVY = '{ measures { instances { plan { indicators(first: 20) { nodes { id name } } } } } }';

describe('expensive requests under load', () => {
  const { log, lines } = capturedLog();
  // The cache is off so each heavy request really runs; two run at once, two may wait.
  const { service } = useService(
    {
      PLANGRAPH_CACHE_MB: '0',
      PLANGRAPH_EXPENSIVE_COST: '10000',
      PLANGRAPH_EXPENSIVE_CONCURRENCY: '2',
      PLANGRAPH_EXPENSIVE_QUEUE: '2',
      PLANGRAPH_EXPENSIVE_WAIT_MS: '60000',
    },
    { log },
  );

  const post = async (query: string) => {
    const res = await fetch(service().api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plangraph-debug': 'round-trips' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: Record<string, unknown> }[];
      extensions?: { cost?: number };
    };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), ...body };
  };

  it('runs at most concurrency + queue heavy requests, turns the rest away with TOO_BUSY, and answers health meanwhile', async () => {
    const finished: string[] = [];
    let refused!: () => void;
    const firstRefusal = new Promise<void>((resolve) => (refused = resolve));
    const heavy = Array.from({ length: 10 }, (_, i) =>
      post(HEAVY).then((r) => {
        finished.push(`heavy${i}`);
        if (r.status === 503) refused();
        return r;
      }),
    );
    // Health is asked once the first heavy request has been turned away: the admitted ones then hold
    // both slots and the queue, so at least a whole heavy request is still to run after it is asked
    // (asked at once, it raced the first two on a busy machine and once came last).
    await Promise.race([firstRefusal, Promise.all(heavy)]);
    const health = post('{ health { status } }').then((r) => (finished.push('health'), r));
    const [answers, healthAnswer] = await Promise.all([Promise.all(heavy), health]);

    const ok = answers.filter((a) => a.status === 200 && !a.errors);
    const busy = answers.filter((a) => a.errors?.[0]?.extensions.code === 'TOO_BUSY');
    expect(ok.length + busy.length).toBe(10);
    expect(ok.length).toBeGreaterThanOrEqual(4); // two running and two queued always get through
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const b of busy) {
      expect(b.status).toBe(503);
      expect(b.retryAfter).toBe('2');
      expect(b.data).toBeUndefined();
      expect(b.errors).toEqual([
        {
          message: expect.stringMatching(
            /^Too many expensive requests are running \(this one costs \d+; over 10000 counts as expensive\); retry in 2 s/,
          ) as string,
          extensions: { code: 'TOO_BUSY', cost: b.extensions?.cost, retryAfterSeconds: 2 },
        },
      ]);
    }
    expect(ok[0]?.extensions?.cost).toBeGreaterThan(10_000);

    // health is cheap: it never waits for a slot, so it is answered while heavy requests still run.
    expect(healthAnswer).toMatchObject({ status: 200, data: { health: { status: 'OK' } }, extensions: { cost: 3 } });
    expect(finished.indexOf('health')).toBeLessThan(finished.length - 1);

    // Turned-away requests are logged as warnings with their cost, never as errors with a stack.
    expect(lines.filter((l) => l.msg === 'expensive request turned away')).toHaveLength(busy.length);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const logged = lines.filter((l) => l.msg === 'graphql request');
    expect(
      logged.filter((l) => (l.errorCodes as string[]).includes('TOO_BUSY')).every((l) => typeof l.cost === 'number'),
    ).toBe(true);
  });
});
