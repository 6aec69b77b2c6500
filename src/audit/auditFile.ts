import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_FILE_DEFAULT, projectRoot } from '../config/env';
import type { Origin } from './origin';

export type AuditKind = 'load' | 'add' | 'remove' | 'align' | 'observations';
export type AuditOutcome = 'ok' | 'refused' | 'failed';

/** One line of the audit file: one attempt to change the graph, whatever became of it. */
export interface AuditEntry {
  at: string;
  kind: AuditKind;
  outcome: AuditOutcome;
  by: string;
  origin: Origin;
  /** Script files, plan texts or plan ids the attempt was about. */
  targets: string[];
  code?: string;
  message?: string;
  /** What it changed (nodesDeleted, relationshipsDeleted …), ids of the (:Load) records written. */
  result?: Record<string, unknown>;
}

/** PLANGRAPH_AUDIT_FILE, relative to the project root, or .plangraph/loads.jsonl. */
export function auditFilePath(source: NodeJS.ProcessEnv = process.env): string {
  const setting = source.PLANGRAPH_AUDIT_FILE?.trim();
  return path.resolve(projectRoot, setting ? setting : AUDIT_FILE_DEFAULT);
}

/**
 * Appends one JSON line. The file lives outside Neo4j and is only ever opened for appending
 * (O_APPEND), so a script that deletes (:Load) records cannot take its own trace with them.
 */
export function appendAudit(entry: Omit<AuditEntry, 'at'>): void {
  const file = auditFilePath();
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Client addresses and user names: readable by the owner only.
  appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`, { flag: 'a', mode: 0o600 });
}

export interface Attempt {
  kind: AuditKind;
  by: string;
  origin: Origin;
  targets: string[];
}

/**
 * Runs `work` and appends its audit line — ok with `summary` of the result, or refused/failed with
 * the error's code — then returns or rethrows. The one place every write path records itself.
 */
export async function audited<T>(
  attempt: Attempt,
  work: () => Promise<T>,
  summary: (result: T) => Record<string, unknown>,
): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (err) {
    recordFailure(attempt, err);
    throw err;
  }
  appendAudit({ ...attempt, outcome: 'ok', result: summary(result) });
  return result;
}

/** The audit line of an attempt that ended in `err`: refused (a check said no) or failed, with its code. */
export function recordFailure(attempt: Attempt, err: unknown): void {
  appendAudit({ ...attempt, ...failure(err) });
}

// Refusals are errors raised before or instead of a write (a check said no); anything else failed.
const REFUSING_ERRORS = new Set(['ScriptLoadError', 'PlanChangeRefused', 'InputFileError']);

function failure(err: unknown): { outcome: AuditOutcome; code: string; message: string } {
  const e = err as { name?: unknown; code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : 'INTERNAL';
  const refused = typeof e?.name === 'string' && REFUSING_ERRORS.has(e.name) && code !== 'STATEMENT_FAILED';
  return {
    outcome: refused ? 'refused' : 'failed',
    code,
    message: typeof e?.message === 'string' ? e.message : String(err),
  };
}
