import { DatabaseError } from '../../../src/db/errors';
import { useGraph } from '../../helpers/database';

describe('Executor against the real Neo4j', () => {
  const db = useGraph('empty');

  it('reports the live server version and edition', async () => {
    const info = await db.executor().serverInfo();
    expect(info.version).toMatch(/^5\.26\./);
    expect(['community', 'enterprise']).toContain(info.edition);
  });

  it('round-trips Chinese text, numbers, nulls and lists through parameters', async () => {
    const executor = db.executor();
    const props = {
      id: 'rt/1',
      name: '人均预期寿命',
      value: 79.72,
      year: 2025,
      comparator: null,
      tags: ['健康', '养老'],
    };
    await executor.write('CREATE (n:RoundTrip) SET n = $props', { props });
    const rows = await executor.read('MATCH (n:RoundTrip {id: $id}) RETURN n {.*} AS n', { id: 'rt/1' });
    expect(rows).toEqual([
      { n: { id: 'rt/1', name: '人均预期寿命', value: 79.72, year: 2025, tags: ['健康', '养老'] } },
    ]);
    expect(typeof (rows[0]?.n as { year: unknown }).year).toBe('number');
  });

  it('rolls back an explicit transaction that throws', async () => {
    const executor = db.executor();
    await expect(
      executor.inWriteTransaction(async (tx) => {
        await tx.run("CREATE (:RoundTrip {id: 'rt/rolled-back'})");
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(await executor.read("MATCH (n:RoundTrip {id: 'rt/rolled-back'}) RETURN n")).toEqual([]);
  });

  it('maps a Cypher syntax error to CYPHER_SYNTAX with the server code', async () => {
    const error = await db
      .executor()
      .read('MATCH (n RETURN n')
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'CYPHER_SYNTAX', neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('refuses to write through read(), with FORBIDDEN, and writes nothing', async () => {
    const executor = db.executor();
    const error = await executor.read("CREATE (:RoundTrip {id: 'rt/read-only'})").catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await executor.read("MATCH (n:RoundTrip {id: 'rt/read-only'}) RETURN n")).toEqual([]);
  });

  it('stamps the graph with a new revision token on every committed write, and not on a rolled-back one', async () => {
    const executor = db.executor();
    const token = async () =>
      (await executor.read("MATCH (r:Revision {id: 'graph'}) RETURN r.token AS token"))[0]?.token;
    await executor.write("MERGE (:RoundTrip {id: 'rt/stamp'})");
    const first = await token();
    await executor.write("MERGE (:RoundTrip {id: 'rt/stamp'})");
    const second = await token();
    await executor.inWriteTransaction((tx) => tx.run("CREATE (:RoundTrip {id: 'rt/stamp-2'})"));
    const third = await token();
    await executor
      .inWriteTransaction(async (tx) => {
        await tx.run("CREATE (:RoundTrip {id: 'rt/stamp-3'})");
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(new Set([first, second, third]).size).toBe(3);
    expect(await token()).toBe(third);
  });

  it('counts round trips per scoped view and in total', async () => {
    const root = db.executor();
    const scoped = root.scoped();
    const before = root.roundTrips;
    await scoped.read('RETURN 1');
    await scoped.read('RETURN 2');
    expect(scoped.roundTrips).toBe(2);
    expect(root.roundTrips - before).toBe(2);
  });
});
