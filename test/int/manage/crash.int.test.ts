import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../../../bench/corpus/corpus';
import { prepareDatabase } from '../../../src/bootstrap';
import { projectRoot } from '../../../src/config/env';
import type { Executor } from '../../../src/db/executor';
import { buildPlanScript } from '../../../src/graph';
import { readPlanFile } from '../../../src/ingest';
import { createLogger } from '../../../src/logger';
import { cliOk, cliStart } from '../../helpers/cli';
import { useGraph } from '../../helpers/database';

// kill -9 is normal: a writer killed in the middle of a load or of a multi-transaction alignment
// must leave every plan with all of its old nodes and links or all of its new ones, no duplicate
// relationship, and a rerun that converges.

const PLANS = 30;

function killGroup(child: ChildProcess): void {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

/** Polls `probe` until it holds, the child exits, or the time is up; returns whether it held while the child ran. */
async function whileRunning(child: ChildProcess, probe: () => Promise<boolean>, ms = 120_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until && child.exitCode === null && child.signalCode === null) {
    if (await probe()) return child.exitCode === null && child.signalCode === null;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

/** Nodes per plan (by planId), what a plan that is whole has all of. */
async function nodesPerPlan(executor: Executor): Promise<Map<string, number>> {
  const rows = await executor.read(
    'MATCH (n) WHERE n.planId IS NOT NULL AND n.alignerVersion IS NULL RETURN n.planId AS plan, count(n) AS n',
  );
  return new Map(rows.map((r) => [String(r.plan), Number(r.n)]));
}

async function duplicateRelationships(executor: Executor): Promise<number> {
  const [row] = await executor.read(
    `MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1 RETURN count(*) AS pairs`,
  );
  return Number(row?.pairs);
}

/** Distinct alignment stamps on the links the aligner wrote from each plan's indicators. */
async function stampsPerPlan(executor: Executor): Promise<Map<string, number>> {
  const rows = await executor.read(
    `MATCH (i:Indicator)-[r:ROLLS_UP_TO|CANDIDATE|MEASURES]->() WHERE i.alignerVersion IS NULL
     RETURN i.planId AS plan, count(DISTINCT toString(r.alignedAt)) AS stamps`,
  );
  return new Map(rows.map((r) => [String(r.plan), Number(r.stamps)]));
}

describe('a writer killed with SIGKILL', () => {
  const db = useGraph('empty');
  const scripts: string[] = [];

  beforeAll(async () => {
    // Schema and reference data as `npm start` applies them, no plans; then the plan scripts of
    // the bundled plans and of synthetic ones from the bench corpus, built in process.
    const cypher = mkdtempSync(path.join(tmpdir(), 'plangraph-crash-'));
    for (const f of ['schema.cypher', 'reference.cypher'])
      copyFileSync(path.join(projectRoot, 'cypher', f), path.join(cypher, f));
    await prepareDatabase(db.executor(), createLogger('silent'), cypher);
    const corpus = writeCorpus('medium', path.join(cypher, 'corpus')).slice(0, PLANS);
    mkdirSync(path.join(cypher, 'plans'));
    for (const plan of corpus) {
      const doc = readPlanFile(plan.file);
      const file = path.join(cypher, 'plans', `${doc.metadata.id}.cypher`);
      writeFileSync(file, buildPlanScript(doc, { parserVersion: 'crash-test' }));
      scripts.push(file);
    }
    expect(readdirSync(path.join(cypher, 'plans'))).toHaveLength(PLANS);
  }, 300_000);

  it('mid-load leaves each plan whole or absent, and a rerun converges', async () => {
    const loads = async () =>
      Number(
        (
          await db
            .executor()
            .read(
              'MATCH (l:Load) WHERE l.file ENDS WITH ".cypher" AND NOT l.file ENDS WITH "reference.cypher" RETURN count(l) AS n',
            )
        )[0]?.n,
      );
    const child = cliStart('load', ...scripts);
    const midway = await whileRunning(child, async () => (await loads()) >= 3);
    killGroup(child);
    await exited(child);
    expect(midway).toBe(true);

    const afterKill = await nodesPerPlan(db.executor());
    expect(afterKill.size).toBeGreaterThan(0);
    expect(afterKill.size).toBeLessThan(PLANS);
    expect(await duplicateRelationships(db.executor())).toBe(0);

    await cliOk('load', ...scripts);
    const whole = await nodesPerPlan(db.executor());
    expect(whole.size).toBe(PLANS);
    // Every plan the killed run left in the graph already had every one of its nodes.
    for (const [plan, n] of afterKill) expect([plan, n]).toEqual([plan, whole.get(plan)]);
    expect(await duplicateRelationships(db.executor())).toBe(0);
  }, 600_000);

  it('mid-alignment leaves each plan with one generation of links, and a rerun converges', async () => {
    await cliOk('align');
    const first = await db
      .executor()
      .read('MATCH ()-[r:ROLLS_UP_TO]->() RETURN count(r) AS n, min(toString(r.alignedAt)) AS at');
    const firstAt = String(first[0]?.at);
    const links = Number(first[0]?.n);
    expect(links).toBeGreaterThan(0);

    // Every plan (nothing changed since), one plan per transaction, so the kill lands between batches.
    const child = cliStart('align', '--all', '--batch-rows', '1');
    const renewed = async () =>
      Number(
        (
          await db
            .executor()
            .read(
              'MATCH (i:Indicator)-[r:MEASURES]->() WHERE toString(r.alignedAt) <> $at RETURN count(DISTINCT i.planId) AS n',
              { at: firstAt },
            )
        )[0]?.n,
      ) >= 2;
    const midway = await whileRunning(child, renewed);
    killGroup(child);
    await exited(child);
    expect(midway).toBe(true);

    for (const [plan, stamps] of await stampsPerPlan(db.executor())) expect([plan, stamps]).toEqual([plan, 1]);
    expect(await duplicateRelationships(db.executor())).toBe(0);

    // The same command again (a plain `align` has nothing stale to do: every plan is whole either way).
    await cliOk('align', '--all');
    const again = await db
      .executor()
      .read('MATCH ()-[r:ROLLS_UP_TO]->() RETURN count(r) AS n, count(DISTINCT toString(r.alignedAt)) AS stamps');
    expect(again[0]).toEqual({ n: links, stamps: 1 });
    expect(await duplicateRelationships(db.executor())).toBe(0);
  }, 600_000);
});
