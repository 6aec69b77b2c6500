import { formatWarning, type ParseWarning } from '../ingest';

export type PlanChangeRefusal = 'INCOMPLETE_TEXT' | 'TABLE_LOST' | 'REPLACES_TOO_MUCH' | 'UNKNOWN_PLAN';

/**
 * A change to the plans that was refused before anything was written; the message says why and
 * which flag overrides it (when one does). `code` is what the CLI prints in brackets.
 */
export class PlanChangeRefused extends Error {
  override readonly name = 'PlanChangeRefused';
  constructor(
    readonly code: PlanChangeRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** A text whose parser warnings say it is incomplete: refused unless the admin accepts them. */
export function incompleteText(file: string, warnings: readonly ParseWarning[], verb: string): PlanChangeRefused {
  return new PlanChangeRefused(
    'INCOMPLETE_TEXT',
    `${file}: the text looks incomplete, so it was not ${verb}:\n${warnings.map((w) => `  ${formatWarning(w)}`).join('\n')}\n` +
      'fix the text, or pass --accept-warnings to use it as it is',
  );
}
