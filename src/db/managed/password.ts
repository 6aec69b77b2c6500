import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jLayout } from './layout';

/**
 * The managed server's password: NEO4J_PASSWORD when set, otherwise a random secret generated
 * on first start and kept in `<home>/auth/password` (mode 600), which the project reads back.
 */
export function resolvePassword(layout: Neo4jLayout, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  const secret = randomBytes(18).toString('base64url');
  mkdirSync(path.dirname(layout.passwordFile), { recursive: true });
  writeFileSync(layout.passwordFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}
