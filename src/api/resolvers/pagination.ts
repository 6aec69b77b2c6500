import type { Page, TaggedRecord } from '../../data/records';
import { badInput } from '../errors';

export const MAX_PAGE_SIZE = 100;
/** The page size of a connection whose `first` is left out and has no default in the schema. */
export const DEFAULT_PAGE_SIZE = 20;

/** Opaque cursors: base64 of the item's offset in the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

// Offsets as encodeCursor writes them, at most 9 digits: no list here comes near 10⁹ items, and the
// bound keeps `offset + first` a 32-bit integer, the most Cypher accepts as a list index.
const CURSOR = /^offset:(0|[1-9]\d{0,8})$/;

function decodeCursor(cursor: string): number {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    const shown = cursor.length > 40 ? `${JSON.stringify(cursor.slice(0, 40))}…` : JSON.stringify(cursor);
    throw badInput(
      `'after' must be a cursor this API issued (an opaque string marking a place in this list), got ${shown}; ` +
        "pass pageInfo.endCursor or an edge's cursor from the previous page, or leave 'after' out to start from the beginning",
      'after',
    );
  }
  return Number(match[1]);
}

/** Validates `first`/`after` and returns the slice to fetch. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  max = MAX_PAGE_SIZE,
): { offset: number; limit: number } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > max) {
    throw badInput(`'first' must be a whole number from 0 to ${max}, got ${limit}`, 'first');
  }
  // A cursor past the end of the list (the list shrank since) gives an empty last page.
  return { offset: after === null || after === undefined ? 0 : decodeCursor(after) + 1, limit };
}

/** A page of an in-memory list (children already fetched by a loader). */
export function slicePage<T>(all: T[], first: number | null | undefined, after: string | null | undefined): Page<T> {
  const { offset, limit } = pageWindow(first, after);
  return { items: all.slice(offset, offset + limit), offset, totalCount: all.length };
}

/** Field resolvers shared by every *Connection type. */
export function connectionResolvers<T>() {
  return {
    nodes: (page: Page<T>) => page.items,
    edges: (page: Page<T>) => page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node })),
    totalCount: (page: Page<T>) => page.totalCount,
    pageInfo,
  };
}

/** A connection of tagged items: each edge carries its node and how the node was tagged (a domain's items). */
export function taggedConnectionResolvers<T>() {
  return {
    nodes: (page: Page<TaggedRecord<T>>) => page.items.map((t) => t.node),
    edges: (page: Page<TaggedRecord<T>>) => page.items.map((t, i) => ({ cursor: encodeCursor(page.offset + i), ...t })),
    totalCount: (page: Page<TaggedRecord<T>>) => page.totalCount,
    pageInfo,
  };
}

/** Relay page information for a page of a longer list. */
export function pageInfo(page: { offset: number; totalCount: number; items: readonly unknown[] }) {
  return {
    hasNextPage: page.offset + page.items.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length ? encodeCursor(page.offset) : null,
    endCursor: page.items.length ? encodeCursor(page.offset + page.items.length - 1) : null,
  };
}
