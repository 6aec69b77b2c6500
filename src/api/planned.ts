import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { PLANNED } from '../data/planner/project';
import type { Resolvers } from './generated/graphql';

// A planned query (src/data/planner) returns each object with the nested fields the request
// selected already in it, under `_planned`, keyed by response key (so two aliases of one field
// with different arguments keep their own answers). Every field resolver first looks there; only
// what was not planned (or came back null, so the resolver can report it as before) runs the
// resolver and its loader.

interface PlannedEntry {
  key: string;
  value: unknown;
}

function plannedValue(parent: unknown, info: GraphQLResolveInfo): unknown {
  if (typeof parent !== 'object' || parent === null) return undefined;
  const entries = (parent as Record<string, unknown>)[PLANNED];
  if (!Array.isArray(entries)) return undefined;
  return (entries as PlannedEntry[]).find((e) => e.key === info.path.key)?.value ?? undefined;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The resolver maps with every object field resolver looking for a planned value first. */
export function plannedFirst(maps: Resolvers[]): Resolvers[] {
  return maps.map((map) =>
    Object.fromEntries(
      Object.entries(map).map(([type, fields]) => {
        if (ROOT_TYPES.has(type) || typeof fields !== 'object' || fields === null || !isPlainObject(fields))
          return [type, fields];
        return [
          type,
          Object.fromEntries(
            Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => {
              if (field.startsWith('__') || typeof resolve !== 'function') return [field, resolve];
              const fn = resolve as GraphQLFieldResolver<unknown, unknown>;
              const wrapped: GraphQLFieldResolver<unknown, unknown> = (parent, args, ctx, info) =>
                plannedValue(parent, info) ?? fn(parent, args, ctx, info);
              return [field, wrapped];
            }),
          ),
        ];
      }),
    ),
  );
}

/** Resolver maps of object types are plain objects; scalars are GraphQLScalarType instances. */
const isPlainObject = (v: object) => Object.getPrototypeOf(v) === Object.prototype;
