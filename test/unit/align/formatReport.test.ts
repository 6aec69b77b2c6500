import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { computeAlignment } from '../../../src/align/align';
import { catalogue } from '../../../src/align/catalogue';
import { formatReport } from '../../../src/align/formatReport';
import { snapshotFromDocuments } from '../../../src/align/fromDocuments';
import { buildReport } from '../../../src/align/report';
import { readPlanFile, type PlanDocument } from '../../../src/ingest';

// The report `plangraph align` prints, on the five bundled plans aligned without curation. A plan's
// line counts indicators and links apart: one indicator can roll up to several parent indicators.

const PLANS = join(__dirname, '../../../plans');
const docs = readdirSync(PLANS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readPlanFile(join(PLANS, f)));

function reportOf(plans: PlanDocument[]): string {
  const snapshot = { ...snapshotFromDocuments(plans), curations: [] };
  const stamp = {
    alignedAt: 'now',
    alignerVersion: 'test',
    fullBecause: null,
    measures: 0,
    transactions: 1,
    batchRows: 1,
  };
  return formatReport(buildReport(snapshot, computeAlignment(snapshot, catalogue), stamp, { gaps: [], unlinked: [] }));
}

const planLine = (report: string, planId: string) => report.split('\n').find((l) => l.includes(` ${planId}: `));

describe('the align report, per plan', () => {
  const report = reportOf(docs);

  it('counts linked indicators, then the links by method', () => {
    expect(planLine(report, 'yongchuan-2021-2025-public-services')).toBe(
      '  永川区 yongchuan-2021-2025-public-services: 28/33 indicators linked; 37 links by method: exact 33, normalised 2, synonym 2; candidates 0',
    );
    expect(planLine(report, 'changshou-2021-2025-social-livelihood')).toBe(
      '  长寿区 changshou-2021-2025-social-livelihood: 6/22 indicators linked; 7 links by method: exact 2, synonym 5; candidates 0',
    );
  });

  it('says so when a plan has no links', () => {
    const alone = docs.filter((d) => d.metadata.id === 'yongchuan-2021-2025-public-services');
    expect(planLine(reportOf(alone), 'yongchuan-2021-2025-public-services')).toBe(
      '  永川区 yongchuan-2021-2025-public-services: 0/33 indicators linked; no links; candidates 0',
    );
  });
});
