import { looksLikeCypher } from '../files/cypherText';
import { PlanParseError } from './errors';
import type { SourceText } from './source';

/**
 * NOT_A_PLAN, saying why: what the parser looks for, what the text begins with, and the two usual
 * mistakes — a Cypher script given where its plan text was wanted, and a document whose name says
 * PDF or Word but whose bytes are text that lost its headings in the conversion.
 */
export function notAPlan(src: SourceText): PlanParseError {
  const text = src.lines.join('\n');
  if (looksLikeCypher(text)) {
    return new PlanParseError(
      'NOT_A_PLAN',
      `${src.file}: this is a Cypher script, not a plan text; load it with \`plangraph load ${src.file}\``,
    );
  }
  const first = src.lines.map((l) => l.replace(/^\uFEFF/, '').trim()).find((l) => l !== '') ?? '';
  const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  const named = /\.(pdf|docx?|wps|odt)$/i.exec(src.file)?.[1];
  const conversion = named
    ? ` Its name ends in .${named}, but it holds plain text, so it was read as text: if it was converted from a plan, the conversion lost the headings.`
    : '';
  return new PlanParseError(
    'NOT_A_PLAN',
    `${src.file}: expected a plan with 篇/章/节 headings or a main indicator table, found neither in ${src.lines.length} lines: ` +
      'no line starts a heading such as 第一章 总体要求 (or 第一篇, 第一节), ' +
      'and no table has a header with 序号, an indicator name and year columns. ' +
      `It begins: «${shown}».${conversion}`,
  );
}
