import type { ReferenceDomain } from '../reference/data';
import type { RelSet } from '../model';
import type { TagItem, TaggableLabel } from '../plan/context';
import { domainsIn } from './keywords';

export interface DomainTag {
  itemId: string;
  label: TaggableLabel;
  domainId: string;
  method: 'keyword' | 'inherited';
  evidence: string;
}

/**
 * Tags items in document order, so a parent is tagged before its children: an item's own most
 * trusted field that names a domain decides; an item naming none inherits its parent's domains.
 */
export function tagDomains(items: readonly TagItem[], domains: readonly ReferenceDomain[]): DomainTag[] {
  const byItem = new Map<string, DomainTag[]>();
  const all: DomainTag[] = [];
  for (const item of items) {
    const tags = ownTags(item, domains) ?? inherited(item, byItem);
    byItem.set(item.id, tags);
    all.push(...tags);
  }
  return all;
}

function ownTags(item: TagItem, domains: readonly ReferenceDomain[]): DomainTag[] | null {
  for (const [field, text] of item.fields) {
    const hits = text === null ? [] : domainsIn(text, domains);
    if (hits.length > 0) {
      return hits.map((h) => ({
        itemId: item.id,
        label: item.label,
        domainId: h.domainId,
        method: 'keyword',
        evidence: `keyword ${h.keyword} in ${field}`,
      }));
    }
  }
  return null;
}

function inherited(item: TagItem, byItem: ReadonlyMap<string, DomainTag[]>): DomainTag[] {
  const parentId = item.parentId;
  if (parentId === null) return [];
  return (byItem.get(parentId) ?? []).map((t) => ({
    itemId: item.id,
    label: item.label,
    domainId: t.domainId,
    method: 'inherited',
    evidence: `inherited from ${parentId}`,
  }));
}

export function inDomainRels(tags: readonly DomainTag[]): RelSet[] {
  const labels = [...new Set(tags.map((t) => t.label))];
  return labels.map((label) => ({
    type: 'IN_DOMAIN',
    from: { label, key: 'id' },
    to: { label: 'Domain', key: 'id' },
    mode: 'owned',
    comment: `${label} domains (inferred by keyword, or inherited from the enclosing item)`,
    rows: tags
      .filter((t) => t.label === label)
      .map((t) => ({
        from: t.itemId,
        to: t.domainId,
        props: { basis: 'inferred', method: t.method, evidence: t.evidence },
      })),
  }));
}
