// The metamorphic test of the document readers: each bundled plan rendered to .docx, .html and .pdf
// (scripts/renderPlanFixtures.ts; the files are committed) must parse to the rows of its text,
// every cell, and to the same chapters, boxes and goals.
import path from 'node:path';
import { readPlanDocument, readPlanFile, type PlanDocument } from '../../../../src/ingest';
import { boxesOf, DOCUMENTS, paragraphsOf, pdfFold, PLAN_IDS, ROOT, rowOf, shapeOf } from './helpers';

const texts = new Map<string, PlanDocument>(
  PLAN_IDS.map((id) => [id, readPlanFile(path.join(ROOT, 'plans', `${id}.txt`), `plans/${id}.txt`)]),
);
const text = (id: string): PlanDocument => texts.get(id) as PlanDocument;

describe.each(['docx', 'html', 'pdf'] as const)('a bundled plan rendered to .%s', (format) => {
  const docs = new Map<string, PlanDocument>();
  beforeAll(async () => {
    for (const id of PLAN_IDS) docs.set(id, await readPlanDocument(path.join(DOCUMENTS, `${id}.${format}`)));
  });
  const doc = (id: string): PlanDocument => docs.get(id) as PlanDocument;
  const fold = format === 'pdf' ? pdfFold : (s: string) => s;

  it('gives the 154 indicator rows of the texts, every cell', () => {
    expect(PLAN_IDS.reduce((n, id) => n + doc(id).indicators.length, 0)).toBe(154);
    for (const id of PLAN_IDS) {
      expect({ id, rows: doc(id).indicators.map(rowOf) }).toEqual({ id, rows: text(id).indicators.map(rowOf) });
      expect(doc(id).indicatorTable?.columns).toEqual(text(id).indicatorTable?.columns);
      expect(doc(id).indicatorTable?.notes).toEqual(text(id).indicatorTable?.notes);
    }
  });

  it.each(PLAN_IDS)('%s: the same chapters, boxes, goals and metadata', (id) => {
    const d = doc(id);
    const t = text(id);
    expect(shapeOf(d.chapters)).toEqual(shapeOf(t.chapters));
    expect(boxesOf(d.boxes, fold)).toEqual(boxesOf(t.boxes, fold));
    expect(d.goals.map((g) => fold(g.text))).toEqual(t.goals.map((g) => fold(g.text)));
    const { basedOn, ...meta } = d.metadata;
    const { basedOn: textBasedOn, ...textMeta } = t.metadata;
    expect(meta).toEqual(textMeta);
    expect(basedOn.map((b) => b.title)).toEqual(textBasedOn.map((b) => b.title));
    expect(d.source).toMatchObject({ format, lineCount: d.source.lineOrigins?.length });
  });

  it.each(PLAN_IDS)('%s: the same paragraphs', (id) => {
    const got = paragraphsOf(doc(id), fold);
    const want = paragraphsOf(text(id), fold);
    if (format === 'pdf' && id.startsWith('changshou')) {
      // Its appendix (重大项目储备库) is a table of long cells copied as tab-separated lines; drawn as
      // flowing text, two of its wrapped lines (持续推进) run into the appendix's title paragraph.
      expect(got.length).toBe(want.length);
      expect(got.filter((p, i) => p !== want[i])).toEqual([expect.stringContaining('持续推进')]);
    } else expect(got).toEqual(want);
  });

  it('points every indicator row at a line of the text read, which says where it stands in the document', () => {
    const where = { docx: /^table \d+ row \d+$/, html: /^table \d+ row \d+$/, pdf: /^page \d+ line \d+$/ }[format];
    for (const id of PLAN_IDS) {
      const d = doc(id);
      for (const row of d.indicators) expect(d.source.lineOrigins?.[row.lines[0] - 1]).toMatch(where);
    }
  });
});
