import type { TypedDocumentString } from '../gql/graphql';

/** The service's GraphQL endpoint: the same origin that served the app. */
export const GRAPHQL_URL = '/graphql';

/**
 * An error the API reported (its `extensions.code`: NOT_FOUND, SERVICE_UNAVAILABLE, …), or
 * NETWORK when the service itself did not answer.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface RequestOptions {
  /** The admin token, sent only with the mutations that need it. */
  token?: string | null;
  signal?: AbortSignal;
}

/** One POST to /graphql; resolves to `data`, rejects with an ApiError for any error the answer carries. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token, signal }: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('NETWORK', err instanceof Error ? err.message : String(err));
  }
  const requestId = response.headers.get('x-request-id');
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new ApiError(`HTTP_${response.status}`, `HTTP ${response.status} ${response.statusText}`, requestId);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, requestId);
  if (!body.data) throw new ApiError(`HTTP_${response.status}`, `HTTP ${response.status}: no data`, requestId);
  return body.data;
}
