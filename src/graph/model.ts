import type { CypherValue } from './cypherLiteral';

export type NodeLabel =
  'Region' | 'Plan' | 'Chapter' | 'Goal' | 'Indicator' | 'Table' | 'Box' | 'Project' | 'Domain' | 'Department';

export type RelType =
  | 'PART_OF'
  | 'FOR_REGION'
  | 'BASED_ON'
  | 'HAS_CHAPTER'
  | 'HAS_SECTION'
  | 'SETS_GOAL'
  | 'HAS_INDICATOR'
  | 'HAS_TABLE'
  | 'HAS_BOX'
  | 'LISTS'
  | 'IN_DOMAIN'
  | 'OF_REGION'
  | 'RESPONSIBLE_FOR'
  | 'COUNTERPART_OF';

/** Labels whose nodes belong to one plan: they carry `planId` and are replaced when the plan is reloaded. */
export const PLAN_OWNED_LABELS = ['Chapter', 'Goal', 'Indicator', 'Table', 'Box', 'Project'] as const;
export type PlanOwnedLabel = (typeof PLAN_OWNED_LABELS)[number];

export type Props = { readonly [key: string]: CypherValue | undefined };

export type NodeKey = 'id' | 'code' | 'titleKey';

export interface NodeRef {
  label: NodeLabel;
  key: NodeKey;
}

/**
 * `owned`: the script is the source of truth, so a rerun SETs every property again.
 * `shared`: the node or relationship may already exist from reference data or another plan;
 * the script only creates it when missing and never overwrites it.
 */
export type WriteMode = 'owned' | 'shared';

export interface NodeSet extends NodeRef {
  mode: WriteMode;
  comment: string;
  /** Each row holds the key property and is written as the node's properties. */
  rows: Props[];
}

export interface RelRow {
  from: string;
  to: string;
  props?: Props;
}

export interface RelSet {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  mode: WriteMode;
  comment: string;
  rows: RelRow[];
  /** Extra condition on the endpoints `a` and `b`, e.g. only for plans not loaded yet. */
  where?: string;
}
