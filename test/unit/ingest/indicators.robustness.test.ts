import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractIndicators } from '../../../src/ingest/indicators';
import { fromText } from '../../../src/ingest/source';
import type { Indicator } from '../../../src/ingest/types';

const PLANS = [
  'chongqing-2026-2030-social-development-draft.txt',
  'yuzhong-2021-2025-public-services.txt',
  'yongchuan-2021-2025-public-services.txt',
  'changshou-2021-2025-social-livelihood.txt',
  'jiangbei-2021-2025-public-services.txt',
];
const textOf = (file: string): string => readFileSync(join(__dirname, '../../../plans', file), 'utf8');
const extract = (text: string) => extractIndicators(fromText(text, 'plan.txt'));
const withoutLines = (rows: Indicator[]) => rows.map(({ lines: _lines, ...rest }) => rest);

describe.each(PLANS)('%s read from altered text', (file) => {
  const text = textOf(file);
  const plain = extract(text);

  it('gives the same result with CRLF line ends', () => {
    expect(extract(text.replace(/\n/g, '\r\n'))).toEqual(plain);
  });

  it('gives the same result with full-width spaces around cells and at line ends', () => {
    const padded = text
      .split('\n')
      .map((l) => l.replace(/\t/g, '\t\u3000') + '\u3000')
      .join('\n');
    expect(extract(padded)).toEqual(plain);
  });

  it('gives the same values with extra blank lines between rows', () => {
    const spaced = extract(text.replace(/\n\n/g, '\n\n\n\n'));
    expect(withoutLines(spaced.indicators)).toEqual(withoutLines(plain.indicators));
    expect(spaced.warnings.map((w) => w.code)).toEqual(plain.warnings.map((w) => w.code));
  });
});

describe('texts without a full table', () => {
  it('returns table null and a warning when there is no indicator table', () => {
    const result = extract('第一章 总则\n\n表1 项目清单\n\t序号\n\t项目\n\t内容\n\n\t1\n\t道路\n\t新建\n');
    expect(result.table).toBeNull();
    expect(result.indicators).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: null, code: 'INDICATOR_TABLE_NOT_FOUND' })]);
  });

  it('reads the rows that are there when the file is cut inside the table', () => {
    const cut = textOf('jiangbei-2021-2025-public-services.txt').split('\n').slice(0, 200).join('\n');
    const result = extract(cut);
    expect(result.indicators.map((i) => i.seq)).toEqual(Array.from({ length: 15 }, (_, k) => k + 1));
  });
});
