import { InputFileError, type InputFileErrorCode } from '../files/readInput';

export type PlanParseErrorCode =
  // The file itself (missing, a directory, a PDF, not UTF-8 …): src/files/readInput.ts.
  | InputFileErrorCode
  | 'NOT_A_PLAN'
  // A document that cannot be read as one: src/ingest/documents.
  | 'WRONG_EXTENSION'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_A_DOCUMENT'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
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

/** A file problem found while reading a plan, as the PlanParseError every ingest caller handles. */
export function asPlanError(err: unknown): unknown {
  return err instanceof InputFileError ? new PlanParseError(err.code, err.message) : err;
}
