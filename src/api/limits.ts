import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { ApiContext } from './context';
import { Admission } from './cost/admission';
import { ApiError, ApiErrorCode } from './errors';
import { queryCostPlugin } from './plugins/queryCost';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './resolvers/pagination';

/** Checked on the query text before anything runs, so an abusive query never reaches Neo4j. */
export interface QueryLimits {
  /** Nesting of selections. A Relay connection takes two levels per hop (`edges { node }`). */
  maxDepth: number;
  /**
   * Static cost (src/api/cost/queryCost.ts): scalars 1, objects 2, × each list's page size
   * (`first` or its default) or assumed size (`@listSize` in schema/, else `assumedListSize`).
   */
  maxCost: number;
  assumedListSize: number;
  /** Requests costing more than this run at most `expensiveConcurrency` at a time. */
  expensiveCost: number;
  expensiveConcurrency: number;
  /** Expensive requests that may wait for a slot, each at most `expensiveWaitMs`; others get TOO_BUSY at once. */
  expensiveQueue: number;
  expensiveWaitMs: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document; enforced by graphql's own parser. */
  maxTokens: number;
}

// maxCost: about 3× the costliest query of the README examples, the API stories and the bench
// stories (176,502: all plans, first: 100, with chapters, indicators and roll-ups), so that
// `measures { instances { plan { indicators(first: 100) … } } }` (1,624,200) is refused.
// expensiveCost: above every README example (the costliest, 6. Departments, is 46,100) and every
// bench story, so ordinary traffic never queues.
export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxCost: 500_000,
  assumedListSize: 10,
  expensiveCost: 50_000,
  expensiveConcurrency: 4,
  expensiveQueue: 8,
  expensiveWaitMs: 10_000,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
};

/** What a client turned away with TOO_BUSY is told to wait: about one heavy query's run. */
export const RETRY_AFTER_SECONDS = 2;

export interface LimitSettings {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<ApiContext>[];
  parseOptions: ParseOptions;
}

export function queryLimits(limits: QueryLimits = defaultQueryLimits): LimitSettings {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [reject(ApiErrorCode.QUERY_TOO_DEEP, 'Query too deep')],
    },
    // Cost needs the variables (`first: $n`), which validation rules never see: queryCostPlugin.
    costLimit: { enabled: false },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject(ApiErrorCode.TOO_MANY_ALIASES, 'Too many aliases')],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject(ApiErrorCode.TOO_MANY_DIRECTIVES, 'Too many directives')],
    },
    // Tokens: graphql's parser stops at `maxTokens` itself, before building the document.
    maxTokens: { enabled: false },
    // Suggestions are stripped in formatError, which sees every phase's errors.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const cost = queryCostPlugin({
    maxCost: limits.maxCost,
    sizes: { assumedListSize: limits.assumedListSize, defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE },
    expensiveCost: limits.expensiveCost,
    admission: new Admission({
      concurrency: limits.expensiveConcurrency,
      queue: limits.expensiveQueue,
      waitMs: limits.expensiveWaitMs,
    }),
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, cost],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

function reject(code: ApiErrorCode, what: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const [, limit, found] = /limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/.exec(error.message) ?? [];
    const detail = limit ? `: ${found} exceeds the limit of ${limit}` : '';
    context?.reportError(
      new ApiError(code, `${what}${detail}`, limit ? { limit: Number(limit), found: Number(found) } : {}),
    );
  };
}
