import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  OperationTypeNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** How list fields are sized when a query does not say (see schema/cost.graphql). */
export interface CostSizes {
  /** A plain list field without `@listSize(assumedSize:)`. */
  assumedListSize: number;
  /** A slicing argument (`first`) left out and without a schema default. */
  defaultPageSize: number;
  /** The largest page a slicing argument can ask for; a larger `first` is refused by the resolver anyway. */
  maxPageSize: number;
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values; `{}` when they did not coerce (execution then fails on them anyway). */
  variables: Record<string, unknown>;
  sizes: CostSizes;
}

interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

const SCALAR = 1;
const OBJECT = 2;

/**
 * An upper estimate of the values a response can hold: every scalar counts 1, every object 2
 * plus its fields, and a list multiplies its items by its page size (`first`, else the schema
 * default) or assumed size. No per-level factor: with list sizes counted, nesting is already priced
 * by the multiplications. A union or interface field counts the fields of all its fragments.
 * Introspection is free: it reads the in-memory schema, never Neo4j.
 */
export function queryCost(input: CostInput): number {
  const root =
    input.operation.operation === OperationTypeNode.MUTATION
      ? input.schema.getMutationType()
      : input.schema.getQueryType();
  if (!root) return 0;
  return Math.round(selectionCost(input, root.name, input.operation.selectionSet, 1, new Set()));
}

function selectionCost(
  input: CostInput,
  typeName: string,
  set: SelectionSetNode,
  sliced: number,
  sizedFields: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(
        input,
        selection.typeCondition?.name.value ?? typeName,
        selection.selectionSet,
        sliced,
        sizedFields,
      );
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = input.fragments[selection.name.value];
      if (fragment)
        cost += selectionCost(input, fragment.typeCondition.name.value, fragment.selectionSet, sliced, sizedFields);
    } else {
      const name = selection.name.value;
      if (name === '__typename') cost += SCALAR;
      else if (!name.startsWith('__'))
        cost += fieldCost(input, typeName, selection, sizedFields.has(name) ? sliced : null);
    }
  }
  return cost;
}

function fieldCost(input: CostInput, typeName: string, node: FieldNode, sliced: number | null): number {
  const type = input.schema.getType(typeName);
  const field =
    type && 'getFields' in type
      ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[node.name.value]
      : undefined;
  if (!field) return SCALAR; // validation has already refused unknown fields
  const named = getNamedType(field.type);
  const isList = isListType(getNullableType(field.type));
  if (!isCompositeType(named) || !node.selectionSet) return SCALAR;

  const listSize = listSizeOf(input.schema, field);
  const page = listSize.slicingArguments ? pageSize(input, field, node, listSize.slicingArguments) : null;
  const children =
    OBJECT + selectionCost(input, named.name, node.selectionSet, page ?? 1, new Set(listSize.sizedFields ?? []));
  if (!isList) return children;
  // A connection's `nodes`/`edges` are sized by the connection's `first` (sliced); other lists by their own.
  const items = sliced ?? page ?? listSize.assumedSize ?? input.sizes.assumedListSize;
  return items * children;
}

function listSizeOf(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): ListSize {
  const directive = schema.getDirective('listSize');
  if (!directive || !field.astNode) return {};
  return getDirectiveValues(directive, field.astNode) ?? {};
}

function pageSize(input: CostInput, field: GraphQLField<unknown, unknown>, node: FieldNode, slicing: string[]): number {
  let args: Record<string, unknown> = {};
  try {
    args = getArgumentValues(field, node, input.variables);
  } catch {
    // An argument that does not coerce fails execution; price the field at its default page.
  }
  const given = slicing.map((name) => args[name]).find((v): v is number => typeof v === 'number');
  const size = given ?? input.sizes.defaultPageSize;
  return Math.min(Math.max(size, 0), input.sizes.maxPageSize);
}
