import type { Page } from '../../data/records';
import { badInput } from '../errors';

export const MAX_PAGE_SIZE = 100;

/** Opaque cursors: base64 of the item's offset in the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`'after' is not a cursor this API issued: ${JSON.stringify(cursor)}; pass an endCursor or edge cursor from a previous page`, 'after');
  return Number(match[1]);
}

/** Validates `first`/`after` and returns the slice to fetch. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, max = MAX_PAGE_SIZE): { offset: number; limit: number } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > max) {
    throw badInput(`'first' must be a whole number from 0 to ${max}, got ${limit}`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
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
    pageInfo: (page: Page<T>) => ({
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: page.items.length ? encodeCursor(page.offset) : null,
      endCursor: page.items.length ? encodeCursor(page.offset + page.items.length - 1) : null,
    }),
  };
}
