import { createLogger } from '../../src/logger';
import type { Executor } from '../../src/db/executor';
import { startService } from '../../src/service';
import { benchEnv } from '../db';
import { spread, type Spread } from '../stats';
import { startBaseline } from './baselineProcess';
import type { CannonResult } from './cannon';
import { drive } from './drive';
import { stories, type Story } from './stories';

export type Server = 'planGraph' | 'baseline';

export interface StoryFigures {
  story: string;
  server: Server;
  connections: number;
  perSecond: Spread;
  p50: Spread;
  p95: Spread;
  p99: Spread;
  heapMb: Spread;
  roundTrips: number;
  failures: number;
}

export interface QueryOptions {
  runs: number;
  seconds: number;
  connections: number[];
  password: string;
  boltUri: string;
  log: (line: string) => void;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

async function ask(url: string, body: string, headers: Record<string, string> = {}): Promise<{ errors?: unknown[]; extensions?: { roundTrips?: number } }> {
  const res = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body });
  return (await res.json()) as { errors?: unknown[]; extensions?: { roundTrips?: number } };
}

/** A story either server cannot answer is reported and skipped, so one bad query does not lose the run. */
function failed(server: Server, story: Story, errors: unknown[] | undefined, log: (line: string) => void): boolean {
  if (errors) log(`SKIPPED "${story.name}": ${server} answered with errors: ${JSON.stringify(errors).slice(0, 400)}`);
  return errors !== undefined;
}

export async function measureQueries(executor: Executor, opts: QueryOptions): Promise<StoryFigures[]> {
  const list = await stories(executor);
  const service = await startService(benchEnv(), createLogger('error'));
  const baseline = await startBaseline(opts.boltUri, opts.password).catch(async (err: unknown) => {
    await service.stop();
    throw err;
  });
  const urls: Record<Server, string> = { planGraph: service.api.url, baseline: baseline.url };
  const heap: Record<Server, () => Promise<number>> = {
    planGraph: () => Promise.resolve(process.memoryUsage().heapUsed),
    baseline: async () => (await baseline.stats()).heapUsed,
  };
  const out: StoryFigures[] = [];
  try {
    for (const story of list) {
      const bodies = { planGraph: JSON.stringify(story.planGraph), baseline: JSON.stringify(story.baseline) };
      const pg = await ask(urls.planGraph, bodies.planGraph, { 'x-plangraph-debug': 'round-trips' });
      const before = (await baseline.stats()).queries;
      const base = await ask(urls.baseline, bodies.baseline);
      if (failed('planGraph', story, pg.errors, opts.log) || failed('baseline', story, base.errors, opts.log)) continue;
      const roundTrips: Record<Server, number> = { planGraph: pg.extensions?.roundTrips ?? NaN, baseline: (await baseline.stats()).queries - before };
      for (const connections of opts.connections) {
        for (const server of ['planGraph', 'baseline'] as const) {
          const runs: Array<CannonResult & { heapMb: number }> = [];
          for (let i = 0; i < opts.runs; i++) {
            runs.push(await drive({ url: urls[server], body: bodies[server], headers: JSON_HEADERS, connections, seconds: opts.seconds }, heap[server]));
          }
          const fig: StoryFigures = {
            story: story.name,
            server,
            connections,
            perSecond: spread(runs.map((r) => r.perSecond)),
            p50: spread(runs.map((r) => r.p50)),
            p95: spread(runs.map((r) => r.p95)),
            p99: spread(runs.map((r) => r.p99)),
            heapMb: spread(runs.map((r) => r.heapMb)),
            roundTrips: roundTrips[server],
            failures: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
          };
          opts.log(`${story.name} ${server} c=${connections}: ${fig.perSecond.median.toFixed(1)} req/s, p50 ${fig.p50.median} ms, p99 ${fig.p99.median} ms`);
          out.push(fig);
        }
      }
    }
  } finally {
    baseline.stop();
    await service.stop();
  }
  return out;
}
