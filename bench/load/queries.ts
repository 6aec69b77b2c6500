import path from 'node:path';
import type { Executor } from '../../src/db/executor';
import { spread, type Spread } from '../stats';
import type { CannonResult } from './cannon';
import { drive } from './drive';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { stories, type Story } from './stories';

/** Plan Graph as shipped (shared read cache on), Plan Graph with the cache off, and @neo4j/graphql. */
export const SERVERS = ['planGraph', 'planGraphNoCache', 'baseline'] as const;
export type Server = (typeof SERVERS)[number];

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

async function ask(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ errors?: unknown[]; extensions?: { roundTrips?: number } }> {
  const res = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body });
  return (await res.json()) as { errors?: unknown[]; extensions?: { roundTrips?: number } };
}

/** A story either server cannot answer is reported and skipped, so one bad query does not lose the run. */
function failed(server: Server, story: Story, errors: unknown[] | undefined, log: (line: string) => void): boolean {
  if (errors) log(`SKIPPED "${story.name}": ${server} answered with errors: ${JSON.stringify(errors).slice(0, 400)}`);
  return errors !== undefined;
}

/** One at a time: both Plan Graph processes run the start-up checks against the same database. */
async function startServers(opts: QueryOptions): Promise<Record<Server, ServerProcess>> {
  const started: ServerProcess[] = [];
  const start = async (script: string, env: Record<string, string>) => {
    const server = await startServerProcess(path.join(__dirname, ...script.split('/')), env);
    started.push(server);
    return server;
  };
  try {
    return {
      planGraph: await start('planGraphServer.ts', { BENCH_CACHE_MB: '256' }),
      planGraphNoCache: await start('planGraphServer.ts', { BENCH_CACHE_MB: '0' }),
      baseline: await start('../baseline/server.ts', {
        BASELINE_NEO4J_URI: opts.boltUri,
        BASELINE_NEO4J_PASSWORD: opts.password,
      }),
    };
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    throw err;
  }
}

/** Database round trips of one request: Plan Graph says so itself; the baseline's are counted in its process. */
async function roundTripsOf(
  server: Server,
  target: ServerProcess,
  body: string,
): Promise<{ errors?: unknown[]; roundTrips: number }> {
  if (server !== 'baseline') {
    await ask(target.url, body); // the cached server's first answer fills the cache; report the repeat
    const res = await ask(target.url, body, { 'x-plangraph-debug': 'round-trips' });
    return { errors: res.errors, roundTrips: res.extensions?.roundTrips ?? NaN };
  }
  const before = (await target.stats()).queries;
  const res = await ask(target.url, body);
  return { errors: res.errors, roundTrips: (await target.stats()).queries - before };
}

export async function measureQueries(executor: Executor, opts: QueryOptions): Promise<StoryFigures[]> {
  const list = await stories(executor);
  const servers = await startServers(opts);
  const out: StoryFigures[] = [];
  try {
    for (const story of list) {
      const bodies: Record<Server, string> = {
        planGraph: JSON.stringify(story.planGraph),
        planGraphNoCache: JSON.stringify(story.planGraph),
        baseline: JSON.stringify(story.baseline),
      };
      const roundTrips = {} as Record<Server, number>;
      let ok = true;
      for (const server of SERVERS) {
        const first = await roundTripsOf(server, servers[server], bodies[server]);
        ok &&= !failed(server, story, first.errors, opts.log);
        roundTrips[server] = first.roundTrips;
      }
      if (!ok) continue;
      for (const connections of opts.connections) {
        for (const server of SERVERS) {
          const runs: Array<CannonResult & { heapMb: number }> = [];
          for (let i = 0; i < opts.runs; i++) {
            const { url } = servers[server];
            runs.push(
              await drive(
                { url, body: bodies[server], headers: JSON_HEADERS, connections, seconds: opts.seconds },
                async () => (await servers[server].stats()).heapUsed,
              ),
            );
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
          opts.log(
            `${story.name} ${server} c=${connections}: ${fig.perSecond.median.toFixed(1)} req/s, p50 ${fig.p50.median} ms, p99 ${fig.p99.median} ms`,
          );
          out.push(fig);
        }
      }
    }
  } finally {
    await Promise.all(SERVERS.map((s) => servers[s].stop()));
  }
  return out;
}
