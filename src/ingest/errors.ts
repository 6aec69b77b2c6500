export type PlanParseErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'NOT_UTF8'
  | 'NOT_A_PLAN'
  | 'TRUNCATED'
  | 'SIDECAR_INVALID'
  | 'SIDECAR_CONFLICT'
  | 'MISSING_METADATA'
  | 'INDICATORS_CSV_INVALID';

/** A plan text that cannot be turned into a PlanDocument. The message says what was expected and what was found. */
export class PlanParseError extends Error {
  override readonly name = 'PlanParseError';

  constructor(
    readonly code: PlanParseErrorCode,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}
