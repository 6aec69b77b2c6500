/**
 * What a command expected to read, for its messages: the same words whichever command reads the
 * file, so `parse`, `build`, `add` and `load` report a missing or wrong file alike.
 */
export interface InputKind {
  /** e.g. "the UTF-8 text of a plan". */
  what: string;
  /** The usual extension, for the hint after a directory was given. */
  ext: string;
  /** Largest file read, and why that is enough. */
  maxBytes: number;
  sizeReason: string;
  /** Whether a PDF or Word document converted to text would be one (a plan would; a script not). */
  fromDocuments: boolean;
}

const MiB = 1024 * 1024;

export const PLAN_TEXT: InputKind = {
  what: 'the UTF-8 text of a plan',
  ext: '.txt',
  // A 300-page plan is a few MB of text: room for any real one, while a mistaken file (a database
  // dump, a log) is refused before it is read into memory.
  maxBytes: 64 * MiB,
  sizeReason: 'a whole plan is a few MB',
  fromDocuments: true,
};

export const CYPHER_SCRIPT: InputKind = {
  what: 'a UTF-8 Cypher script (statements separated by ;)',
  ext: '.cypher',
  // City-scale plan scripts are tens of MB; a script is held in memory whole, as one transaction.
  maxBytes: 1024 * MiB,
  sizeReason: 'a script is loaded whole, in one transaction',
  fromDocuments: false,
};

export const META_JSON: InputKind = {
  what: "a plan's <name>.meta.json (a UTF-8 JSON object)",
  ext: '.meta.json',
  maxBytes: 1 * MiB,
  sizeReason: 'it holds a few fields',
  fromDocuments: false,
};

export const INDICATORS_CSV: InputKind = {
  what: 'a UTF-8 CSV of indicator rows (save it from Excel as "CSV UTF-8")',
  ext: '.indicators.csv',
  maxBytes: 64 * MiB,
  sizeReason: 'a plan has tens of indicator rows',
  fromDocuments: false,
};

export const OBSERVATIONS_CSV: InputKind = {
  what: 'a UTF-8 CSV of observed values (region, measure or indicator, year, value, unit, source)',
  ext: '.csv',
  // Every measure, region and year of a city is some tens of thousands of rows: a few MB.
  maxBytes: 64 * MiB,
  sizeReason: 'an import is validated whole and written in one transaction',
  fromDocuments: false,
};
