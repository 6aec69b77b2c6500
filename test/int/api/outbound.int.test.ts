import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Executor } from '../../../src/db/executor';
import { cli } from '../../helpers/cli';
import { useCountingServer } from '../../helpers/countingServer';
import { ADMIN_TOKEN, useService } from '../../helpers/service';
import { testConnection } from '../../setup/testDatabase';

// The admin token must not turn into outbound connections from the database host: Plan Graph
// refuses scripts that reach outside the graph, and the managed Neo4j blocks every address anyway.

describe('scripts cannot make the database connect out', () => {
  const http = useCountingServer();
  const { gql } = useService();
  let executor: Executor;
  beforeAll(() => {
    executor = Executor.connect(testConnection());
  });
  afterAll(() => executor.close());
  const leaks = async () => Number((await executor.read('MATCH (n:Leak) RETURN count(n) AS n'))[0]?.n);

  const hostile = () =>
    `CREATE (:Leak {at: 'before'});\nLOAD CSV FROM '${http.url('/x.csv')}' AS row\nCREATE (:Leak {v: row[0]});\n`;

  it('refuses LOAD CSV in the loadScript mutation, names statement and line, and nothing reaches the server or the graph', async () => {
    const res = await gql(
      `mutation($s: String!) { loadScript(input: {script: $s, name: "leak.cypher"}) { id } }`,
      { s: hostile() },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/leak\.cypher: statement 2 \(line 2\) is refused: LOAD CSV/);
    expect(http.requests()).toBe(0);
    expect(await leaks()).toBe(0);
  });

  it('refuses it in `plangraph load` the same way, exiting 1', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plangraph-outbound-')), 'leak.cypher');
    writeFileSync(file, hostile());
    const result = await cli('load', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/leak\.cypher: statement 2 \(line 2\) is refused: LOAD CSV/);
    expect(http.requests()).toBe(0);
    expect(await leaks()).toBe(0);
  });

  it('blocks LOAD CSV in the managed Neo4j itself, for a statement that bypasses Plan Graph', async () => {
    if (process.env.NEO4J_TEST_URI) return; // another server: its configuration is not ours to test
    await expect(executor.read(`LOAD CSV FROM '${http.url('/direct.csv')}' AS row RETURN row`)).rejects.toThrow(
      /access to \/127\.0\.0\.1 is blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/,
    );
    await expect(executor.read(`LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row`)).rejects.toThrow(
      /allow_csv_import_from_file_urls' is false/,
    );
    expect(http.requests()).toBe(0);
  });
});
