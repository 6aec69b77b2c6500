import { parseChineseNumeral } from '../../../src/ingest/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['两', 2],
    ['〇', 0],
    ['零', 0],
    ['一百', 100],
    ['一百零五', 105],
    ['二〇三五', 2035],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '第一', '12', '十a', '三二十'])('rejects %p', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
