import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { ApiError, ApiErrorCode } from './errors';

/** Checked on the query text before anything runs, so an abusive query never reaches Neo4j. */
export interface QueryLimits {
  /** Nesting of selections. A Relay connection takes two levels per hop (`edges { node }`). */
  maxDepth: number;
  /** graphql-armor's static cost: objects 2, scalars 1, ×1.5 per level, × `first`/`last` of a list. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document; enforced by graphql's own parser. */
  maxTokens: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxCost: 100_000,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
};

export interface LimitSettings {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
}

export function queryLimits(limits: QueryLimits = defaultQueryLimits): LimitSettings {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [reject(ApiErrorCode.QUERY_TOO_DEEP, 'Query too deep')] },
    costLimit: { maxCost: limits.maxCost, propagateOnRejection: false, onReject: [reject(ApiErrorCode.QUERY_TOO_COMPLEX, 'Query too complex')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject(ApiErrorCode.TOO_MANY_ALIASES, 'Too many aliases')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reject(ApiErrorCode.TOO_MANY_DIRECTIVES, 'Too many directives')] },
    // Tokens: graphql's parser stops at `maxTokens` itself, before building the document.
    maxTokens: { enabled: false },
    // Suggestions are stripped in formatError, which sees every phase's errors.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules: armor.validationRules, plugins: armor.plugins, parseOptions: { maxTokens: limits.maxTokens } };
}

function reject(code: ApiErrorCode, what: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const [, limit, found] = /limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/.exec(error.message) ?? [];
    const detail = limit ? `: ${found} exceeds the limit of ${limit}` : '';
    context?.reportError(new ApiError(code, `${what}${detail}`, limit ? { limit: Number(limit), found: Number(found) } : {}));
  };
}
