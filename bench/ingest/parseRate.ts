import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/env';
import { parsePlan } from '../../src/ingest/parsePlan';
import { readSidecar } from '../../src/ingest/sidecar';
import { seconds, spread } from '../stats';
import { option } from '../argv';

// `tsx bench/ingest/parseRate.ts [--factors 1,64,256] [--runs 3]`: parse rate (MB/s) of each bundled
// plan and of the same text repeated 64 and 256 times. A parser that is linear in its input keeps
// its rate as the text grows; one that is quadratic loses it (64 copies took 6.5 s, 256 copies 84 s).

const factors = option('factors', '1,64,256').split(',').map(Number);
const runs = Number(option('runs', '3'));
const plans = [
  'changshou-2021-2025-social-livelihood',
  'chongqing-2026-2030-social-development-draft',
  'jiangbei-2021-2025-public-services',
  'yongchuan-2021-2025-public-services',
  'yuzhong-2021-2025-public-services',
];

process.stdout.write(
  `| plan | ${factors.map((f) => `${f}× MB/s (median, min–max of ${runs})`).join(' | ')} |\n|---|${factors.map(() => '---').join('|')}|\n`,
);
for (const id of plans) {
  const file = path.join(projectRoot, 'plans', `${id}.txt`);
  const text = readFileSync(file);
  const sidecar = readSidecar(file);
  parsePlan(text, { source: file, sidecar }); // warm-up: JIT, not the rate
  const cells = factors.map((factor) => {
    const bytes = Buffer.concat(Array.from({ length: factor }, () => text));
    const rates = Array.from(
      { length: runs },
      () => bytes.length / 1e6 / seconds(() => parsePlan(bytes, { source: file, sidecar })).seconds,
    );
    const s = spread(rates);
    return `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)}), ${(bytes.length / 1e6).toFixed(1)} MB`;
  });
  process.stdout.write(`| ${id} | ${cells.join(' | ')} |\n`);
}
