import type { ReferenceDepartment, ReferenceRegion } from '../reference/data';
import { departmentProps, leadsOf } from '../reference/departments';
import type { Props } from '../model';
import type { PlanContext, TagItem, TaggableLabel } from '../plan/context';
import type { DomainTag } from './domains';
import { departmentsNamed, type MentionScope } from './statedDepartments';

export interface Responsibility {
  department: ReferenceDepartment;
  region: ReferenceRegion;
  itemId: string;
  label: Exclude<TaggableLabel, 'Box'>;
  props: Props;
}

const RESPONSIBLE_LABELS = new Set<TaggableLabel>(['Chapter', 'Goal', 'Indicator', 'Project']);

function municipalityOf(ctx: PlanContext): ReferenceRegion {
  if (ctx.region.level === 'municipal') return ctx.region;
  const parent = ctx.data.regions.find((r) => r.code === ctx.region.partOf);
  if (parent === undefined)
    throw new Error(`region ${ctx.region.code} is part of no municipality in data/regions.json`);
  return parent;
}

function stated(item: TagItem, scope: MentionScope): Omit<Responsibility, 'label'>[] {
  const seen = new Set<string>();
  return item.passages.flatMap((p) =>
    departmentsNamed(p.text, scope)
      .filter(
        (m) => !seen.has(`${m.region.code}/${m.department.key}`) && seen.add(`${m.region.code}/${m.department.key}`),
      )
      .map((m) => ({
        department: m.department,
        region: m.region,
        itemId: item.id,
        props: { basis: 'stated', line: p.line, printed: m.printed, evidence: m.sentence },
      })),
  );
}

function inferred(item: TagItem, tags: readonly DomainTag[], ctx: PlanContext): Omit<Responsibility, 'label'>[] {
  const seen = new Set<string>();
  return tags.flatMap((tag) =>
    leadsOf(ctx.data, tag.domainId)
      .filter((d) => !seen.has(d.key) && seen.add(d.key))
      .map((department) => ({
        department,
        region: ctx.region,
        itemId: item.id,
        props: {
          basis: 'inferred',
          method: 'domain-default',
          domain: tag.domainId,
          evidence: `standard lead for domain ${tag.domainId} → ${departmentProps(department, ctx.region).name as string}`,
        },
      })),
  );
}

/**
 * Who is responsible for each item: the departments its text names (stated, with the line), or
 * failing that the standard lead department of each of its domains at the plan's level (inferred).
 */
export function assignResponsibility(
  items: readonly TagItem[],
  tags: readonly DomainTag[],
  ctx: PlanContext,
): Responsibility[] {
  const scope: MentionScope = {
    region: ctx.region,
    municipality: municipalityOf(ctx),
    departments: ctx.data.departments,
  };
  const tagsOf = new Map<string, DomainTag[]>();
  for (const t of tags) tagsOf.set(t.itemId, [...(tagsOf.get(t.itemId) ?? []), t]);
  return items.flatMap((item) => {
    if (!RESPONSIBLE_LABELS.has(item.label)) return [];
    const label = item.label as Responsibility['label'];
    const named = stated(item, scope);
    const chosen = named.length > 0 ? named : inferred(item, tagsOf.get(item.id) ?? [], ctx);
    return chosen.map((r) => ({ ...r, label }));
  });
}
