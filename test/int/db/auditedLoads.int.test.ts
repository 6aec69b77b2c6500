import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { auditFilePath, type AuditEntry } from '../../../src/audit/auditFile';
import { projectRoot } from '../../../src/config/env';
import { graphCounts } from '../../helpers/database';
import { cli } from '../../helpers/cli';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// Honest, auditable loads on the real Neo4j with the bundled plans: schema commands refused in
// data scripts, deletes only with --allow-delete (or a plan's own sweep), audit records untouchable,
// and every attempt a line in the append-only audit file.

const PLAN = 'jiangbei-2021-2025-public-services';
const bundledPlan = path.join(projectRoot, 'cypher', 'plans', `${PLAN}.cypher`);
const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-audit-scripts-'));
const script = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

const auditLines = (): AuditEntry[] =>
  existsSync(auditFilePath())
    ? readFileSync(auditFilePath(), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as AuditEntry)
    : [];

const LOAD_SCRIPT = `mutation($s: String!, $n: String!, $d: Boolean) {
  loadScript(input: {script: $s, name: $n, allowDelete: $d}) { id nodesDeleted relationshipsDeleted by clientAddress requestId }
}`;

describe('auditable loads', () => {
  const { gql, executor } = useService();
  const schemaNow = async () => ({
    constraints: (await executor().read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name),
    indexes: (await executor().read('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name),
  });
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

  it('refuses a schema-only script with the statement, its line and where schema goes; nothing is dropped', async () => {
    const before = await schemaNow();
    const lines = auditLines().length;
    const file = script(
      'drops.cypher',
      '// tidy up\nDROP CONSTRAINT plan_id;\nDROP INDEX plangraph_text;\nDROP CONSTRAINT no_such_constraint;\n',
    );
    const run = await cli('load', file);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /\[SCHEMA_REFUSED\].*statement 1 \(line 2\) is a schema command \(DROP CONSTRAINT\).*cypher\/schema\.cypher/,
    );
    expect(await schemaNow()).toEqual(before);
    const answer = await gql(LOAD_SCRIPT, { s: 'DROP INDEX plangraph_text', n: 'drops.cypher' }, admin);
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/schema command \(DROP INDEX\)/) as string,
    });
    expect(await schemaNow()).toEqual(before);
    expect(
      auditLines()
        .slice(lines)
        .map((l) => [l.kind, l.outcome, l.code]),
    ).toEqual([
      ['load', 'refused', 'SCHEMA_REFUSED'],
      ['load', 'refused', 'SCHEMA_REFUSED'],
    ]);
  });

  it('reloads a bundled plan whose sweep deletes its stale items without --allow-delete, and records who and where from', async () => {
    await executor().write(
      `MATCH (p:Plan {id: $plan}) CREATE (p)-[:HAS_CHAPTER {planId: $plan, revision: 'old'}]->` +
        `(:Chapter {id: $plan + '/stale', planId: $plan, revision: 'old'})`,
      { plan: PLAN },
    );
    const run = await cli('load', '--by', 'reviewer', bundledPlan);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/nodes \+0 -1, relationships \+0 -1/);
    const [record] = await executor().read(
      'MATCH (l:Load {file: $file}) WHERE l.by = $by RETURN l.nodesDeleted AS nodes, l.relationshipsDeleted AS rels, l.osUser AS osUser, l.host AS host',
      { file: bundledPlan, by: 'reviewer' },
    );
    expect(record).toEqual({ nodes: 1, rels: 1, osUser: userInfo().username, host: hostname() });
    expect(auditLines().at(-1)).toMatchObject({
      kind: 'load',
      outcome: 'ok',
      by: 'reviewer',
      origin: { osUser: userInfo().username, host: hostname() },
      result: { nodesDeleted: 1, relationshipsDeleted: 1 },
    });
  });

  it("refuses a plan script that deletes beyond its own plan's sweep", async () => {
    const before = await graphCounts(executor(), { withAudit: true });
    const file = script(
      'other.cypher',
      `// plangraph:plan ${PLAN}\nMATCH (n:Chapter {planId: 'yuzhong-2021-2025-public-services'}) DETACH DELETE n;\n`,
    );
    const run = await cli('load', file);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/\[DELETE_REFUSED\].*statement 1 \(line 2\) deleted \d+ nodes/);
    expect(await graphCounts(executor(), { withAudit: true })).toEqual(before);
  });

  it('records the client address and request id of an API load', async () => {
    const answer = await gql<{ loadScript: Record<string, unknown> }>(
      LOAD_SCRIPT,
      { s: "MERGE (:Probe {id: 'api'})", n: 'probe.cypher' },
      { ...admin, 'x-request-id': 'audit-test-1' },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.loadScript).toMatchObject({
      nodesDeleted: 0,
      relationshipsDeleted: 0,
      by: 'api:audit-test-1',
      requestId: 'audit-test-1',
      clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/) as string,
    });
    const [record] = await executor().read(
      'MATCH (l:Load {requestId: $id}) RETURN l.clientAddress AS address, l.nodesDeleted AS nodes',
      {
        id: 'audit-test-1',
      },
    );
    expect(record).toEqual({ address: answer.data?.loadScript.clientAddress, nodes: 0 });
    expect(auditLines().at(-1)).toMatchObject({
      kind: 'load',
      outcome: 'ok',
      origin: { requestId: 'audit-test-1', clientAddress: answer.data?.loadScript.clientAddress },
    });
    await executor().write("MATCH (n:Probe {id: 'api'}) DELETE n");
  });

  it('refuses MATCH (n) DETACH DELETE n without --allow-delete, and with it still keeps the audit records; every attempt is a line', async () => {
    const before = await graphCounts(executor(), { withAudit: true });
    const loads = Number((await executor().read('MATCH (l:Load) RETURN count(l) AS n'))[0]?.n);
    const lines = auditLines().length;
    const wipeAll = script('wipe.cypher', 'MATCH (n) DETACH DELETE n;\n');

    const refused = await cli('load', wipeAll);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/\[DELETE_REFUSED\].*statement 1 \(line 1\) deleted \d+ nodes.*--allow-delete/);
    expect(await graphCounts(executor(), { withAudit: true })).toEqual(before);

    const viaApi = await gql(LOAD_SCRIPT, { s: 'MATCH (n) DETACH DELETE n', n: 'wipe.cypher' }, admin);
    expect(viaApi.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/DETACH|deleted \d+ nodes/) as string,
    });
    expect(await graphCounts(executor(), { withAudit: true })).toEqual(before);

    // Even allowed to delete, a script may not take the audit records with it.
    const protectedRun = await cli('load', '--allow-delete', wipeAll);
    expect(protectedRun.code).not.toBe(0);
    expect(protectedRun.stderr).toMatch(/\[AUDIT_PROTECTED\]/);
    expect(await graphCounts(executor(), { withAudit: true })).toEqual(before);

    const data = Number((await executor().read('MATCH (n) WHERE NOT n:Load RETURN count(n) AS n'))[0]?.n);
    const allowed = await cli(
      'load',
      '--allow-delete',
      script('wipe-data.cypher', 'MATCH (n) WHERE NOT n:Load DETACH DELETE n;\n'),
    );
    expect(allowed.code).toBe(0);
    // The graph's revision marker (readCache) is written again by the load's own transaction.
    const rows = await executor().read(
      'MATCH (n) WHERE NOT n:Revision RETURN labels(n) AS labels, n.nodesDeleted AS deleted, n.file AS file',
    );
    expect(rows.every((r) => (r.labels as string[]).includes('Load'))).toBe(true);
    expect(rows).toHaveLength(loads + 1);
    expect(Number(rows.find((r) => String(r.file).endsWith('wipe-data.cypher'))?.deleted)).toBeGreaterThanOrEqual(
      data - 1,
    );

    expect(
      auditLines()
        .slice(lines)
        .map((l) => [l.kind, l.outcome, l.code ?? null]),
    ).toEqual([
      ['load', 'refused', 'DELETE_REFUSED'],
      ['load', 'refused', 'DELETE_REFUSED'],
      ['load', 'refused', 'AUDIT_PROTECTED'],
      ['load', 'ok', null],
    ]);
  });
});
