import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { ApiContext } from '../../../src/api/context';
import { queryCost } from '../../../src/api/cost/queryCost';
import { defaultQueryLimits } from '../../../src/api/limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../src/api/resolvers/pagination';
import { loadTypeDefs } from '../../../src/api/schema';
import { createApolloServer } from '../../../src/api/server';
import { createLogger } from '../../../src/logger';
import { stories } from '../../../bench/load/stories';

const schema = buildSchema(loadTypeDefs().join('\n'));
const sizes = {
  assumedListSize: defaultQueryLimits.assumedListSize,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
};

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  if (!operation) throw new Error('no operation');
  return queryCost({ schema, operation, fragments, variables, sizes });
}

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const examples = [...readme.matchAll(/### ([^\n]+)\n[\s\S]*?```graphql\n([\s\S]*?)```/g)].map(
  (m) => [m[1] as string, m[2] as string] as const,
);
const HEAVY = '{ measures { instances { plan { indicators(first: 100) { nodes { id name } } } } } }';

describe('query cost', () => {
  it('finds the README examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples)('README example "%s" is under the default limit and runs without queueing', (_title, query) => {
    expect(cost(query)).toBeLessThanOrEqual(defaultQueryLimits.expensiveCost);
  });

  it('every bench story is under the default limit and runs without queueing', async () => {
    const list = await stories({
      read: () => Promise.resolve([{ id: 'chongqing-2026-2030-social-development-draft/ind/23' }]),
    } as never);
    for (const story of list)
      expect([
        story.name,
        cost(story.planGraph.query, story.planGraph.variables) <= defaultQueryLimits.expensiveCost,
      ]).toEqual([story.name, true]);
  });

  it('the costliest API story (all plans, first: 100, with roll-ups) has a third of the limit to spare', () => {
    const all = cost(
      '{ plans(first: 100) { nodes { id chapters { id } indicators { nodes { id rollsUpTo { to { id name } score } } } } } }',
    );
    expect(all).toBe(176_502);
    expect(all * 2.5).toBeLessThan(defaultQueryLimits.maxCost);
  });

  it('sizes a connection by first, its schema default, or the default page size, capped at the largest page', () => {
    const one = cost('{ plans(first: 1) { nodes { id } } }');
    expect(one).toBe(2 + 1 * (2 + 1));
    expect(cost('{ plans(first: 10) { edges { node { id } } } }')).toBe(2 + 10 * (2 + 2 + 1));
    expect(cost('{ plans { nodes { id } } }')).toBe(2 + 20 * 3); // schema default first: 20
    expect(cost('{ indicators { nodes { id } } }')).toBe(2 + 50 * 3); // schema default first: 50
    expect(cost('query($n: Int) { plans(first: $n) { nodes { id } } }', { n: 7 })).toBe(2 + 7 * 3);
    expect(cost('{ plans(first: 100000) { nodes { id } } }')).toBe(2 + MAX_PAGE_SIZE * 3); // refused by the resolver anyway
    expect(cost('{ search(text: "x", first: 5) { score } }')).toBe(5 * (2 + 1));
  });

  it('sizes a plain list by its @listSize, else the assumed list size, and counts fragments and nothing for introspection', () => {
    expect(cost('{ measures { id } }')).toBe(100 * 3);
    expect(cost('{ measure(id: "x") { related { why } } }')).toBe(2 + sizes.assumedListSize * 3);
    expect(cost('{ measure(id: "x") { ... on Measure { id } ...F } } fragment F on Measure { name }')).toBe(2 + 1 + 1);
    expect(cost('{ __schema { types { fields { name } } } __typename }')).toBe(1);
  });

  it('refuses the heavy query with QUERY_TOO_COMPLEX, its cost and the limit, before any resolver runs', async () => {
    expect(cost(HEAVY)).toBe(1_624_200);
    const apollo = createApolloServer({ introspection: false });
    await apollo.start();
    try {
      const executor = { roundTrips: 0, cacheHits: 0 };
      const contextValue = {
        executor,
        requestId: 'r1',
        isAdmin: false,
        log: createLogger('silent'),
        cost: null,
      } as unknown as ApiContext;
      const res = await apollo.executeOperation({ query: HEAVY }, { contextValue });
      expect(res.http.status).toBe(400);
      expect(res.body.kind === 'single' && res.body.singleResult.errors).toEqual([
        {
          message:
            `Query too complex: its cost is 1624200, over the limit of ${defaultQueryLimits.maxCost}; ` +
            'ask for smaller pages (first) or fewer nested lists',
          extensions: { code: 'QUERY_TOO_COMPLEX', cost: 1_624_200, limit: defaultQueryLimits.maxCost },
        },
      ]);
      expect(executor.roundTrips).toBe(0);
    } finally {
      await apollo.stop();
    }
  });

  it('prices one document by its variables each time: a remembered cost never answers other variables', async () => {
    const apollo = createApolloServer({ introspection: false });
    await apollo.start();
    const query = 'query($n: Int) { measures { instances { plan { indicators(first: $n) { nodes { id } } } } } }';
    const refusal = async (n: number) => {
      const contextValue = {
        executor: { roundTrips: 0, cacheHits: 0 },
        requestId: 'r1',
        isAdmin: false,
        log: createLogger('silent'),
        cost: null,
      } as unknown as ApiContext;
      const res = await apollo.executeOperation({ query, variables: { n } }, { contextValue });
      const error = res.body.kind === 'single' ? res.body.singleResult.errors?.[0] : undefined;
      return error?.extensions?.code === 'QUERY_TOO_COMPLEX' ? error.extensions.cost : 'not refused';
    };
    try {
      const heavy = cost(query, { n: 100 });
      expect(heavy).toBeGreaterThan(defaultQueryLimits.maxCost);
      expect(cost(query, { n: 1 })).toBeLessThan(defaultQueryLimits.maxCost);
      // Heavy, light, heavy again, light again: the same parsed document each time.
      expect([await refusal(100), await refusal(1), await refusal(100), await refusal(1)]).toEqual([
        heavy,
        'not refused',
        heavy,
        'not refused',
      ]);
    } finally {
      await apollo.stop();
    }
  });
});
