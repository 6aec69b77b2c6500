// What a request asked for below a root field, as plain data: the look-ahead over GraphQL's
// resolve info (src/api/lookAhead.ts) builds it and the planners in this folder compile it to
// Cypher. Field names are the schema's (the walker checks each against the schema); response
// keys (aliases) are client text and only ever travel to Neo4j as parameters.

export interface FieldSelection {
  /** The schema field name. */
  name: string;
  /** Argument values, coerced by GraphQL (defaults applied). */
  args: Record<string, unknown>;
  /** For a paged field (first/after), the slice those arguments ask for; absent when they are invalid. */
  window?: { offset: number; limit: number };
  /** The fields selected on the result, by response key; null for a leaf or a selection the walker could not read. */
  fields: SelectionSet | null;
  /** For a union-typed field: the fields selected on each member type (null where the walker could not read them). */
  byType?: ReadonlyMap<string, SelectionSet | null>;
}

/** Fields by response key (the alias when given, else the field name). */
export type SelectionSet = ReadonlyMap<string, FieldSelection>;

/** Thrown while compiling a selection the planner does not cover: the caller falls back to the resolvers' loaders. */
export class Unplannable extends Error {}

/** One object reached by two response keys (nodes and edges.node) is projected once, for both selections. */
export function mergeSelections(a: SelectionSet, b: SelectionSet): SelectionSet {
  const out = new Map(a);
  for (const [key, field] of b) {
    const seen = out.get(key);
    if (!seen) {
      out.set(key, field);
      continue;
    }
    if (seen.name !== field.name || JSON.stringify(seen.args) !== JSON.stringify(field.args))
      throw new Unplannable(`two selections of ${key} differ`);
    const fields =
      seen.fields && field.fields ? mergeSelections(seen.fields, field.fields) : (seen.fields ?? field.fields);
    out.set(key, { ...seen, fields });
  }
  return out;
}

/** The selection of a field the planner must descend into. */
export function below(field: FieldSelection): SelectionSet {
  if (!field.fields) throw new Unplannable(`no selection readable below ${field.name}`);
  return field.fields;
}
