import type { SearchableRecord } from '../../data/records';
import { search } from '../../data/search';
import { badInput } from '../errors';
import { lookAhead } from '../lookAhead';
import type { QueryResolvers, Resolvers, SearchableResolvers } from '../generated/graphql';
import { pageWindow } from './pagination';

const MAX_HITS = 50;

const query: Pick<QueryResolvers, 'search'> = {
  search: (_, { text, first }, { executor }, info) => {
    const trimmed = text.trim();
    if (trimmed.length === 0)
      throw badInput("'text' must contain at least one character to search for, e.g. 托育", 'text');
    if (trimmed.length > 200) throw badInput(`'text' is limited to 200 characters, got ${trimmed.length}`, 'text');
    // One selection of `item` (aliases of it may differ): each hit projected as asked.
    const items = [...(lookAhead(info)?.values() ?? [])].filter((f) => f.name === 'item');
    const byType = items.length === 1 ? (items[0]?.byType ?? null) : null;
    return search(executor, trimmed, pageWindow(first, null, MAX_HITS).limit, byType);
  },
};

const searchable: SearchableResolvers = {
  __resolveType: (item: SearchableRecord) => item.label,
};

export const searchResolvers: Resolvers = { Query: query, Searchable: searchable };
