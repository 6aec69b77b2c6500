import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` a client can see. Anything else is reported as INTERNAL_SERVER_ERROR.
 * The GRAPHQL_* / PERSISTED_QUERY_* / OPERATION_RESOLUTION_FAILURE / BAD_REQUEST codes are
 * Apollo Server's own, passed through unchanged.
 */
export const ApiErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** An expensive request found every slot and the queue taken (HTTP 503, Retry-After). */
  TOO_BUSY: 'TOO_BUSY',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

const codes = new Set<string>(Object.values(ApiErrorCode));

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && codes.has(code);
}

/** A GraphQLError whose code the client may rely on; resolvers `throw` the helpers below. */
export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** `throw notFound('Plan', id)` */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(ApiErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} does not exist`, { id });
}

/** `throw badInput('first must be between 1 and 100', 'first')` */
export function badInput(message: string, field?: string): ApiError {
  return new ApiError(ApiErrorCode.BAD_USER_INPUT, message, field === undefined ? {} : { field });
}

export function unauthenticated(
  message = 'This operation needs an admin token: send "Authorization: Bearer <PLANGRAPH_ADMIN_TOKEN>"',
): ApiError {
  return new ApiError(ApiErrorCode.UNAUTHENTICATED, message);
}
