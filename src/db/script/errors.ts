export type ScriptErrorCode =
  | 'NOT_UTF8'
  | 'EMPTY_SCRIPT'
  | 'MIXED_SCHEMA'
  | 'SCHEMA_REFUSED'
  | 'DELETE_REFUSED'
  | 'AUDIT_PROTECTED'
  | 'STATEMENT_REFUSED'
  | 'COMMAND_REFUSED'
  | 'STATEMENT_FAILED'
  | 'SCHEMA_FAILED';

/** A Cypher script that could not be loaded; names the file and, for a failed statement, its number and line. */
export class ScriptLoadError extends Error {
  override readonly name = 'ScriptLoadError';

  constructor(
    readonly code: ScriptErrorCode,
    message: string,
    readonly file: string,
    readonly statement: number | null = null,
    readonly line: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
