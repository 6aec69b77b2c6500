import { listDepartments } from '../../data/departments';
import type { ItemRecord } from '../../data/records';
import type {
  DepartmentResolvers,
  QueryResolvers,
  ResponsibleResolvers,
  Resolvers,
  ResponsibilityResolvers,
} from '../generated/graphql';
import { notFound } from '../errors';
import { loadOne } from '../loaders';

const query: Pick<QueryResolvers, 'department' | 'departments'> = {
  department: async (_, { id }, { loaders }) =>
    (await loaders.department.load(id)) ?? Promise.reject(notFound('department', id)),
  departments: (_, { region, level, name }, { executor }) =>
    listDepartments(executor, { region: region ?? null, level: level ?? null, name: name ?? null }),
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

export const departmentResolvers: Resolvers = {
  Query: query,
  Department: department,
  Responsibility: responsibility,
  Responsible: responsible,
};
