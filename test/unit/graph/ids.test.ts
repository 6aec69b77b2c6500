import { titleKey } from '../../../src/graph';
import { uniqueIds } from '../../../src/graph/ids';

describe('titleKey', () => {
  it.each([
    ['重庆市“十四五”公共服务规划', '重庆市十四五公共服务规划'],
    ['《重庆市 “十四五” 公共服务规划》', '重庆市十四五公共服务规划'],
    ['重庆市“十四五”公共服务规划（征求意见稿）', '重庆市十四五公共服务规划'],
    ['重庆市江北区“十四五”公共服务规划', '江北区十四五公共服务规划'],
    ['江北区“十四五”公共服务规划', '江北区十四五公共服务规划'],
    ['重庆市长寿区社会民生事业第十四个五年发展规划', '长寿区社会民生事业十四五发展规划'],
    ['国家基本公共服务标准（2021年版）', '国家基本公共服务标准2021年版'],
    ['ＡＢＣ－规划', 'ABC规划'],
  ])('%s → %s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

describe('uniqueIds', () => {
  it('keeps the first id and marks repeats with their line', () => {
    const boxes = [
      { n: '3', line: 10 },
      { n: '3', line: 50 },
      { n: '4', line: 60 },
    ];
    expect(
      uniqueIds(
        boxes,
        (b) => `p/box/${b.n}`,
        (b) => b.line,
      ),
    ).toEqual(['p/box/3', 'p/box/3@50', 'p/box/4']);
  });
});
