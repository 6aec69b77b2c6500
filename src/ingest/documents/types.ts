/** The formats a plan is read from, told by content (src/ingest/documents/format.ts). */
export type DocumentFormat = 'text' | 'docx' | 'pdf' | 'html';

/**
 * What a reader makes of a document: the plain text the parser reads (the same lines a text file
 * gives, tables as one tab-separated row a line) and, for each line, where it stands in the
 * document, e.g. `paragraph 12`, `table 1 row 3`, `page 4 line 7`. `plangraph parse --text`
 * prints these lines, so every line range in the graph points into text an admin can read.
 */
export interface DocumentText {
  format: Exclude<DocumentFormat, 'text'>;
  lines: string[];
  origins: string[];
  /** Pages (PDF) or tables read, for the summary. */
  pages?: number;
}

/** One row of a table as a reader sees it: merged cells filled, a row-wide cell as its text alone. */
export interface GridRow {
  cells: string[];
  /** One cell across the whole table (a group label such as 一、婴幼儿照护服务). */
  spansAll: boolean;
}
