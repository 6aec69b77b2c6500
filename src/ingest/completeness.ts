import type { PlanDocument, ParseWarning } from './types';

/**
 * Warning codes that mean "this text is incomplete", not merely "read with care": a text cut short
 * (truncation.ts), indicator rows missing against their numbering, or no indicator table at all.
 * Loading such a text would silently replace a good plan with a partial one, so `build` and `add`
 * refuse it unless told to accept the warnings. The one list every caller checks.
 */
export const INCOMPLETE_TEXT_CODES: ReadonlySet<string> = new Set([
  'TRUNCATED',
  'INDICATOR_SEQ_GAP',
  'INDICATOR_TABLE_NOT_FOUND',
]);

/** The warnings of a parsed plan that say its text is incomplete. */
export function incompletenessWarnings(doc: Pick<PlanDocument, 'warnings'>): ParseWarning[] {
  return doc.warnings.filter((w) => INCOMPLETE_TEXT_CODES.has(w.code));
}

/** One warning as the terminal prints it (`plangraph parse`, `build`, `add`). */
export function formatWarning(w: ParseWarning): string {
  return `${w.line === null ? '' : `line ${w.line}: `}[${w.code}] ${w.message}`;
}
