import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jLayout } from './layout';

/**
 * The managed server's password: NEO4J_PASSWORD when set, otherwise a random secret generated
 * on first start and kept in `<home>/auth/password` (mode 600), which the project reads back.
 */
export function resolvePassword(layout: Neo4jLayout, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  // base64url may start with '-', which a command line reads as an option (1 password in 64).
  let secret = randomBytes(18).toString('base64url');
  while (secret.startsWith('-')) secret = randomBytes(18).toString('base64url');
  privateDir(path.dirname(layout.passwordFile));
  writeFileSync(layout.passwordFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A directory only its owner can enter (created when missing, tightened when it exists). */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * The password as a picocli argument file (`neo4j-admin … @file`, documented for every admin
 * command), so it never appears on a command line: quoted, with backslashes and quotes escaped,
 * after `--`, so a password that starts with `-` (NEO4J_PASSWORD's, or a generated one before they
 * were kept from it) is not read as an option: neo4j-admin then failed with "Missing required
 * parameter: '<password>'".
 */
export function passwordArgFile(layout: Neo4jLayout, password: string): string {
  const dir = path.dirname(layout.passwordFile);
  privateDir(dir);
  const file = path.join(dir, 'set-initial-password.args');
  writeFileSync(file, `--\n"${password.replace(/[\\"]/g, (c) => `\\${c}`)}"\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

/**
 * The generated password and Neo4j's hashed credentials (data/dbms/auth.ini) readable by the owner
 * only; run on every start, so a home made by an older version is tightened too.
 */
export function protectSecrets(layout: Neo4jLayout): void {
  if (existsSync(layout.passwordFile)) {
    privateDir(path.dirname(layout.passwordFile));
    chmodSync(layout.passwordFile, 0o600);
  }
  const dbms = path.join(layout.data, 'dbms');
  if (!existsSync(dbms)) return;
  privateDir(dbms);
  for (const file of readdirSync(dbms)) chmodSync(path.join(dbms, file), 0o600);
}
