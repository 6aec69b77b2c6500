import { parsePlan, PlanParseError } from '../../../src/ingest';
import { readSidecar } from '../../../src/ingest/sidecar';
import { planPath, planText, shape } from './helpers';

const NAMES = [
  'changshou-2021-2025-social-livelihood',
  'chongqing-2026-2030-social-development-draft',
  'jiangbei-2021-2025-public-services',
  'yongchuan-2021-2025-public-services',
  'yuzhong-2021-2025-public-services',
];

function parseAs(name: string, text: string) {
  return parsePlan(text, { source: `${name}.txt`, sidecar: readSidecar(planPath(name)) });
}

function summary(name: string, text: string) {
  const doc = parseAs(name, text);
  return {
    metadata: doc.metadata.title,
    chapters: shape(doc.chapters),
    goals: doc.goals.map((g) => [g.lead, g.horizonYear, g.origin]),
    boxes: doc.boxes.map((b) => [b.number, b.title, b.chapterKey, b.items.map((i) => i.name)]),
    tables: doc.tables.map((t) => [t.number, t.title, t.chapterKey]),
  };
}

describe.each(NAMES)('%s gives the same structure', (name) => {
  const text = planText(name);
  const base = summary(name, text);

  it('with CRLF line ends, and line numbers unchanged', () => {
    expect(summary(name, text.replace(/\n/g, '\r\n'))).toEqual(base);
    const a = parseAs(name, text);
    const b = parseAs(name, text.replace(/\n/g, '\r\n'));
    expect(b.chapters.map((c) => c.lines)).toEqual(a.chapters.map((c) => c.lines));
  });

  it('with full-width spaces (U+3000) for every space', () => {
    expect(summary(name, text.replace(/ /g, '\u3000'))).toEqual(base);
  });

  it('with extra blank lines at the start, the end and between blocks', () => {
    expect(summary(name, `\n\n${text.replace(/\n\n/g, '\n\n\n')}\n\n\n`)).toEqual(base);
  });
});

describe('a truncated file', () => {
  it('parses what is there and warns', () => {
    const name = 'chongqing-2026-2030-social-development-draft';
    const lines = planText(name).split('\n');
    const doc = parseAs(name, lines.slice(0, 400).join('\n'));
    expect(doc.chapters.length).toBeLessThan(12);
    expect(doc.chapters.length).toBeGreaterThan(4);
    expect(
      doc.warnings
        .filter((w) => w.code === 'TRUNCATED')
        .map((w) => w.message)
        .join(' '),
    ).toContain('lists 12 chapters');
  });

  it('is an error when nothing plan-like remains (cover and TOC only)', () => {
    const name = 'changshou-2021-2025-social-livelihood';
    const head = planText(name).split('\n').slice(0, 48).join('\n');
    expect(() => parseAs(name, head)).toThrow(expect.objectContaining({ code: 'NOT_A_PLAN' }) as Error);
    expect(() => parseAs(name, head)).toThrow(PlanParseError);
  });
});
