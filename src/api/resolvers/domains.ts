import type DataLoader from 'dataloader';
import { listDomains, type DomainItemRequest, type DomainWithCounts } from '../../data/domains';
import type {
  ChapterRecord,
  DomainRecord,
  GoalRecord,
  IndicatorRecord,
  Page,
  ProjectRecord,
  TaggedRecord,
} from '../../data/records';
import type { ApiContext } from '../context';
import type { Loaders } from '../loaders';
import { notFound } from '../errors';
import type { DomainItemFilter, DomainResolvers, QueryResolvers, Resolvers } from '../generated/graphql';
import { pageWindow, taggedConnectionResolvers } from './pagination';

const query: Pick<QueryResolvers, 'domains' | 'domain'> = {
  domains: (_, __, { executor }) => listDomains(executor),
  domain: async (_, { id }, { loaders }) =>
    (await loaders.domainCounts.load(id)) ?? Promise.reject(notFound('domain', id)),
};

// domains() and domain() count in their query; a Domain reached through a tag gets its counts from one batched load.
const counted = (d: DomainRecord): d is DomainWithCounts => typeof (d as DomainWithCounts).chapterCount === 'number';
const countsOf = async (d: DomainRecord, loaders: ApiContext['loaders']) =>
  counted(d) ? d : await loaders.domainCounts.load(d.id);

interface ItemArgs {
  filter?: DomainItemFilter | null;
  first?: number | null;
  after?: string | null;
}

const itemsOf =
  <T>(pick: (loaders: Loaders) => DataLoader<DomainItemRequest, Page<TaggedRecord<T>>, string>) =>
  (d: DomainRecord, { filter, first, after }: ItemArgs, { loaders }: ApiContext) => {
    const { offset, limit } = pageWindow(first, after);
    return pick(loaders).load({
      domainId: d.id,
      planId: filter?.planId ?? null,
      region: filter?.region ?? null,
      level: filter?.level ?? null,
      basis: filter?.basis ?? null,
      offset,
      limit,
    });
  };

const domain: DomainResolvers = {
  keywords: (d) => d.keywords ?? [],
  chapterCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.chapterCount ?? 0,
  goalCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.goalCount ?? 0,
  indicatorCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.indicatorCount ?? 0,
  projectCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.projectCount ?? 0,
  chapters: itemsOf((l) => l.domainItems.Chapter),
  goals: itemsOf((l) => l.domainItems.Goal),
  indicators: itemsOf((l) => l.domainItems.Indicator),
  projects: itemsOf((l) => l.domainItems.Project),
};

export const domainResolvers: Resolvers = {
  Query: query,
  Domain: domain,
  DomainChapterConnection: taggedConnectionResolvers<ChapterRecord>(),
  DomainGoalConnection: taggedConnectionResolvers<GoalRecord>(),
  DomainIndicatorConnection: taggedConnectionResolvers<IndicatorRecord>(),
  DomainProjectConnection: taggedConnectionResolvers<ProjectRecord>(),
};
