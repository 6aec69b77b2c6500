import { flatten } from '../../ingest/tree';
import { formatWarning, type PlanDocument } from '../../ingest';

const formatNames = { docx: 'a Word document', pdf: 'a PDF', html: 'a web page' } as const;

/** The human-readable summary `plangraph parse` prints. */
export function summarise(doc: PlanDocument): string {
  const nodes = flatten(doc.chapters);
  const count = (kind: string) => nodes.filter((n) => n.kind === kind).length;
  const m = doc.metadata;
  const read = doc.source.format
    ? `  read from ${formatNames[doc.source.format]}: ${doc.source.lineCount} lines of text (parse --text prints them)`
    : null;
  const lines = [
    `${m.title} (${m.id})`,
    read,
    `  region ${m.region} (${m.level}), ${m.periodStart}–${m.periodEnd}${m.draft ? ', draft' : ''}`,
    `  issuer ${m.issuer ?? '—'}, ${m.docNumber ?? 'no document number'}, issued ${m.issuedOn ?? '—'}`,
    `  based on: ${m.basedOn.map((b) => `《${b.title}》`).join(' ') || '—'}`,
    m.fromSidecar.length > 0 ? `  from sidecar: ${m.fromSidecar.join(', ')}` : null,
    doc.indicatorTable?.sidecar
      ? `  indicator table from sidecar: ${doc.indicatorTable.sidecar.file} (${doc.indicators.length} rows)`
      : null,
    `parts ${count('part')}, chapters ${count('chapter')}, sections ${count('section')}, goals ${doc.goals.length}, ` +
      `indicators ${doc.indicators.length}, boxes ${doc.boxes.length}, tables ${doc.tables.length}`,
    `inferred nodes ${nodes.filter((n) => n.inferred).length}`,
    `warnings ${doc.warnings.length}`,
    ...doc.warnings.map((w) => `  ${formatWarning(w)}`),
  ];
  return `${lines.filter((l) => l !== null).join('\n')}\n`;
}
