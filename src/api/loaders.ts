import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import {
  domainCounts,
  domainItems,
  type DomainItemLabel,
  type DomainItemPage,
  type DomainItemRequest,
} from '../data/domains';
import { chapterTexts, follow, HOP_NAMES, type HopItems, type HopName } from '../data/hops';
import { alignments, departmentResponsibilities, domainTags, responsibilities, type ItemLabel } from '../data/itemHops';
import { nodesByKey, type KeyedLabel } from '../data/nodes';
import { regionCounts } from '../data/plans';
import { rollUpSteps } from '../data/rollup';
import { createProgressLoaders } from './progressLoaders';

// Every relationship hop a resolver follows goes through one of these per-request loaders, so
// a query costs one round trip per level of nesting, however many parents that level has.

const perKey = <T>(batch: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T>(batch, { maxBatchSize: 1000 });

export function createLoaders(executor: Executor) {
  const node = <L extends KeyedLabel>(label: L) => perKey((keys) => nodesByKey(executor, label, keys));
  const itemHop = <T>(fn: (e: Executor, label: ItemLabel, keys: readonly string[]) => Promise<T[][]>) =>
    Object.fromEntries(
      (['Chapter', 'Goal', 'Indicator', 'Project'] as const).map((label) => [
        label,
        perKey((keys) => fn(executor, label, keys)),
      ]),
    ) as Record<ItemLabel, DataLoader<string, T[]>>;

  // Keyed by the whole request (domain, filter, page): the same field on many domains is one query.
  const itemsOf = <L extends DomainItemLabel>(label: L) =>
    new DataLoader<DomainItemRequest, DomainItemPage<L>, string>((requests) => domainItems(executor, label, requests), {
      maxBatchSize: 1000,
      cacheKeyFn: (r) => JSON.stringify(r),
    });

  return lazily({
    plan: () => node('Plan'),
    region: () => node('Region'),
    chapter: () => node('Chapter'),
    goal: () => node('Goal'),
    box: () => node('Box'),
    project: () => node('Project'),
    indicator: () => node('Indicator'),
    measure: () => node('Measure'),
    department: () => node('Department'),
    domain: () => node('Domain'),
    hops: () =>
      Object.fromEntries(HOP_NAMES.map((name) => [name, perKey((keys) => follow(executor, name, keys))])) as {
        [K in HopName]: DataLoader<string, HopItems[K][]>;
      },
    domainTags: () => itemHop(domainTags),
    responsible: () => itemHop(responsibilities),
    alignsWith: () => ({
      Chapter: perKey((keys) => alignments(executor, 'Chapter', keys)),
      Goal: perKey((keys) => alignments(executor, 'Goal', keys)),
    }),
    chapterText: () => perKey((keys) => chapterTexts(executor, keys)),
    departmentResponsibilities: () => perKey((keys) => departmentResponsibilities(executor, keys)),
    domainCounts: () => perKey((keys) => domainCounts(executor, keys)),
    domainItems: () => ({
      Chapter: itemsOf('Chapter'),
      Goal: itemsOf('Goal'),
      Indicator: itemsOf('Indicator'),
      Project: itemsOf('Project'),
    }),
    regionCounts: () => perKey((keys) => regionCounts(executor, keys)),
    rollsUpTo: () => perKey((keys) => rollUpSteps(executor, 'rollsUpTo', keys)),
    rolledUpFrom: () => perKey((keys) => rollUpSteps(executor, 'rolledUpFrom', keys)),
    candidates: () => perKey((keys) => rollUpSteps(executor, 'candidates', keys)),
    progress: () => createProgressLoaders(executor),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * An object whose properties are made on first read. A request builds only the loaders it uses
 * (a planned one, none): building all ~40 DataLoaders for every request was ~2 % of the server's
 * CPU on a small planned request.
 */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = makers[key]();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

/** The single item a to-one hop leads to (a plan's region, a chapter's parent), or null. */
export async function loadOne<T>(loader: DataLoader<string, T[]>, key: string): Promise<T | null> {
  return (await loader.load(key))[0] ?? null;
}
