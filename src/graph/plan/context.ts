import type { LineSpan, PlanDocument } from '../../ingest/types';
import type { NodeLabel, NodeSet, Props, RelSet } from '../model';
import type { ReferenceData, ReferenceRegion } from '../reference/data';

export interface PlanContext {
  doc: PlanDocument;
  planId: string;
  region: ReferenceRegion;
  data: ReferenceData;
}

export type TaggableLabel = 'Chapter' | 'Goal' | 'Indicator' | 'Box' | 'Project';

/** A plan item as the taggers see it: its text fields in order of trust, and where it sits. */
export interface TagItem {
  label: TaggableLabel;
  id: string;
  /** [field name, text]; the first field with a keyword decides the item's domains. */
  fields: [string, string | null][];
  /** The item whose domains this one inherits when its own text names none. */
  parentId: string | null;
  /** Text with the line it starts on, searched for departments the plan names. */
  passages: { text: string; line: number }[];
}

/** What one part of the plan contributes to the script. */
export interface Fragment {
  nodes: NodeSet[];
  rels: RelSet[];
  items: TagItem[];
}

export const span = (lines: LineSpan): Props => ({ lineStart: lines[0], lineEnd: lines[1] });

/** Structural links are read straight off the document, except where the parser recovered a missing heading. */
export function structureBasis(inferredEvidence: string | null): Props {
  return inferredEvidence === null
    ? { basis: 'stated' }
    : { basis: 'inferred', method: 'recovered-heading', evidence: inferredEvidence };
}

export const planRef = { label: 'Plan', key: 'id' } as const;
export const byId = (label: NodeLabel) => ({ label, key: 'id' }) as const;
