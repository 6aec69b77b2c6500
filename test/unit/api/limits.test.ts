import { buildSchema, parse, validate } from 'graphql';
import { defaultQueryLimits, queryLimits } from '../../../src/api/limits';

const schema = buildSchema('type Query { node(first: Int): Node } type Node { id: ID child(first: Int): Node }');
const nested = (depth: number) =>
  `{ ${'node { '.repeat(1)}${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`;

function check(query: string, limits = defaultQueryLimits) {
  return validate(schema, parse(query), queryLimits(limits).validationRules).map((e) => ({
    message: e.message,
    code: e.extensions.code,
  }));
}

describe('query limits', () => {
  it('accepts a query at the depth limit and rejects one past it with QUERY_TOO_DEEP', () => {
    expect(check(nested(defaultQueryLimits.maxDepth))).toEqual([]);
    expect(check(nested(defaultQueryLimits.maxDepth + 1))).toEqual([
      {
        message: `Query too deep: ${defaultQueryLimits.maxDepth + 1} exceeds the limit of ${defaultQueryLimits.maxDepth}`,
        code: 'QUERY_TOO_DEEP',
      },
    ]);
  });

  it('leaves cost to the cost plugin (it needs the variables), not to a validation rule', () => {
    expect(check('{ node(first: 100) { child(first: 100) { child(first: 100) { id } } } }')).toEqual([]);
    expect(queryLimits().plugins.length).toBeGreaterThan(0);
  });

  it('rejects too many aliases with TOO_MANY_ALIASES', () => {
    const aliases = Array.from({ length: defaultQueryLimits.maxAliases + 1 }, (_, i) => `a${i}: node { id }`).join(' ');
    expect(check(`{ ${aliases} }`)).toEqual([expect.objectContaining({ code: 'TOO_MANY_ALIASES' })]);
  });

  it('hands the token limit to the parser', () => {
    expect(queryLimits().parseOptions.maxTokens).toBe(defaultQueryLimits.maxTokens);
  });
});
