import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type Session } from 'neo4j-driver';
import { startApiServer } from '../../src/api/server';
import { Executor, type Params, type Row } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { typeDefs } from '../baseline/typeDefs';
import { benchEnv, startBenchDb } from '../db';
import { stories } from './stories';

// `npx tsx bench/load/profile.ts [story …]`: the Cypher each story sends, Plan Graph's (cache off)
// and @neo4j/graphql's, each run once more with PROFILE against the bench database as the last
// bench run left it: db hits and rows returned. Not part of `npm run bench`.

interface Sent {
  cypher: string;
  params: Params;
}

const log = (line: string) => process.stderr.write(`[profile] ${line}\n`);

function dbHits(plan: ProfiledPlan): number {
  return plan.children.reduce((n, child) => n + dbHits(child), plan.dbHits);
}

/** Plan Graph's reads: every Executor read of every request goes into `sent`. */
function recordReads(sent: Sent[]): void {
  const { read } = Executor.prototype as { read: (this: Executor, cypher: string, params?: Params) => Promise<Row[]> };
  Executor.prototype.read = function (this: Executor, cypher: string, params: Params = {}) {
    sent.push({ cypher, params });
    return read.call(this, cypher, params);
  };
}

/** The baseline's queries: every tx.run inside the library's read transactions goes into `sent`. */
function recording(driver: Driver, sent: Sent[]): Driver {
  const open = driver.session.bind(driver);
  driver.session = (config?: Parameters<Driver['session']>[0]) => {
    const session: Session = open(config);
    const executeRead = session.executeRead.bind(session);
    session.executeRead = <T>(work: (tx: ManagedTransaction) => Promise<T> | T) =>
      executeRead((tx) => {
        const run = tx.run.bind(tx);
        const recorded = (cypher: string, params?: Params) => (
          sent.push({ cypher, params: params ?? {} }),
          run(cypher, params)
        );
        return work(Object.assign(Object.create(tx) as ManagedTransaction, { run: recorded }));
      });
    return session;
  };
  return driver;
}

async function profile(driver: Driver, { cypher, params }: Sent): Promise<string> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(`PROFILE ${cypher}`, params);
    const plan = res.summary.profile;
    const ms = res.summary.resultAvailableAfter.toNumber() + res.summary.resultConsumedAfter.toNumber();
    return `${plan ? dbHits(plan) : NaN} db hits, ${res.records.length} rows, ${ms} ms`;
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const db = await startBenchDb(log);
  const driver = neo4j.driver(db.server.uri, neo4j.auth.basic('neo4j', db.server.password));
  const sent: Sent[] = [];
  recordReads(sent);
  const api = await startApiServer(benchEnv({ PLANGRAPH_CACHE_MB: '0' }), db.executor, createLogger('error'));
  const schema = await new Neo4jGraphQL({ typeDefs, driver: recording(driver, sent) }).getSchema();
  try {
    for (const story of await stories(db.executor)) {
      if (wanted.length > 0 && !wanted.includes(story.name)) continue;
      sent.length = 0;
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(story.planGraph),
      });
      const ours = sent.splice(0);
      await graphql({
        schema,
        source: story.baseline.query,
        variableValues: story.baseline.variables,
        contextValue: {},
      });
      const theirs = sent.splice(0);
      for (const [who, queries] of [
        ['planGraph', ours],
        ['baseline', theirs],
      ] as const)
        for (const q of queries) {
          // Twice: the first plans the query; the second is the one a warm server runs.
          await profile(driver, q);
          process.stdout.write(`\n## ${story.name} · ${who}: ${await profile(driver, q)}\n`);
          if (process.env.PROFILE_CYPHER) process.stdout.write(`${q.cypher}\n${JSON.stringify(q.params)}\n`);
        }
    }
  } finally {
    await api.stop();
    await driver.close();
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
