// Renders each bundled plan (plans/*.txt) as the documents plans are published as — a Word file,
// a web page and a PDF — into test/fixtures/documents/, so the tests read real documents without a
// converter installed. Run from the project root after a plan text changes:
//
//   npx tsx scripts/renderPlanFixtures.ts            (all five plans, all three formats)
//   npx tsx scripts/renderPlanFixtures.ts yuzhong    (plans whose name contains "yuzhong")
//   npx tsx scripts/renderPlanFixtures.ts pdf        (one format; a .docx differs on every run by its dates)
//
// The text becomes the document it was converted from: headings styled, a paragraph a line, and the
// main indicator table a real table again (src/ingest/indicators' printedIndicatorTable gives its
// cells). The .meta.json sidecars are copied beside, as they sit beside the texts.
import { copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planBlocks } from './planFixtures/blocks';
import { renderDocx } from './planFixtures/docx';
import { renderHtml } from './planFixtures/html';
import { renderPdf } from './planFixtures/pdf';

const PLANS = 'plans';
const OUT = path.join('test', 'fixtures', 'documents');
const FORMATS = ['html', 'docx', 'pdf'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const formats = args.filter((a) => FORMATS.includes(a));
  const only = args.filter((a) => !FORMATS.includes(a));
  const wanted = (f: string) => formats.length === 0 || formats.includes(f);
  const texts = readdirSync(PLANS)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const name of texts) {
    const id = name.replace(/\.txt$/, '');
    const { title, blocks } = planBlocks(path.join(PLANS, name));
    const out = (ext: string) => path.join(OUT, `${id}${ext}`);
    if (wanted('html')) writeFileSync(out('.html'), renderHtml(title, blocks));
    if (wanted('docx')) writeFileSync(out('.docx'), await renderDocx(title, blocks));
    if (wanted('pdf')) writeFileSync(out('.pdf'), await renderPdf(title, blocks));
    const meta = path.join(PLANS, `${id}.meta.json`);
    if (existsSync(meta)) copyFileSync(meta, out('.meta.json'));
    const kb = (ext: string) => `${Math.round(statSync(out(ext)).size / 1024)} KB`;
    process.stdout.write(`${id}: .html ${kb('.html')}, .docx ${kb('.docx')}, .pdf ${kb('.pdf')}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exitCode = 1;
});
