import type { Command } from 'commander';
import { ENV_HELP, type EnvName } from '../config/env';

// Flags for the settings people change per run. Each one only sets its variable, so flags and the
// environment share one validation (env.ts) and one meaning; a flag wins over the variable.
// Secrets (NEO4J_PASSWORD, PLANGRAPH_ADMIN_TOKEN) have no flag: a command line is visible to `ps`.
const FLAGS = {
  PORT: '--port <n>',
  HOST: '--host <address>',
  NEO4J_URI: '--neo4j-uri <uri>',
  PLANGRAPH_NEO4J_BOLT_PORT: '--bolt-port <n>',
  PLANGRAPH_NEO4J_HOME: '--neo4j-home <dir>',
  LOG_LEVEL: '--log-level <level>',
  LOG_FORMAT: '--log-format <format>',
} as const satisfies Partial<Record<EnvName, string>>;

export type FlagVariable = keyof typeof FLAGS;

/** commander's key for a flag: `--bolt-port <n>` → `boltPort`. */
const keyOf = (name: FlagVariable): string =>
  FLAGS[name]
    .split(' ')[0]!
    .slice(2)
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Adds the flags for `names` to `command`, described by the variable they set. */
export function envFlags(command: Command, names: readonly FlagVariable[]): Command {
  for (const name of names) command.option(FLAGS[name], `${ENV_HELP[name]} (sets ${name})`);
  return command;
}

/**
 * Sets the variables of the flags given, in process.env itself: a flag then means exactly what its
 * variable means, to every module that reads the environment (and to the Neo4j it may start).
 */
export function applyFlags(opts: Record<string, unknown>, names: readonly FlagVariable[]): void {
  for (const name of names) {
    const value = opts[keyOf(name)];
    if (typeof value === 'string') process.env[name] = value;
  }
}
