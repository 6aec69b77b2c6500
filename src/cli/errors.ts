/** Turns any error into the one line (plus detail) an admin reads in the terminal, and sets a non-zero exit code. */
export function reportCliError(err: unknown): void {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : null;
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error${code ? ` [${code}]` : ''}: ${message}\n`);
  if (!code && err instanceof Error && process.env.LOG_LEVEL === 'debug') process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
}

/** Wraps a commander action so typed errors become a clear message and exit code 1, never a stack dump. */
export function action<A extends unknown[]>(fn: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      reportCliError(err);
    }
  };
}
