import {
  getArgumentValues,
  getNamedType,
  Kind,
  isObjectType,
  isUnionType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLUnionType,
  type SelectionNode,
} from 'graphql';
import type { FieldSelection, SelectionSet } from '../data/planner/selection';
import { pageWindow } from './resolvers/pagination';

// The look-ahead: what the client selected below the current field, read once from the
// operation so the data layer can plan the whole request as one query. Every field is checked
// against the schema, arguments are coerced by GraphQL itself, and anything this walker does not
// follow (directives such as @skip, a fragment on a type it cannot place) makes that part opaque,
// which the planner answers by leaving the request to the resolvers' loaders. Below a union field,
// the selection is read once per member type (`byType`): a fragment on another member does not
// apply to that one.

/** The selection below the field being resolved, or null when it cannot be read. */
export function lookAhead(info: GraphQLResolveInfo): SelectionSet | null {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? collect(info, info.fieldNodes, type) : null;
}

function collect(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  type: GraphQLObjectType,
  union: GraphQLUnionType | null = null,
): SelectionSet | null {
  const applies = (condition: string | undefined) =>
    condition === undefined || condition === type.name || condition === union?.name;
  const otherMember = (condition: string | undefined) =>
    union !== null && union.getTypes().some((t) => t.name === condition && t.name !== type.name);
  const byKey = new Map<string, FieldNode[]>();
  const visit = (selections: readonly SelectionNode[]): boolean => {
    for (const s of selections) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.FIELD) {
        if (s.name.value === '__typename') continue;
        const key = s.alias?.value ?? s.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), s]);
      } else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
        if (!fragment) return false;
        const condition = fragment.typeCondition?.name.value;
        if (otherMember(condition)) continue;
        if (!applies(condition) || !visit(fragment.selectionSet.selections)) return false;
      }
    }
    return true;
  };
  for (const node of nodes) if (node.selectionSet && !visit(node.selectionSet.selections)) return null;

  const out = new Map<string, FieldSelection>();
  const defs = type.getFields();
  for (const [key, fieldNodes] of byKey) {
    const [first] = fieldNodes;
    const def = first ? defs[first.name.value] : undefined;
    if (!first || !def) return null;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, first, info.variableValues);
    } catch {
      return null;
    }
    const named = getNamedType(def.type);
    const field: FieldSelection = {
      name: def.name,
      args,
      fields: isObjectType(named) ? collect(info, fieldNodes, named) : null,
    };
    if (isUnionType(named))
      field.byType = new Map(named.getTypes().map((member) => [member.name, collect(info, fieldNodes, member, named)]));
    if (def.args.some((a) => a.name === 'first') && def.args.some((a) => a.name === 'after')) {
      try {
        field.window = pageWindow(args.first as number | null, args.after as string | null);
      } catch {
        // Invalid paging: left for the resolver, which reports it.
      }
    }
    out.set(key, field);
  }
  return out;
}
