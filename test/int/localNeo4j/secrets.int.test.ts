import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startManaged, stopManaged, type ManagedServer } from '../../../src/localNeo4j/server';
import { layoutFor } from '../../../src/localNeo4j/layout';
import { privateDir } from '../../../src/localNeo4j/password';

// A fresh managed server must never show its password to other local users: not in any
// process's command line while it starts, and not in files they can read.
const PORT = Number(process.env.PLANGRAPH_TEST_SECRETS_BOLT_PORT ?? 7702);

/** Every command line on the host, read from /proc (what `ps -eo args` shows). */
function commandLines(): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process ended between listing and reading
    }
  }
  return lines;
}

const mode = (file: string) => statSync(file).mode & 0o777;
const LEADING_DASH = `-${randomBytes(12).toString('base64url')}`;

describe('the managed server keeps its password secret', () => {
  if (process.env.NEO4J_TEST_URI || process.platform !== 'linux') {
    it.skip('needs the managed Neo4j and /proc', () => undefined);
    return;
  }
  const home = mkdtempSync(path.join(tmpdir(), 'plangraph-secrets-'));
  let server: ManagedServer | null = null;
  const seen: string[] = [];
  let startMs = 0;

  beforeAll(async () => {
    const layout = layoutFor(home);
    // A password that starts with '-' (as 1 generated password in 64 once did, or an admin's own):
    // neo4j-admin must not read it as an option. The start below uses the one kept in the home.
    privateDir(path.dirname(layout.passwordFile));
    writeFileSync(layout.passwordFile, `${LEADING_DASH}\n`, { mode: 0o600 });
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        // The password file appears before any child process starts; sample until start-up ends.
        let secret: string | null = null;
        try {
          secret = readFileSync(layout.passwordFile, 'utf8').trim();
        } catch {
          // not written yet
        }
        if (secret)
          for (const line of commandLines()) if (line.includes(secret) && !seen.includes(line)) seen.push(line);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const started = Date.now();
    try {
      server = await startManaged({ home, boltPort: PORT, heap: '512m', pageCache: '64m' });
    } finally {
      startMs = Date.now() - started;
      sampling = false;
      await sampler;
    }
    process.stderr.write(`[secrets test] fresh managed Neo4j started in ${startMs} ms\n`);
  }, 240_000);

  afterAll(async () => {
    await stopManaged(home);
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('never puts the password on a command line', () => {
    expect(server?.startedHere).toBe(true);
    expect(server?.password).toBe(LEADING_DASH);
    expect(seen).toEqual([]);
  });

  it('keeps the password and the auth files readable by the owner only', () => {
    const layout = layoutFor(home);
    expect(mode(layout.passwordFile)).toBe(0o600);
    expect(mode(path.dirname(layout.passwordFile))).toBe(0o700);
    const dbms = path.join(layout.data, 'dbms');
    expect(mode(dbms)).toBe(0o700);
    for (const file of readdirSync(dbms))
      expect({ file, mode: mode(path.join(dbms, file)) }).toEqual({ file, mode: 0o600 });
  });
});
