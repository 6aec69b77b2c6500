export type DatabaseErrorCode =
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CYPHER_SYNTAX'
  | 'CONSTRAINT_VIOLATION'
  | 'TIMEOUT'
  /** Every pooled connection stayed busy for the whole acquisition timeout. */
  | 'POOL_EXHAUSTED'
  /** Another write held the graph's write lock for the whole lock-acquisition timeout. */
  | 'BUSY'
  | 'INVALID_ARGUMENT'
  | 'DATABASE_ERROR';

/** A Neo4j failure mapped to the few cases callers act on; `neo4jCode` keeps the server's own code. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    readonly neo4jCode: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const byNeo4jCode: [RegExp, DatabaseErrorCode][] = [
  [/^(ServiceUnavailable|SessionExpired)$|^Neo\.TransientError\.General\.DatabaseUnavailable/, 'SERVICE_UNAVAILABLE'],
  [/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/, 'UNAUTHENTICATED'],
  [/^Neo\.ClientError\.Security\.|^Neo\.ClientError\.Statement\.AccessMode/, 'FORBIDDEN'],
  [/^Neo\.ClientError\.Statement\.SyntaxError/, 'CYPHER_SYNTAX'],
  [/^Neo\.ClientError\.Schema\.ConstraintValidationFailed/, 'CONSTRAINT_VIOLATION'],
  [/^Neo\.TransientError\.Transaction\.LockAcquisitionTimeout/, 'BUSY'],
  [
    /^Neo\.ClientError\.Transaction\.TransactionTimedOut|^Neo\.(Transient|Client)Error\.Transaction\.LockClientStopped/,
    'TIMEOUT',
  ],
  [/^Neo\.ClientError\.Statement\.(ArgumentError|TypeError|ParameterMissing|SemanticError)/, 'INVALID_ARGUMENT'],
];

// Failures the driver raises itself carry no Neo4j code ('N/A'): only the message tells them apart.
const unreachable = /ECONNREFUSED|Could not perform discovery|connect ECONN|Failed to establish connection/;
// neo4j-driver-core's pool: "Connection acquisition timed out in N ms. Pool status: Active conn count = N, …".
const acquisitionTimeout = /^Connection acquisition timed out.*Active conn count = (\d+)/;

export interface ErrorContext {
  /** The driver's maxConnectionPoolSize, to tell a full pool from a server that does not answer. */
  poolSize?: number;
}

/** Maps anything the driver throws to a DatabaseError; never throws itself. */
export function toDatabaseError(err: unknown, context: ErrorContext = {}): DatabaseError {
  if (err instanceof DatabaseError) return err;
  const neo4jCode = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : null;
  const message = err instanceof Error ? err.message : String(err);
  const match = neo4jCode ? byNeo4jCode.find(([pattern]) => pattern.test(neo4jCode)) : undefined;
  return new DatabaseError(match?.[1] ?? byMessage(message, context), message, neo4jCode, { cause: err });
}

function byMessage(message: string, { poolSize }: ErrorContext): DatabaseErrorCode {
  if (unreachable.test(message)) return 'SERVICE_UNAVAILABLE';
  const active = acquisitionTimeout.exec(message)?.[1];
  if (active === undefined) return 'DATABASE_ERROR';
  // The acquisition timeout also covers opening a new connection: with room left in the pool, it
  // was the Bolt handshake that got no answer (a frozen or overloaded server), not a full pool.
  return poolSize !== undefined && Number(active) < poolSize ? 'TIMEOUT' : 'POOL_EXHAUSTED';
}

export const BUSY_MESSAGE =
  'another write is running (the graph takes one writer at a time); try again when it finishes';

/**
 * A failure while waiting for the graph's write lock: a lock timeout, or the transaction timing out
 * while it waited, both mean another writer held it that long. Anything else passes unchanged.
 */
export function busyError(err: DatabaseError): DatabaseError {
  if (err.code !== 'BUSY' && err.code !== 'TIMEOUT') return err;
  return new DatabaseError('BUSY', `${BUSY_MESSAGE} (${err.message})`, err.neo4jCode, { cause: err });
}
