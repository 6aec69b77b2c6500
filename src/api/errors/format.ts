import type { GraphQLFormattedError } from 'graphql';
import { DatabaseError } from '../../db/errors';
import { ApiError, ApiErrorCode, isApiErrorCode } from '.';

export const INTERNAL_MESSAGE = 'Internal server error';

export interface FormatErrorOptions {
  /** Strip "Did you mean …?" hints, which would reveal the schema while introspection is off. */
  hideSuggestions: boolean;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Apollo's `formatError`: codes the client may rely on pass through; a database that cannot be
 * reached, does not answer in time or has no free connection becomes SERVICE_UNAVAILABLE; everything else becomes a bare INTERNAL_SERVER_ERROR (no
 * message, stack, Cypher or driver text). The request-log plugin adds the request id and logs
 * the original. Never throws.
 */
export function createFormatError(options: FormatErrorOptions): FormatError {
  return (formatted, error) => {
    try {
      return format(formatted, error, options);
    } catch {
      return { message: INTERNAL_MESSAGE, extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
    }
  };
}

function format(
  formatted: GraphQLFormattedError,
  error: unknown,
  { hideSuggestions }: FormatErrorOptions,
): GraphQLFormattedError {
  const where = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  // Apollo wraps validation-rule errors (our query limits) and resolver errors: the cause decides.
  const apiError = findCause(error, ApiError);
  if (apiError) return { message: apiError.message, ...where, extensions: publicExtensions(apiError.extensions) };

  const dbError = findCause(error, DatabaseError);
  if (dbError) {
    if (dbError.code === 'SERVICE_UNAVAILABLE')
      return unavailable('The database is unavailable; try again shortly', where);
    if (dbError.code === 'TIMEOUT') return unavailable('The database did not answer in time; try again shortly', where);
    if (dbError.code === 'BUSY')
      return unavailable('Another write is running (the graph takes one writer at a time); try again shortly', where);
    if (dbError.code === 'POOL_EXHAUSTED')
      return unavailable('The service is busy: no database connection came free in time; try again shortly', where);
    return internal(where);
  }

  const code = formatted.extensions?.code;
  if (code === ApiErrorCode.GRAPHQL_PARSE_FAILED) {
    const tokens = /Document contains more th[ae]t? (\d+) tokens/.exec(formatted.message)?.[1];
    if (tokens)
      return {
        message: `Query too large: more than ${tokens} tokens`,
        ...where,
        extensions: { code: ApiErrorCode.QUERY_TOO_LARGE },
      };
  }
  if (!isApiErrorCode(code) || code === ApiErrorCode.INTERNAL_SERVER_ERROR) return internal(where);
  const message = hideSuggestions ? formatted.message.replace(/ ?Did you mean [^?]*\?/g, '') : formatted.message;
  return { message, ...where, extensions: publicExtensions(formatted.extensions) };
}

function unavailable(message: string, where: Partial<GraphQLFormattedError>): GraphQLFormattedError {
  return { message, ...where, extensions: { code: ApiErrorCode.SERVICE_UNAVAILABLE } };
}

function internal(where: Partial<GraphQLFormattedError>): GraphQLFormattedError {
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
}

function publicExtensions(extensions: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const { stacktrace: _stacktrace, exception: _exception, http: _http, ...rest } = extensions ?? {};
  return rest;
}

/** The first error of `type` along the originalError / cause chain (bounded: chains can be cyclic). */
export function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let hops = 0; hops < 10 && current instanceof Error; hops += 1) {
    if (current instanceof type) return current;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
