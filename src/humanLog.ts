/**
 * Renders pino's JSON lines for a person: seconds since the process started, the message, a
 * step's duration (`ms`), and the other plain fields as key=value. Objects (counters) stay in the
 * JSON format only. Written synchronously, like pino's own stderr destination.
 */
export function humanLines(out: { write(text: string): unknown }): { write(line: string): void } {
  return {
    write(line: string) {
      for (const json of line.split('\n'))
        if (json.trim()) out.write(`${humanLine(JSON.parse(json) as Record<string, unknown>)}\n`);
    },
  };
}

const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'ms', 'err', 'requestId']);
const LEVELS: Record<number, string> = { 40: 'warning: ', 50: 'error: ', 60: 'fatal: ' };

export function humanLine(record: Record<string, unknown>, uptimeSeconds = process.uptime()): string {
  const level = LEVELS[Number(record.level)] ?? '';
  const took = typeof record.ms === 'number' ? ` (${seconds(record.ms)})` : '';
  const err = record.err as { message?: string } | undefined;
  const msg = typeof record.msg === 'string' ? record.msg : '';
  // A value the message already says (the URL in "serving … at <url>") is not repeated.
  const fields = Object.entries(record)
    .filter(
      ([key, value]) =>
        !HIDDEN.has(key) &&
        value !== null &&
        typeof value !== 'object' &&
        !(typeof value === 'string' && msg.includes(value)),
    )
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'string' && /\s/.test(value) ? JSON.stringify(value) : String(value)}`,
    );
  const detail = [err?.message ? `: ${err.message}` : '', fields.length ? `  ${fields.join(' ')}` : ''].join('');
  return `[${uptimeSeconds.toFixed(1).padStart(5)}s] ${level}${msg}${took}${detail}`;
}

const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
