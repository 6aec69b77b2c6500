import { counts, loadPlan, node } from './helpers';

const doc = loadPlan('changshou-2021-2025-social-livelihood');

describe('changshou: 重庆市长寿区社会民生事业第十四个五年发展规划', () => {
  it('reads the notice and title page', () => {
    expect(doc.metadata).toMatchObject({
      id: 'changshou-2021-2025-social-livelihood',
      title: '重庆市长寿区社会民生事业第十四个五年发展规划',
      region: '长寿区',
      level: 'district',
      periodStart: 2021,
      periodEnd: 2025,
      draft: false,
      issuer: '重庆市长寿区人民政府',
      docNumber: '长寿府发〔2021〕61号',
      issuedOn: '2021-12-31',
      basedOn: [],
      fromSidecar: [],
    });
  });

  it('has 5 parts, 20 chapters numbered across parts, 35 sections, none inferred', () => {
    expect(counts(doc)).toEqual({ part: 5, chapter: 20, section: 35, inferred: 0 });
    expect(doc.chapters.map((p) => p.children.length)).toEqual([4, 2, 6, 5, 3]);
  });

  it('skips the table of contents and keeps body lines', () => {
    expect(node(doc, 'p1')).toMatchObject({ line: 50, title: '“十四五”时期社会事业发展的基础和环境' });
    expect(node(doc, 'ch6')).toMatchObject({ line: 144, title: '发展目标', number: 6 });
    expect(node(doc, 'ch13')).toMatchObject({ line: 432, title: '全面加强成渝地区双城经济圈社会事业融合发展' });
    expect(node(doc, 'ch8/s5')).toMatchObject({ line: 301, title: '建设体育强区', lines: [301, 314] });
    expect(node(doc, 'p5').children.map((c) => c.key)).toEqual(['ch18', 'ch19', 'ch20']);
  });

  it('keeps figure captions out of paragraphs', () => {
    expect(node(doc, 'ch7/s2').paragraphs.map((p) => p.lines)).toEqual([[194, 194]]);
  });

  it('takes the goals chapter paragraph with its 2025 horizon', () => {
    expect(doc.goals).toHaveLength(1);
    expect(doc.goals[0]).toMatchObject({
      chapterKey: 'ch6',
      horizonYear: 2025,
      origin: 'section',
      lead: null,
      lines: [146, 146],
    });
  });

  it('has no boxes or numbered tables', () => {
    expect(doc.boxes).toEqual([]);
    expect(doc.tables).toEqual([]);
  });
});
