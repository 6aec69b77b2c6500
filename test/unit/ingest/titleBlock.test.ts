import { readFileSync } from 'node:fs';
import { parsePlan } from '../../../src/ingest/parsePlan';
import { parseSidecar } from '../../../src/ingest/sidecar';
import type { LineSpan } from '../../../src/ingest/types';
import { planPath, planText } from './helpers';

// A plan published as a web page or a bare document opens with its title block (title, perhaps
// wrapped, period, status) and no cover, notice or contents. Metamorphic: a bundled plan whose
// text never prints its title, given that block instead of its sidecar, must read as the same
// plan (the sidecar's metadata, the same chapters and rows, lines shifted by the block).

const SIDECAR_PLANS = ['yuzhong-2021-2025-public-services', 'yongchuan-2021-2025-public-services'];

const blocks = (title: string, from: number, to: number): Array<[string, string[]]> => [
  ['one title line', [title]],
  ['title, period and draft status', [title, `（${from}—${to}年）`, '（征求意见稿）', '']],
  // Wrapped after the place, as a cover sets a long title: 重庆市永川区 / “十四五”公共服务规划.
  ['a title wrapped over two lines, then a date', [title.slice(0, 6), title.slice(6), '', `${from}年3月`, '']],
];

describe.each(SIDECAR_PLANS)('%s, with a title block instead of its sidecar', (id) => {
  const sidecar = parseSidecar(readFileSync(planPath(id).replace(/\.txt$/, '.meta.json'), 'utf8'), 'meta.json');
  const text = planText(id);
  const withSidecar = parsePlan(text, { source: `${id}.txt`, sidecar });
  const { title, periodStart, periodEnd } = withSidecar.metadata;

  it.each(blocks(title, periodStart, periodEnd))('%s', (name, block) => {
    const doc = parsePlan([...block, text].join('\n'), { source: `${id}.txt`, sidecar: null });
    expect(doc.metadata).toEqual({
      ...withSidecar.metadata,
      draft: name.includes('draft'),
      basedOn: withSidecar.metadata.basedOn.map((b) => ({ ...b, line: b.line + block.length })),
      fromSidecar: [],
    });
    const shift = block.length;
    const shifted = ([start, end]: LineSpan): LineSpan => [start + shift, end + shift];
    expect(doc.indicators).toEqual(withSidecar.indicators.map((i) => ({ ...i, lines: shifted(i.lines) })));
    expect(doc.chapters.map((c) => [c.title, c.line - shift])).toEqual(
      withSidecar.chapters.map((c) => [c.title, c.line]),
    );
  });
});

describe('a title block is short lines only', () => {
  it('keeps an issuer line above the title apart from it', () => {
    const text = planText('yongchuan-2021-2025-public-services');
    const block = ['重庆市永川区人民政府', '重庆市永川区“十四五”公共服务规划'];
    const { metadata } = parsePlan([...block, text].join('\n'), { source: 'yongchuan.txt', sidecar: null });
    expect(metadata).toMatchObject({ title: block[1], issuer: block[0], region: '永川区', level: 'district' });
  });

  it('does not take a first sentence that ends in 规划 for a title', () => {
    const text = planText('yongchuan-2021-2025-public-services');
    const opening = '为推动全区公共服务高质量发展，制定本规划。';
    expect(() => parsePlan(`${opening}\n${text}`, { source: 'yongchuan.txt', sidecar: null })).toThrow(/title/);
  });
});
