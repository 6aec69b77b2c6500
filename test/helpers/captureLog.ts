import pino from 'pino';
import type { Logger } from '../../src/logger';

/** A logger whose JSON lines the test can read back (pino's own format, as in production). */
export function captureLog(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const log = pino({ level: 'debug', base: { service: 'plangraph' } }, { write: (line: string) => raw.push(line) });
  return { log, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
