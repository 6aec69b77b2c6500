import { counts, loadPlan, node } from './helpers';

const doc = loadPlan('chongqing-2026-2030-social-development-draft');

describe('chongqing: 重庆市“十五五”社会发展规划（征求意见稿）', () => {
  it('reads the cover: municipal draft for 2026–2030', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市“十五五”社会发展规划',
      region: '重庆市',
      level: 'municipal',
      periodStart: 2026,
      periodEnd: 2030,
      draft: true,
      issuer: null,
      docNumber: null,
      issuedOn: null,
      fromSidecar: [],
    });
    expect(doc.metadata.basedOn).toEqual([
      { title: '中华人民共和国国民经济和社会发展第十五个五年规划纲要', line: 74 },
      { title: '重庆市国民经济和社会发展第十五个五年规划纲要', line: 74 },
    ]);
  });

  it('has 12 chapters and 43 sections from the body, not the TOC', () => {
    expect(counts(doc)).toEqual({ part: 0, chapter: 12, section: 43, inferred: 0 });
    expect(node(doc, 'ch1').line).toBe(76);
    expect(node(doc, 'ch5')).toMatchObject({ line: 325, title: '纵深推进健康中国重庆行动，增进全民健康福祉' });
    expect(node(doc, 'ch6/s4')).toMatchObject({ line: 413, title: '建设青年发展型城市', number: 4 });
    expect(node(doc, 'ch12').children).toHaveLength(3);
  });

  it('joins a paragraph broken across a page', () => {
    const para = node(doc, 'ch1/s1').paragraphs.find((p) => p.lines[0] === 84);
    expect(para?.lines).toEqual([84, 86]);
    expect(para?.text).toContain('迭代升级基本公共服务');
  });

  it('reads 5 goals of 第三节 发展目标 with the 2030 horizon', () => {
    expect(doc.goals.map((g) => g.lead)).toEqual([
      null,
      '社会民生保障更加公平',
      '基本公共服务更加均衡',
      '基础民生服务更加普惠',
      '人民生活品质持续提高',
    ]);
    expect(doc.goals.every((g) => g.horizonYear === 2030 && g.chapterKey === 'ch2/s3')).toBe(true);
  });

  it('finds 9 boxes with their items and the numbered table 表 1', () => {
    expect(doc.boxes.map((b) => b.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const box8 = doc.boxes[7];
    expect(box8).toMatchObject({ title: '“人工智能+”民生应用新场景培育项目', line: 613, chapterKey: 'ch10/s4' });
    expect(box8?.items.map((i) => i.name)).toEqual([
      '人工智能+教育',
      '人工智能+医疗',
      '人工智能+就业',
      '人工智能+养老',
    ]);
    expect(doc.boxes[0]?.items).toHaveLength(5);
    expect(doc.tables).toEqual([
      { number: '1', title: '“十五五”时期重庆市社会发展主要指标', line: 154, chapterKey: 'ch2/s3' },
    ]);
  });
});
