import { escapeLucene } from '../../../src/data/search';

describe('escapeLucene', () => {
  it("escapes every character of Lucene's QueryParser.escape set", () => {
    expect(escapeLucene('+-!():^[]"{}~*?|&/\\')).toBe('\\+\\-\\!\\(\\)\\:\\^\\[\\]\\"\\{\\}\\~\\*\\?\\|\\&\\/\\\\');
  });

  it('turns operator words into terms, in any case, only where they stand alone', () => {
    expect(escapeLucene('NOT 托育')).toBe('\\NOT 托育');
    expect(escapeLucene('养老 AND 托育 OR 医疗 not x')).toBe('养老 \\AND 托育 \\OR 医疗 \\not x');
    expect(escapeLucene('托育\u3000NOT')).toBe('托育\u3000\\NOT');
    expect(escapeLucene('NOTE ORDER ANDROID')).toBe('NOTE ORDER ANDROID');
    expect(escapeLucene('托育NOT')).toBe('托育NOT');
  });

  it('leaves plain Chinese text alone', () => {
    expect(escapeLucene('每千人拥有3岁以下婴幼儿托位数')).toBe('每千人拥有3岁以下婴幼儿托位数');
  });
});
