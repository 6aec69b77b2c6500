import { counts, loadPlan, node, nodes } from './helpers';

const doc = loadPlan('jiangbei-2021-2025-public-services');

describe('jiangbei: 江北区“十四五”公共服务规划 (headings lost in conversion)', () => {
  it('reads title, issuer and basedOn from the notice and preface', () => {
    expect(doc.metadata).toMatchObject({
      title: '江北区“十四五”公共服务规划',
      region: '江北区',
      level: 'district',
      periodStart: 2021,
      periodEnd: 2025,
      issuer: '重庆市江北区发展和改革委员会',
      docNumber: null,
      issuedOn: null,
      fromSidecar: [],
    });
    expect(doc.metadata.basedOn.map((b) => b.title)).toEqual([
      '“十四五”公共服务规划',
      '重庆市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '重庆市“十四五”公共服务规划',
      '重庆市江北区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    ]);
    expect(doc.metadata.basedOn.every((b) => b.line === 9)).toBe(true);
  });

  it('recovers 7 chapters, all inferred, from box/table numbers and a restarted 第一节', () => {
    expect(counts(doc)).toMatchObject({ part: 0, chapter: 7, section: 33 });
    expect(doc.chapters.map((c) => [c.key, c.line, c.inferred])).toEqual([
      ['ch1', 10, true],
      ['ch2', 28, true],
      ['ch3', 379, true],
      ['ch4', 445, true],
      ['ch5', 497, true],
      ['ch6', 533, true],
      ['ch7', 560, true],
    ]);
    expect(node(doc, 'ch4').evidence).toContain('专栏4-1 at line 447');
    expect(node(doc, 'ch4').evidence).toContain('leading space at line 445');
    expect(node(doc, 'ch3').evidence).toContain('表3-1 at line 380');
    expect(node(doc, 'ch7').evidence).toContain('restarts the 节 numbering');
  });

  it('keeps the eight printed 第X节 headings with their titles, not inferred', () => {
    const printed = nodes(doc).filter((n) => n.kind === 'section' && !n.inferred);
    expect(printed.map((n) => [n.key, n.line, n.title])).toEqual([
      ['ch3/s4', 435, '系统提升公共服务共建共享水平'],
      ['ch4/s6', 470, '不断加强公共文化服务供给'],
      ['ch4/s9', 488, '不断健全基本社会服务体系'],
      ['ch5/s4', 514, '大力推动普惠性养老服务升级'],
      ['ch5/s6', 525, '不断增强普惠性文化服务能力'],
      ['ch6/s4', 546, '持续壮大特色文化旅游服务业'],
      ['ch6/s6', 558, '扩容提质多类型家政服务业'],
      ['ch7/s1', 560, '加强组织领导'],
    ]);
  });

  it('numbers lost sections only where the count of marks fits the printed numbers', () => {
    expect(node(doc, 'ch4').children.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(node(doc, 'ch4/s1')).toMatchObject({ line: 445, title: null, inferred: true });
    expect(node(doc, 'ch4/s7').evidence).toContain('fits printed section 9 at line 488');
    // Four marks before 第四节 cannot be 第一…三节: they stay unnumbered.
    expect(node(doc, 'ch3').children.map((c) => c.key)).toEqual([
      'ch3/x1',
      'ch3/x2',
      'ch3/x3',
      'ch3/x4',
      'ch3/s4',
      'ch3/s5',
      'ch3/s6',
    ]);
    expect(node(doc, 'ch3/x2').evidence).toContain('does not fit');
  });

  it('never invents a title: only the heading-like text after a bookmark marker is used', () => {
    const titled = nodes(doc).filter((n) => n.inferred && n.title !== null);
    expect(titled.map((n) => [n.key, n.title])).toEqual([['ch2', '普惠性非基本公共服务提质扩容、便捷高效']]);
  });

  it('ends the body before the 名词解释 glossary', () => {
    expect(node(doc, 'ch7').lines).toEqual([560, 564]);
  });

  it('reads the goals paragraphs and the 9 rows of 表2-1', () => {
    const section = doc.goals.filter((g) => g.origin === 'section');
    const table = doc.goals.filter((g) => g.origin === 'table');
    expect(section.map((g) => g.horizonYear)).toEqual([2025, 2025, 2025, 2025, 2025, 2035]);
    expect(section[2]).toMatchObject({ lead: '实现基本公共服务均等享有、便利可及', lines: [31, 32] });
    expect(table).toHaveLength(9);
    expect(table[1]).toMatchObject({ lead: '现代教育服务', lines: [44, 47], horizonYear: 2025, chapterKey: 'ch2' });
    expect(table[6]?.lead).toBe('社会保障服务（含拥军优抚服务）');
  });

  it('finds 21 boxes in their chapters and 3 numbered tables', () => {
    expect(doc.boxes).toHaveLength(21);
    expect(doc.boxes.map((b) => b.chapterKey?.split('/')[0])).toEqual([
      ...Array<string>(9).fill('ch4'),
      ...Array<string>(7).fill('ch5'),
      ...Array<string>(5).fill('ch6'),
    ]);
    const housing = doc.boxes.find((b) => b.number === '4-8');
    expect(housing?.items.map((i) => i.name)).toEqual(['老旧小区改造', '棚户区改造', '安置房建设']);
    expect(doc.tables.map((t) => [t.number, t.line, t.chapterKey])).toEqual([
      ['2-1', 35, 'ch2'],
      ['2-2', 85, 'ch2'],
      ['3-1', 380, 'ch3/x1'],
    ]);
  });

  it('warns once per recovered chapter, with its line', () => {
    const inferred = doc.warnings.filter((w) => w.code === 'CHAPTER_INFERRED');
    expect(inferred.map((w) => w.line)).toEqual([10, 28, 379, 445, 497, 533, 560]);
  });
});
