import { checkReplacement, type Removal } from '../../../src/manage/replacement';
import { planDocument } from '../graph/factory';

const removal = (label: string, loaded: number, removed: number): Removal => ({
  label,
  loaded,
  removed: Array.from({ length: removed }, (_, i) => `p/${label}/${i + 1}`),
});

describe('checkReplacement', () => {
  const doc = planDocument();

  it('lets a new plan (nothing loaded) and a replacement removing up to 20 % through', () => {
    expect(() => checkReplacement('x.txt', doc, [], false)).not.toThrow();
    expect(() => checkReplacement('x.txt', doc, [removal('Chapter', 10, 2)], false)).not.toThrow();
  });

  it('stops a replacement removing more than 20 %, listing counts and example ids, unless --replace', () => {
    const removals = [removal('Chapter', 10, 2), removal('Indicator', 10, 3)];
    expect(() => checkReplacement('x.txt', doc, removals, false)).toThrow(
      /remove 5 of its 20 .*\(25 %[\s\S]*Chapter: 2 of 10, e\.g\. p\/Chapter\/1, p\/Chapter\/2[\s\S]*--replace/,
    );
    expect(() => checkReplacement('x.txt', doc, removals, true)).not.toThrow();
  });

  it('stops a text without the indicator table the loaded plan has, unless --replace', () => {
    const noTable = planDocument({ indicators: [], indicatorTable: null });
    expect(() => checkReplacement('x.txt', noTable, [removal('Indicator', 4, 0)], false)).toThrow(
      expect.objectContaining({ code: 'TABLE_LOST' }) as Error,
    );
    expect(() => checkReplacement('x.txt', noTable, [removal('Indicator', 4, 0)], true)).not.toThrow();
  });
});
