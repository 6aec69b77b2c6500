import { capturedLog } from '../../helpers/capturedLog';
import { useService } from '../../helpers/service';

// User text and cursors are arguments like any other: whatever a client sends, the answer is data
// or BAD_USER_INPUT, never INTERNAL_SERVER_ERROR, and nothing is logged as an error.
const cursor = (text: string) => Buffer.from(text).toString('base64url');
const YUZHONG = 'yuzhong-2021-2025-public-services';

describe('search text and cursors from clients', () => {
  const { log, lines } = capturedLog();
  const { gql } = useService({}, { log });
  const errorLines = () => lines.filter((l) => l.level >= 50 || l.err?.stack !== undefined);

  // Each test checks what its own requests logged.
  afterEach(() => {
    const logged = errorLines();
    lines.length = 0;
    expect(logged).toEqual([]);
  });

  describe('search', () => {
    const ids = async (text: string) => {
      const res = await gql<{ search: { item: { id: string } }[] }>(
        `query($t: String!) {
          search(text: $t, first: 50) { item {
            ... on Plan { id } ... on Chapter { id } ... on Goal { id } ... on Indicator { id } ... on Project { id } ... on Box { id }
          } }
        }`,
        { t: text },
      );
      return { errors: res.errors, ids: res.data?.search.map((h) => h.item.id) };
    };

    const syntax = [
      'AND',
      'OR',
      'NOT',
      'and',
      'or',
      'not',
      '*',
      '?',
      '~',
      '"',
      '\\',
      ':',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '^',
      '/',
      '&&',
      '||',
      '+',
      '-',
      '!',
    ];
    it.each(syntax.flatMap((s) => [s, `托育 ${s}`, `${s} 托育`, `养老 ${s} 托育`]))(
      'searches %p as text',
      async (text) => {
        const { errors, ids: found } = await ids(text);
        expect(errors).toBeUndefined();
        expect(Array.isArray(found)).toBe(true);
      },
    );

    it('reads NOT, AND, OR as words, not operators: NOT 托育 finds exactly what 托育 finds', async () => {
      // The cjk analyzer drops English stop words (not, and, or), so once escaped they add nothing.
      const plain = await ids('托育');
      expect(plain.ids?.length).toBeGreaterThan(0);
      for (const text of ['NOT 托育', '托育 NOT', 'AND 托育', 'OR 托育', '托育 OR'])
        expect(await ids(text)).toEqual(plain);
    });

    it('reads a leading - and ! as text, so they exclude nothing', async () => {
      const plain = await ids('托育');
      for (const text of ['-托育', '!托育', '+托育']) expect(await ids(text)).toEqual(plain);
    });
  });

  describe('cursors and page sizes', () => {
    const connections = [
      [
        'plans',
        (after: string | null, first: number | null) =>
          gql(
            `query($a: String, $f: Int) { plans(after: $a, first: $f) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
            { a: after, f: first },
          ),
      ],
      [
        'indicators',
        (after: string | null, first: number | null) =>
          gql(
            `query($a: String, $f: Int) { indicators(after: $a, first: $f) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
            { a: after, f: first },
          ),
      ],
      [
        'unmeasuredIndicators',
        (after: string | null, first: number | null) =>
          gql(
            `query($a: String, $f: Int) { unmeasuredIndicators(after: $a, first: $f) { totalCount nodes { reason } pageInfo { hasNextPage endCursor } } }`,
            { a: after, f: first },
          ),
      ],
      [
        'Plan.indicators',
        (after: string | null, first: number | null) =>
          gql(
            `query($a: String, $f: Int) {
              plan(id: "${YUZHONG}") { indicators(after: $a, first: $f) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
            }`,
            { a: after, f: first },
          ),
      ],
    ] as const;

    const invalid: [string, string][] = [
      ['offset 2^31', cursor('offset:2147483648')],
      ['offset 2^31 - 1', cursor('offset:2147483647')],
      ['offset of 10 digits', cursor('offset:1000000000')],
      ['offset with a leading zero', cursor('offset:01')],
      ['offset above Number.MAX_SAFE_INTEGER', cursor('offset:9007199254740993')],
      ['offset of 30 digits', cursor(`offset:${'9'.repeat(30)}`)],
      ['negative offset', cursor('offset:-1')],
      ['fractional offset', cursor('offset:1.5')],
      ['exponent offset', cursor('offset:1e3')],
      ['not base64', '!!!not base64!!!'],
      ['base64 of something else', cursor('hello')],
      ['empty', ''],
    ];
    const cases = connections.flatMap(([name, ask]) =>
      invalid.map(([what, after]) => [name, what, ask, after] as const),
    );

    it.each(cases)('%s: %s → BAD_USER_INPUT saying what a cursor is', async (_name, _what, ask, after) => {
      const res = await ask(after, null);
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('after');
      expect(res.errors?.[0]?.message).toMatch(/'after' must be a cursor this API issued.*endCursor/);
    });

    // A list can shrink between two pages (a plan removed), so a cursor past its end is an empty page.
    it.each(
      connections.flatMap(([name, ask]) => ['offset:100000', 'offset:999999999'].map((c) => [name, c, ask] as const)),
    )('%s: %s, past the end of the list, gives an empty last page', async (_name, c, ask) => {
      const res = await ask(cursor(c), 100);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).toMatch(/"nodes":\[\],"pageInfo":\{"hasNextPage":false,"endCursor":null\}/);
    });

    it.each(connections.flatMap(([name, ask]) => [-1, 101, 2147483647].map((first) => [name, first, ask] as const)))(
      '%s: first %p → BAD_USER_INPUT',
      async (_name, first, ask) => {
        const res = await ask(null, first);
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message).toMatch(/'first' must be a whole number from 0 to 100/);
      },
    );

    it('a `first` beyond GraphQL Int is refused by GraphQL itself', async () => {
      const res = await gql(`query($f: Int) { plans(first: $f) { totalCount } }`, { f: 2 ** 31 });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
