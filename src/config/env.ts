import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Every setting Plan Graph reads, validated once. `.env.sample` lists the same variables.
// 0 asks the OS for a free port (tests use it).
const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

export const AUDIT_FILE_DEFAULT = '.plangraph/loads.jsonl';

const schema = z.object({
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j:// or bolt://')
      .optional(),
  ),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  PLANGRAPH_NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(2_000),
  // Unset: NEO4J_QUERY_TIMEOUT_MS + REQUEST_TIMEOUT_MARGIN_MS (see withDerivedDefaults).
  PLANGRAPH_REQUEST_TIMEOUT_MS: optionalText
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number().int().min(100).optional()),
  PLANGRAPH_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  PLANGRAPH_NEO4J_HOME: z.string().default('.neo4j/dev'),
  PLANGRAPH_NEO4J_BOLT_PORT: port.default(7687),
  PLANGRAPH_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'like 512m or 1g')
    .default('1g'),
  PLANGRAPH_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'like 512m or 1g')
    .default('512m'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  PLANGRAPH_ADMIN_TOKEN: optionalText,
  CORS_ORIGINS: z.string().default(''),
  GRAPHQL_INTROSPECTION: flag.default(true),
  PLANGRAPH_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  PLANGRAPH_MAX_COST: z.coerce.number().int().min(100).default(500_000),
  // How many items a list without @listSize counts for in the cost.
  PLANGRAPH_ASSUMED_LIST_SIZE: z.coerce.number().int().min(1).default(10),
  // Requests costing more run at most PLANGRAPH_EXPENSIVE_CONCURRENCY at once, with up to
  // PLANGRAPH_EXPENSIVE_QUEUE waiting (each at most PLANGRAPH_EXPENSIVE_WAIT_MS); others get TOO_BUSY.
  PLANGRAPH_EXPENSIVE_COST: z.coerce.number().int().min(0).default(50_000),
  PLANGRAPH_EXPENSIVE_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  PLANGRAPH_EXPENSIVE_QUEUE: z.coerce.number().int().min(0).default(8),
  PLANGRAPH_EXPENSIVE_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
  // Memory for answers read while the graph is unchanged; 0 turns the cache off.
  PLANGRAPH_CACHE_MB: z.coerce.number().int().min(0).default(256),
  // The append-only audit file (one JSON line per load, add, remove, align attempt); relative to the project root.
  PLANGRAPH_AUDIT_FILE: z.string().default(AUDIT_FILE_DEFAULT),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: start-up steps in words on a terminal, JSON lines otherwise (see src/logger.ts).
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
});

/** A variable Plan Graph reads. */
export type EnvName = keyof z.input<typeof schema>;

/**
 * What each variable does, in a line, for `plangraph --help`. Keyed by the schema's own names,
 * so a variable added above does not compile until it is described here.
 */
export const ENV_HELP: Record<EnvName, string> = {
  NEO4J_URI: 'use this Neo4j (bolt://, neo4j://, neo4j+s://) and start none; unset: Plan Graph runs its own',
  NEO4J_USERNAME: 'Neo4j user',
  NEO4J_PASSWORD:
    "Neo4j password; for Plan Graph's own Neo4j, unset = generated at first start into <home>/auth/password",
  NEO4J_DATABASE: 'Neo4j database',
  NEO4J_QUERY_TIMEOUT_MS: 'transaction timeout of every API query',
  PLANGRAPH_NEO4J_POOL_SIZE: 'most Bolt connections open at once',
  PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS: 'how long a query waits for a connection',
  PLANGRAPH_REQUEST_TIMEOUT_MS: 'deadline of every GraphQL read (unset: NEO4J_QUERY_TIMEOUT_MS + 3000)',
  PLANGRAPH_HEALTH_TIMEOUT_MS: 'how long `health` waits for Neo4j',
  PLANGRAPH_NEO4J_HOME: "home of Plan Graph's own Neo4j (conf, data, logs, password)",
  PLANGRAPH_NEO4J_BOLT_PORT: "Bolt port of Plan Graph's own Neo4j",
  PLANGRAPH_NEO4J_HEAP: 'its JVM heap',
  PLANGRAPH_NEO4J_PAGECACHE: 'its page cache',
  HOST: 'address GraphQL is served on',
  PORT: 'port GraphQL is served on (0: any free port)',
  PLANGRAPH_ADMIN_TOKEN: 'bearer token for admin mutations; unset disables them',
  CORS_ORIGINS: 'comma-separated origins allowed to call the API, or *',
  GRAPHQL_INTROSPECTION: 'allow schema introspection',
  PLANGRAPH_MAX_DEPTH: 'deepest query accepted',
  PLANGRAPH_MAX_COST: 'costliest query accepted (static cost)',
  PLANGRAPH_ASSUMED_LIST_SIZE: 'items a list without @listSize counts for in the cost',
  PLANGRAPH_EXPENSIVE_COST: 'a request costing more waits for an expensive-query slot',
  PLANGRAPH_EXPENSIVE_CONCURRENCY: 'expensive requests running at once',
  PLANGRAPH_EXPENSIVE_QUEUE: 'expensive requests waiting for a slot; beyond that TOO_BUSY',
  PLANGRAPH_EXPENSIVE_WAIT_MS: 'longest wait for a slot, then TOO_BUSY',
  PLANGRAPH_CACHE_MB: 'memory for answers while the graph is unchanged; 0 turns the cache off',
  PLANGRAPH_AUDIT_FILE: 'append-only audit file of loads, adds, removals and alignments',
  LOG_LEVEL: 'fatal, error, warn, info, debug, trace or silent',
  LOG_FORMAT: 'auto (steps in words on a terminal, JSON lines otherwise), json or pretty',
};

/**
 * A request's deadline leaves Neo4j's transaction timeout room to fire first, so a slow query ends
 * with Neo4j's own error and only a server that does not answer at all meets the deadline.
 */
export const REQUEST_TIMEOUT_MARGIN_MS = 3_000;

const withDerivedDefaults = schema.transform((env) => ({
  ...env,
  PLANGRAPH_REQUEST_TIMEOUT_MS:
    env.PLANGRAPH_REQUEST_TIMEOUT_MS ?? env.NEO4J_QUERY_TIMEOUT_MS + REQUEST_TIMEOUT_MARGIN_MS,
}));

export type Env = z.infer<typeof withDerivedDefaults>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The project root: where package.json, plans/, cypher/ and db/ live. This file is src/config/env.ts
 * under tsx and dist/src/config/env.js when compiled (tsconfig.build.json), one level deeper.
 */
export const projectRoot = path.resolve(__dirname, ...(__filename.endsWith('.js') ? ['..', '..', '..'] : ['..', '..']));

/** Reads and validates the environment; throws one ConfigError listing every invalid variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = withDerivedDefaults.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `  ${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

/**
 * Reads `<project>/.env` into process.env when it exists (variables already set win), so the
 * settings in `.env.sample` can live in a file as well as in the shell.
 */
export function loadDotEnv(file = path.join(projectRoot, '.env')): void {
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}
