import type { SearchableRecord } from '../../data/records';
import { search } from '../../data/search';
import { badInput } from '../errors';
import type { QueryResolvers, Resolvers, SearchableResolvers } from '../generated/graphql';
import { pageWindow } from './pagination';

const MAX_HITS = 50;

const query: Pick<QueryResolvers, 'search'> = {
  search: (_, { text, first }, { executor }) => {
    const trimmed = text.trim();
    if (trimmed.length === 0)
      throw badInput("'text' must contain at least one character to search for, e.g. 托育", 'text');
    if (trimmed.length > 200) throw badInput(`'text' is limited to 200 characters, got ${trimmed.length}`, 'text');
    return search(executor, trimmed, pageWindow(first, null, MAX_HITS).limit);
  },
};

const searchable: SearchableResolvers = {
  __resolveType: (item: SearchableRecord) => item.label,
};

export const searchResolvers: Resolvers = { Query: query, Searchable: searchable };
