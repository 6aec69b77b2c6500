import { counts, loadPlan, node } from './helpers';

describe('yuzhong: 重庆市渝中区“十四五”公共服务规划 (title from the sidecar)', () => {
  const doc = loadPlan('yuzhong-2021-2025-public-services');

  it('takes what the text lacks from the sidecar and says so', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市渝中区“十四五”公共服务规划',
      region: '渝中区',
      level: 'district',
      periodStart: 2021,
      periodEnd: 2025,
    });
    expect(doc.metadata.fromSidecar).toEqual(['title', 'region', 'level', 'periodStart', 'periodEnd']);
    expect(doc.warnings.find((w) => w.code === 'METADATA_FROM_SIDECAR')?.message).toContain('title');
    expect(doc.metadata.basedOn.map((b) => b.title)).toEqual([
      '“十四五”公共服务规划',
      '重庆市“十四五”公共服务规划（征求意见稿）',
      '重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    ]);
  });

  it('has 14 chapters and 45 sections', () => {
    expect(counts(doc)).toEqual({ part: 0, chapter: 14, section: 45, inferred: 0 });
    expect(node(doc, 'ch7')).toMatchObject({ line: 491, title: '构建普惠多元的“一老一小”照护服务体系' });
    expect(node(doc, 'ch12/s5')).toMatchObject({ line: 670, title: '加强军人荣誉体系建设' });
  });

  it('reads the goals with 2025 and 2035 horizons', () => {
    expect(doc.goals.map((g) => [g.lead, g.horizonYear])).toEqual([
      [null, 2025],
      ['基本公共服务均等化水平全面提升', 2025],
      ['普惠性非基本公共服务实现提质扩容', 2025],
      ['多样化的生活服务更加丰富', 2025],
      ['公共服务保障机制更加巩固', 2025],
      [null, 2035],
    ]);
  });

  it('finds 7 boxes; the indicator box lists no items, 专栏2 has 13 numbered items', () => {
    expect(doc.boxes.map((b) => b.items.length)).toEqual([0, 13, 6, 3, 6, 7, 3]);
    expect(doc.boxes[1]?.items[0]?.name).toBe('实施全国学前教育普及普惠区创建计划');
    expect(doc.boxes[1]?.chapterKey).toBe('ch5/s4');
  });
});

describe('yongchuan: 重庆市永川区“十四五”公共服务规划 (title from the sidecar)', () => {
  const doc = loadPlan('yongchuan-2021-2025-public-services');

  it('takes title, region and period from the sidecar; basedOn from the first chapter', () => {
    expect(doc.metadata.title).toBe('重庆市永川区“十四五”公共服务规划');
    expect(doc.metadata.fromSidecar).toContain('title');
    expect(doc.metadata.basedOn).toEqual([{ title: '重庆市“十四五”公共服务规划', line: 2 }]);
  });

  it('has 15 chapters and 49 sections', () => {
    expect(counts(doc)).toEqual({ part: 0, chapter: 15, section: 49, inferred: 0 });
    expect(node(doc, 'ch1').line).toBe(1);
    expect(node(doc, 'ch6')).toMatchObject({ line: 420, title: '建设现代化教育服务体系' });
    expect(node(doc, 'ch2/s3')).toMatchObject({ line: 23, title: '主要目标' });
  });

  it('reads 6 goals, the last one for 2035', () => {
    expect(doc.goals).toHaveLength(6);
    expect(doc.goals[1]).toMatchObject({ lead: '基本公共服务均等化水平明显提高', horizonYear: 2025, lines: [25, 25] });
    expect(doc.goals[5]?.horizonYear).toBe(2035);
  });

  it('reads table rows of 专栏2 and numbered items run together on one line', () => {
    expect(doc.boxes).toHaveLength(11);
    const list = doc.boxes[1];
    expect(list?.items.map((i) => i.name)).toEqual([
      '幼有所育',
      '学有所教',
      '劳有所得',
      '病有所医',
      '老有所养',
      '住有所居',
      '弱有所扶',
      '优军服务保障',
      '文体服务保障',
    ]);
    expect(doc.boxes[6]?.items.map((i) => i.name)).toContain('智慧养老云平台建设工程');
    expect(doc.boxes[2]?.items.map((i) => i.name)).toEqual(['普惠托育服务专项行动', '困境儿童保障工程']);
  });
});
