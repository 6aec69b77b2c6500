import type { ChapterRecord, GoalRecord, SourceRecord } from '../../data/records';
import type {
  AlignableResolvers,
  BoxResolvers,
  ChapterResolvers,
  GoalResolvers,
  ProjectResolvers,
  Resolvers,
  SourceResolvers,
} from '../generated/graphql';
import { notFound } from '../errors';
import { loadOne } from '../loaders';

type Provenance = Pick<
  ChapterRecord,
  'planId' | 'sourcePlanId' | 'lineStart' | 'lineEnd' | 'fromSidecar' | 'sourceFile'
>;

/** The plan and lines a plan-derived node came from (another plan's lines for cited facts, a sidecar's for its rows). */
export const sourceOf = (n: Provenance): SourceRecord => ({
  planId: n.sourcePlanId ?? n.planId,
  lineStart: n.lineStart,
  lineEnd: n.lineEnd,
  fromSidecar: n.fromSidecar === true,
  file: n.sourceFile ?? null,
});

const source: SourceResolvers = {
  plan: async (s, _, { loaders }) => (await loaders.plan.load(s.planId)) ?? Promise.reject(notFound('plan', s.planId)),
  file: async (s, _, { loaders }) => s.file ?? (await loaders.plan.load(s.planId))?.sourceFile ?? null,
};

const chapter: ChapterResolvers = {
  text: (c, _, { loaders }) => (c.textOmitted ? loaders.chapterText.load(c.id) : c.text),
  source: sourceOf,
  parent: (c, _, { loaders }) => loadOne(loaders.hops.chapterParent, c.id),
  children: (c, _, { loaders }) => loaders.hops.chapterChildren.load(c.id),
  goals: (c, _, { loaders }) => loaders.hops.chapterGoals.load(c.id),
  boxes: (c, _, { loaders }) => loaders.hops.chapterBoxes.load(c.id),
  domains: (c, _, { loaders }) => loaders.domainTags.Chapter.load(c.id),
  responsible: (c, _, { loaders }) => loaders.responsible.Chapter.load(c.id),
  alignsWith: (c, _, { loaders }) => loaders.alignsWith.Chapter.load(c.id),
};

const goal: GoalResolvers = {
  source: sourceOf,
  chapter: (g, _, { loaders }) => loadOne(loaders.hops.goalChapter, g.id),
  domains: (g, _, { loaders }) => loaders.domainTags.Goal.load(g.id),
  responsible: (g, _, { loaders }) => loaders.responsible.Goal.load(g.id),
  alignsWith: (g, _, { loaders }) => loaders.alignsWith.Goal.load(g.id),
};

const box: BoxResolvers = {
  source: sourceOf,
  chapter: (b, _, { loaders }) => loadOne(loaders.hops.boxChapter, b.id),
  projects: (b, _, { loaders }) => loaders.hops.boxProjects.load(b.id),
};

const project: ProjectResolvers = {
  source: sourceOf,
  box: (p, _, { loaders }) => loadOne(loaders.hops.projectBox, p.id),
  domains: (p, _, { loaders }) => loaders.domainTags.Project.load(p.id),
  responsible: (p, _, { loaders }) => loaders.responsible.Project.load(p.id),
};

const alignable: AlignableResolvers = {
  __resolveType: (n: ChapterRecord | GoalRecord) => n.label,
};

export const structureResolvers: Resolvers = {
  Source: source,
  Chapter: chapter,
  Goal: goal,
  Box: box,
  Project: project,
  Alignable: alignable,
};
