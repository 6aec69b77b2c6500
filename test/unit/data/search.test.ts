import { QueryParts } from '../../../src/data/planner/project';
import type { FieldSelection, SelectionSet } from '../../../src/data/planner/selection';
import { escapeLucene, plannedSearch } from '../../../src/data/search';

const leaf = (name: string): FieldSelection => ({ name, args: {}, fields: null });
const select = (entries: Array<[key: string, field: FieldSelection]>): SelectionSet => new Map(entries);

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

describe('plannedSearch', () => {
  it('projects each type as selected, whole where the selection is unplanned or unread, aliases as parameters', () => {
    const q = new QueryParts();
    const { cypher, hit } = plannedSearch(
      new Map<string, SelectionSet | null>([
        ['Chapter', select([['heading', leaf('title')]])],
        [
          'Indicator',
          select([
            ["x'}) RETURN 1 //", leaf('name')],
            ['plan', { ...leaf('plan'), fields: select([['id', leaf('id')]]) }],
          ]),
        ],
        ['Goal', select([['domains', { ...leaf('domains'), fields: select([['code', leaf('code')]]) }]])],
        ['Plan', null],
      ]),
      q,
    );
    expect(cypher).toContain("WHEN 'Chapter' THEN node {.id, .title, label: 'Chapter'}");
    expect(cypher).toMatch(
      /WHEN 'Indicator' THEN node \{\.id, \.name, \.planId, label: 'Indicator', _planned: \[\{key: \$p\d+, value: COLLECT \{/,
    );
    // Goal.domains has no planned hop, and nothing was read for Plan (or for types not asked about).
    for (const label of ['Goal', 'Plan', 'Project', 'Box'])
      expect(cypher).toContain(`WHEN '${label}' THEN node {.*, label: label}`);
    expect(cypher).not.toContain("x'})");
    expect(Object.values(q.params)).toContain('plan');

    // Hits are checked as deep as their type was planned: the nested plan by its properties.
    const indicator = { label: 'Indicator', id: 'i', name: '指标', planId: 'p' };
    const planned = (plan: unknown) => ({ ...indicator, _planned: [{ key: 'plan', value: plan }] });
    expect(hit(planned({ id: 'p', title: '规划' }), 'item')).toMatchObject({ id: 'i' });
    expect(hit(planned(null), 'item')).toMatchObject({ id: 'i' });
    expect(() => hit(planned({ id: 7 }), 'item')).toThrow(
      /^unexpected row from Neo4j: item\.plan\.id should be a string/,
    );
    expect(() => hit(indicator, 'item')).toThrow(/item\._planned should be 1 planned entries/);
    expect(() => hit({ label: 'Goal', id: 'g' }, 'item')).not.toThrow();
    expect(() => hit({ label: 'Region', code: 'r' }, 'item')).toThrow(/item\.label should be 'Plan' \| 'Chapter'/);
  });
});
