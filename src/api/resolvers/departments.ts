import { listDepartments, listDomains, type DomainWithCounts } from '../../data/departments';
import type { DomainRecord, ItemRecord } from '../../data/records';
import type { ApiContext } from '../context';
import type {
  DepartmentResolvers,
  DomainResolvers,
  QueryResolvers,
  ResponsibleResolvers,
  Resolvers,
  ResponsibilityResolvers,
} from '../generated/graphql';
import { notFound } from '../errors';
import { loadOne } from '../loaders';

const query: Pick<QueryResolvers, 'department' | 'departments' | 'domains'> = {
  department: async (_, { id }, { loaders }) =>
    (await loaders.department.load(id)) ?? Promise.reject(notFound('department', id)),
  departments: (_, { region, level, name }, { executor }) =>
    listDepartments(executor, { region: region ?? null, level: level ?? null, name: name ?? null }),
  domains: (_, __, { executor }) => listDomains(executor),
};

const department: DepartmentResolvers = {
  region: (d, _, { loaders }) => loadOne(loaders.hops.departmentRegion, d.id),
  counterpart: (d, _, { loaders }) => loadOne(loaders.hops.departmentCounterpart, d.id),
  districtCounterparts: (d, _, { loaders }) => loaders.hops.departmentDistrictCounterparts.load(d.id),
  responsibilities: async (d, { planId, domainId, basis }, { loaders }) =>
    (await loaders.departmentResponsibilities.load(d.id)).filter(
      (r) =>
        (!planId || r.planId === planId) &&
        (!basis || r.basis === basis) &&
        (!domainId || (r.domainIds ?? []).includes(domainId)),
    ),
};

const responsibility: ResponsibilityResolvers = {
  plan: (r, _, { loaders }) => (r.planId ? loaders.plan.load(r.planId) : null),
};

const responsible: ResponsibleResolvers = {
  __resolveType: (item: ItemRecord) => item.label,
};

// domains() counts in one query; a Domain reached through a tag gets its counts from one batched load.
const counted = (d: DomainRecord): d is DomainWithCounts => typeof (d as DomainWithCounts).chapterCount === 'number';
const countsOf = async (d: DomainRecord, loaders: ApiContext['loaders']) =>
  counted(d) ? d : await loaders.domainCounts.load(d.id);

const domain: DomainResolvers = {
  keywords: (d) => d.keywords ?? [],
  chapterCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.chapterCount ?? 0,
  goalCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.goalCount ?? 0,
  indicatorCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.indicatorCount ?? 0,
  projectCount: async (d, _, { loaders }) => (await countsOf(d, loaders))?.projectCount ?? 0,
};

export const departmentResolvers: Resolvers = {
  Query: query,
  Department: department,
  Responsibility: responsibility,
  Responsible: responsible,
  Domain: domain,
};
