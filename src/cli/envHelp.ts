import { ENV_HELP, loadEnv, type EnvName } from '../config/env';

/**
 * The environment section of `--help`: every variable env.ts reads, its default (taken from the
 * schema by validating an empty environment) and what it does — generated, so it cannot drift.
 */
export function envHelp(): string {
  const defaults = loadEnv({});
  const names = Object.keys(ENV_HELP) as EnvName[];
  const shown = (name: EnvName) => {
    const value = name === 'PLANGRAPH_REQUEST_TIMEOUT_MS' ? undefined : defaults[name];
    return value === undefined || value === '' ? name : `${name}=${String(value)}`;
  };
  const width = Math.max(...names.map((n) => shown(n).length));
  const lines = names.map((name) => `  ${shown(name).padEnd(width)}  ${ENV_HELP[name]}`);
  return `\nEnvironment (also read from .env; a flag wins over its variable; shown with defaults):\n${lines.join('\n')}\n`;
}
