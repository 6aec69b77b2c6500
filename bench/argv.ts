import { parseArgs } from 'node:util';

/**
 * The value of a script's `--name value` option, or `fallback` (node's parseArgs: `--name=value`
 * works too). The small bench scripts read their few options this way; `bench/run.ts` has commander.
 */
export function option(name: string, fallback: string): string {
  const { values } = parseArgs({ options: { [name]: { type: 'string' } }, strict: false, allowPositionals: true });
  const value = values[name];
  return typeof value === 'string' ? value : fallback;
}
