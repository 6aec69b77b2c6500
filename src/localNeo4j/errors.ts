export type ManagedDbErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'JARS_UNRESOLVED'
  | 'PORT_IN_USE'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'STALE_PID'
  | 'STOP_FAILED';

/** A problem with the project-managed Neo4j server; the message says what was expected. */
export class ManagedDbError extends Error {
  override readonly name = 'ManagedDbError';

  constructor(
    readonly code: ManagedDbErrorCode,
    message: string,
  ) {
    super(message);
  }
}
