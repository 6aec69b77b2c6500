import pino from 'pino';
import { humanLines } from './humanLog';

export type Logger = pino.Logger;

/** `auto`: words on a terminal, JSON lines otherwise; `json` and `pretty` force one. */
export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Logs on stderr, so stdout stays free for command output: JSON lines for log collectors, or —
 * on a terminal, or with LOG_FORMAT=pretty — one readable line per event, with timings.
 */
export function createLogger(
  level: string,
  format: LogFormat = 'json',
  stream: NodeJS.WriteStream = process.stderr,
): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && stream.isTTY === true);
  return pino(
    { level, base: { service: 'plangraph' } },
    pretty ? humanLines(stream) : stream === process.stderr ? pino.destination(2) : stream,
  );
}
