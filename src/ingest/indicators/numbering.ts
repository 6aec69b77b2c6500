import type { Numbering } from './columns';
import { parseSeq, splitNameSeq } from './text';

/**
 * The row number a row prints in the cell that carries it (its 序号 cell, or its name cell when
 * the table has no 序号 column), or null. Unnumbered rows carry none.
 */
export function rowSeq(text: string, numbering: Numbering): number | null {
  if (numbering === 'column') return parseSeq(text);
  if (numbering === 'name') return splitNameSeq(text)?.seq ?? null;
  return null;
}

/** The row's number and name as read from its 序号 and name cells under this numbering. */
export function seqAndName(
  seqText: string,
  nameText: string,
  numbering: Numbering,
): { seq: number | null; name: string } {
  if (numbering === 'column') return { seq: parseSeq(seqText), name: nameText };
  const numbered = numbering === 'name' ? splitNameSeq(nameText) : null;
  return numbered ?? { seq: null, name: nameText };
}
