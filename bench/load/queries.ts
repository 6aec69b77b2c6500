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
  /** Seconds per run at a number of clients (50 clients may need longer runs to finish requests). */
  seconds: (connections: number) => number;
  connections: number[];
  /** Story names to measure; all when absent. */
  stories?: string[];
  /** Servers to measure; all when absent. */
  servers?: readonly Server[];
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
async function startServers(opts: QueryOptions, wanted: readonly Server[]): Promise<Map<Server, ServerProcess>> {
  const scripts: Record<Server, [string, Record<string, string>]> = {
    planGraph: ['planGraphServer.ts', { BENCH_CACHE_MB: '256' }],
    planGraphNoCache: ['planGraphServer.ts', { BENCH_CACHE_MB: '0' }],
    baseline: ['../baseline/server.ts', { BASELINE_NEO4J_URI: opts.boltUri, BASELINE_NEO4J_PASSWORD: opts.password }],
  };
  const started = new Map<Server, ServerProcess>();
  try {
    for (const server of wanted) {
      const [script, env] = scripts[server];
      started.set(server, await startServerProcess(path.join(__dirname, ...script.split('/')), env));
    }
    return started;
  } catch (err) {
    await Promise.all([...started.values()].map((s) => s.stop()));
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
  const all = await stories(executor);
  const unknown = opts.stories?.filter((name) => !all.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`unknown stories: ${unknown.join(', ')}; the stories are ${all.map((s) => s.name).join(', ')}`);
  const list = opts.stories ? all.filter((s) => opts.stories?.includes(s.name)) : all;
  const wanted = SERVERS.filter((s) => !opts.servers || opts.servers.includes(s));
  const servers = await startServers(opts, wanted);
  const serverOf = (server: Server) => servers.get(server)!;
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
      for (const server of wanted) {
        const first = await roundTripsOf(server, serverOf(server), bodies[server]);
        ok &&= !failed(server, story, first.errors, opts.log);
        roundTrips[server] = first.roundTrips;
      }
      if (!ok) continue;
      for (const connections of opts.connections) {
        for (const server of wanted) {
          const runs: Array<CannonResult & { heapMb: number }> = [];
          for (let i = 0; i < opts.runs; i++) {
            const { url } = serverOf(server);
            runs.push(
              await drive(
                { url, body: bodies[server], headers: JSON_HEADERS, connections, seconds: opts.seconds(connections) },
                async () => (await serverOf(server).stats()).heapUsed,
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
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
  return out;
}
