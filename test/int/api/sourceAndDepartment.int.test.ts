import { useService } from '../../helpers/service';

// The two fields the explorer added: a plan's source lines (every row's "原文" link) and one
// department by id (its department view).
describe('Plan.sourceText and department(id) over HTTP', () => {
  const { gql } = useService();

  it("returns a row's source lines from the plan text, the range highlighted", async () => {
    const res = await gql<{
      indicator: { source: { plan: { id: string }; lineStart: number; lineEnd: number } };
    }>(`{ indicator(id: "yuzhong-2021-2025-public-services/ind/1") { source { plan { id } lineStart lineEnd } } }`);
    const { plan, lineStart, lineEnd } = res.data!.indicator.source;
    const text = await gql<{
      plan: {
        sourceText: {
          file: string;
          lineCount: number;
          matchesLoaded: boolean;
          truncated: boolean;
          lines: { number: number; text: string; highlighted: boolean }[];
        };
      };
    }>(
      `query($id: ID!, $a: Int!, $b: Int!) {
        plan(id: $id) { sourceText(lineStart: $a, lineEnd: $b, context: 1) { file lineCount matchesLoaded truncated lines { number text highlighted } } }
      }`,
      { id: plan.id, a: lineStart, b: lineEnd },
    );
    expect(text.errors).toBeUndefined();
    const excerpt = text.data!.plan.sourceText;
    expect(excerpt).toMatchObject({
      file: 'plans/yuzhong-2021-2025-public-services.txt',
      lineCount: 711, // the parser counts the empty line after the final newline
      matchesLoaded: true,
      truncated: false,
    });
    expect(excerpt.lines.filter((l) => l.highlighted).map((l) => l.text.trim())).toEqual([
      '1',
      '人均预期寿命',
      '岁',
      '80.78',
      '81',
      '79.3',
      '预期性',
    ]);
    expect(excerpt.lines.map((l) => l.number)).toEqual([73, 74, 75, 76, 77, 78, 79, 80, 81]);
  });

  it('has no source text for a plan known only from citations', async () => {
    const res = await gql<{ plan: { loaded: boolean; sourceText: null } }>(
      `{ plan(id: "cited/重庆市十四五公共服务规划") { loaded sourceText(lineStart: 1, lineEnd: 3) { file } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.plan).toEqual({ loaded: false, sourceText: null });
  });

  it('finds one department by id, and says NOT_FOUND for an unknown one', async () => {
    const res = await gql<{ department: { name: string; region: { name: string }; counterpart: { name: string } } }>(
      `{ department(id: "chongqing/yuzhong/dept/教委") { name region { name } counterpart { name } } }`,
    );
    expect(res.data!.department).toEqual({
      name: '区教委',
      region: { name: '渝中区' },
      counterpart: { name: '市教委' },
    });
    const unknown = await gql(`{ department(id: "chongqing/dept/no-such") { name } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
