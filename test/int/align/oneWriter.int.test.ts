import { readdirSync } from 'node:fs';
import path from 'node:path';
import { alignPlans, curateRollUp } from '../../../src/align';
import type { Decision } from '../../../src/align/types';
import { DatabaseError } from '../../../src/db/errors';
import { Executor } from '../../../src/db/executor';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { useGraph } from '../../helpers/database';
import { testConnection } from '../../setup/testDatabase';

// Overlapping writers (two aligns, many curations, an align with curations arriving) must leave
// one link per pair and type, and every pair's link as its last recorded decision says.
const CYPHER = path.join(__dirname, '../../../cypher');
const inDir = (dir: string) =>
  readdirSync(path.join(CYPHER, dir))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(CYPHER, dir, f));
const ROUNDS = 5;

describe('one writer at a time', () => {
  const db = useGraph('empty');
  const others: Executor[] = [];
  /** A second process's view: an executor with its own driver and connections. */
  const another = () => {
    const e = Executor.connect(testConnection());
    others.push(e);
    return e;
  };
  let pairs: { from: string; to: string }[] = [];

  beforeAll(async () => {
    await applySchema(db.executor(), path.join(CYPHER, 'schema.cypher'));
    await loadScripts({
      executor: db.executor(),
      files: [path.join(CYPHER, 'reference.cypher'), ...inDir('plans')],
      by: 'test',
    });
    await alignPlans({ executor: db.executor() });
    pairs = (await db.executor().read(`MATCH (a:Indicator)-[r:ROLLS_UP_TO]->(b:Indicator) WHERE r.method <> 'curated'
      RETURN a.id AS from, b.id AS to ORDER BY from, to LIMIT 10`)) as typeof pairs;
  }, 60_000);
  afterAll(() => Promise.all(others.map((e) => e.close())));

  const duplicates = async () =>
    db
      .executor()
      .read(`MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1 RETURN type, count(*) AS pairs`);

  /** The pair's roll-up links, each with its method; [] when there is none. */
  const linksOf = async (p: { from: string; to: string }) =>
    (
      await db
        .executor()
        .read(
          `MATCH (:Indicator {id: $from})-[r:ROLLS_UP_TO|CANDIDATE]->(:Indicator {id: $to}) RETURN type(r) AS type, r.method AS method`,
          p,
        )
    ).map((r) => `${String(r.type)}:${String(r.method)}`);

  const decisionOf = async (p: { from: string; to: string }) => {
    const rows = await db.executor().read('MATCH (c:Curation {from: $from, to: $to}) RETURN c.decision AS decision', p);
    return rows.map((r) => r.decision);
  };

  const expectReflected = async (p: { from: string; to: string }) => {
    const [decision, ...more] = await decisionOf(p);
    expect(more).toEqual([]);
    expect(await linksOf(p)).toEqual(decision === 'accepted' ? ['ROLLS_UP_TO:curated'] : []);
  };

  const curate = (executor: Executor, p: { from: string; to: string }, decision: Decision) =>
    curateRollUp({ executor, ...p, decision, by: 'test', note: null });

  it('(a) two full aligns at once, from two drivers, never double a link', async () => {
    const [x, y] = [another(), another()];
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all([
        alignPlans({ executor: x }),
        alignPlans({ executor: y, batchRows: round % 2 ? 60 : undefined }),
      ]);
      expect(await duplicates()).toEqual([]);
    }
  }, 120_000);

  it('(b) ten curations of one pair at once, alternating: one record, and the link it says', async () => {
    const pair = pairs[0]!;
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => curate(another(), pair, i % 2 ? 'accepted' : 'rejected')));
      await expectReflected(pair);
    }
    expect(await duplicates()).toEqual([]);
  }, 120_000);

  it('(c) ten curations of ten pairs at once leave no duplicate', async () => {
    await Promise.all(pairs.map((p, i) => curate(another(), p, i % 3 ? 'accepted' : 'rejected')));
    expect(await duplicates()).toEqual([]);
    for (const p of pairs) await expectReflected(p);
  }, 60_000);

  it('(d) an align (in batches) while curations arrive: every last decision is in the graph', async () => {
    for (let round = 0; round < 3; round += 1) {
      const curations = pairs.map((p, i) => curate(another(), p, (i + round) % 2 ? 'accepted' : 'rejected'));
      await Promise.all([alignPlans({ executor: another(), batchRows: 60 }), ...curations]);
      for (const p of pairs) await expectReflected(p);
      expect(await duplicates()).toEqual([]);
    }
  }, 120_000);

  it('curating then aligning leaves the pair exactly the link the curation wrote', async () => {
    const pair = pairs[1]!;
    await curate(db.executor(), pair, 'accepted');
    const props = `MATCH (:Indicator {id: $from})-[r:ROLLS_UP_TO|CANDIDATE]->(:Indicator {id: $to}) RETURN type(r) AS type, properties(r) AS props`;
    const plain = async () =>
      (await db.executor().read(props, pair)).map((r) => ({
        type: r.type,
        props: { ...(r.props as object), alignedAt: null },
      }));
    const curated = await plain();
    expect(curated).toHaveLength(1);
    await alignPlans({ executor: db.executor() });
    expect(await plain()).toEqual(curated);
  });

  it('(e) a writer that cannot get the lock in time fails with BUSY', async () => {
    // Community cannot change db.lock.acquisition.timeout at run time (no dbms.setConfigValue):
    // the waiting writer's own transaction timeout (queryTimeoutMs × 20 = 1 s) ends its wait instead.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => undefined as void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = another().inWriteTransaction(async () => {
      locked();
      await held;
    });
    try {
      await lockTaken;
      const impatient = Executor.connect({ ...testConnection(), queryTimeoutMs: 50 });
      others.push(impatient);
      const before = await decisionOf(pairs[2]!);
      const started = Date.now();
      const err = await curate(impatient, pairs[2]!, before[0] === 'rejected' ? 'accepted' : 'rejected').catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DatabaseError);
      expect((err as DatabaseError).code).toBe('BUSY');
      expect((err as DatabaseError).message).toMatch(/another write is running/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await decisionOf(pairs[2]!)).toEqual(before);
    } finally {
      release();
      await holder;
    }
  }, 30_000);
});
