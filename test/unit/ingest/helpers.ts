import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile, type Chapter, type PlanDocument } from '../../../src/ingest';
import { flatten } from '../../../src/ingest/tree';

export const PLANS = join(__dirname, '../../../plans');

export function planPath(name: string): string {
  return join(PLANS, `${name}.txt`);
}

export function planText(name: string): string {
  return readFileSync(planPath(name), 'utf8');
}

const cache = new Map<string, PlanDocument>();

export function loadPlan(name: string): PlanDocument {
  const doc = cache.get(name) ?? readPlanFile(planPath(name));
  cache.set(name, doc);
  return doc;
}

export function nodes(doc: PlanDocument): Chapter[] {
  return flatten(doc.chapters);
}

export function node(doc: PlanDocument, key: string): Chapter {
  const found = nodes(doc).find((n) => n.key === key);
  if (!found) throw new Error(`no node ${key}`);
  return found;
}

export function counts(doc: PlanDocument): Record<'part' | 'chapter' | 'section' | 'inferred', number> {
  const all = nodes(doc);
  return {
    part: all.filter((n) => n.kind === 'part').length,
    chapter: all.filter((n) => n.kind === 'chapter').length,
    section: all.filter((n) => n.kind === 'section').length,
    inferred: all.filter((n) => n.inferred).length,
  };
}

/** Structure only: what must not change when blank lines, CRLF or full-width spaces are added. */
export function shape(nodesIn: readonly Chapter[]): unknown[] {
  return nodesIn.map((n) => ({
    key: n.key,
    number: n.number,
    title: n.title,
    inferred: n.inferred,
    paragraphs: n.paragraphs.length,
    children: shape(n.children),
  }));
}
