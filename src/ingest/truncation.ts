import type { Layout } from './layout';
import { endsSentence } from './text';
import { flatten } from './tree';
import type { Chapter, ParseWarning } from './types';

/**
 * A file cut short: the TOC lists chapters the body never reaches, or the last body line stops
 * mid-sentence. Parsing goes on with what is there.
 */
export function checkTruncation(layout: Layout, chapters: readonly Chapter[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const listed = layout.lines.filter((l) => l.kind === 'toc' && /^第.+章/.test(l.text)).length;
  const found = flatten(chapters).filter((n) => n.kind === 'chapter').length;
  if (listed > found) {
    warnings.push({
      line: null,
      code: 'TRUNCATED',
      message: `the table of contents lists ${listed} chapters, the body has ${found}; the text may be cut short`,
    });
  }
  const last = [...layout.lines]
    .reverse()
    .find((l) => l.no <= layout.bodyEnd && (l.kind === 'text' || l.kind === 'heading'));
  if (
    last &&
    last.kind === 'text' &&
    !endsSentence(last.text) &&
    last.no === layout.lines.filter((l) => l.kind !== 'blank' && l.kind !== 'page').at(-1)?.no
  ) {
    warnings.push({
      line: last.no,
      code: 'TRUNCATED',
      message: `the last line stops mid-sentence (expected 。 or similar); the text may be cut short`,
    });
  }
  return warnings;
}
