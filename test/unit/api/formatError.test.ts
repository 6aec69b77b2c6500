import { GraphQLError, locatedError } from 'graphql';
import { DatabaseError } from '../../../src/db/errors';
import { ApiErrorCode, badInput, notFound } from '../../../src/api/errors';
import { createFormatError, INTERNAL_MESSAGE } from '../../../src/api/errors/format';

const formatError = createFormatError({ hideSuggestions: false });

/** What Apollo does before calling formatError: a resolver's throw arrives wrapped, with a code. */
function fromResolver(thrown: unknown) {
  const error = locatedError(thrown, undefined, ['plan']);
  const formatted = error.toJSON();
  return [
    { ...formatted, extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, ...formatted.extensions } },
    error,
  ] as const;
}

describe('formatError', () => {
  it('keeps the code, message and extensions of the helpers', () => {
    expect(formatError(...fromResolver(notFound('Plan', 'p-1')))).toEqual({
      message: 'Plan "p-1" does not exist',
      path: ['plan'],
      extensions: { code: 'NOT_FOUND', id: 'p-1' },
    });
    expect(formatError(...fromResolver(badInput('first must be at most 100', 'first'))).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('reports an unreachable or timed-out database as SERVICE_UNAVAILABLE without the driver message', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'TIMEOUT'] as const) {
      const formatted = formatError(...fromResolver(new DatabaseError(code, 'connect ECONNREFUSED 127.0.0.1:7687')));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).not.toMatch(/ECONNREFUSED|7687/);
    }
  });

  it('reports an exhausted connection pool as SERVICE_UNAVAILABLE without the pool report', () => {
    const pool = new DatabaseError(
      'POOL_EXHAUSTED',
      'Connection acquisition timed out in 500 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
    );
    expect(formatError(...fromResolver(pool))).toEqual({
      message: 'The service is busy: no database connection came free in time; try again shortly',
      path: ['plan'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('masks any other failure, keeping no message, stack, Cypher or driver code', () => {
    const cases = [
      new DatabaseError(
        'CYPHER_SYNTAX',
        'Invalid input near MATCH (p:Plan {secret})',
        'Neo.ClientError.Statement.SyntaxError',
      ),
      new TypeError("Cannot read properties of undefined (reading 'title')"),
      'a thrown string',
      new GraphQLError('unknown code', { extensions: { code: 'SOMETHING_ELSE' } }),
    ];
    for (const thrown of cases) {
      const formatted = formatError(...fromResolver(thrown));
      expect(formatted).toEqual({
        message: INTERNAL_MESSAGE,
        path: ['plan'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('drops stack traces from errors it passes through', () => {
    const formatted = formatError(
      { message: 'Syntax Error: Unexpected "}"', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at x'] } },
      new GraphQLError('x'),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it("names graphql's token limit QUERY_TOO_LARGE", () => {
    const formatted = formatError(
      {
        message: 'Syntax Error: Document contains more that 10 tokens. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      new GraphQLError('x'),
    );
    expect(formatted).toEqual({
      message: 'Query too large: more than 10 tokens',
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  });

  it('strips "Did you mean" hints when asked to', () => {
    const hidden = createFormatError({ hideSuggestions: true });
    const message = 'Cannot query field "plan" on type "Query". Did you mean "plans"?';
    expect(
      hidden({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message)).message,
    ).toBe('Cannot query field "plan" on type "Query".');
    expect(
      formatError({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message)).message,
    ).toBe(message);
  });

  it('never throws', () => {
    const hostile = {
      get message(): string {
        throw new Error('boom');
      },
    } as never;
    expect(formatError(hostile, hostile)).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
