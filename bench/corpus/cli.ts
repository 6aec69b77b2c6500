import path from 'node:path';
import { writeCorpus, type Scale } from './corpus';
import { parseCorpus } from './verify';

// `tsx bench/corpus/cli.ts medium [dir]`: write a corpus and check it parses as generated.
const scale = (process.argv[2] ?? 'medium') as Scale;
const dir = process.argv[3] ?? path.join(__dirname, '..', 'work', 'corpus', scale);
const plans = writeCorpus(scale, dir);
const { docs, seconds } = parseCorpus(plans);
const indicators = docs.reduce((n, d) => n + d.indicators.length, 0);
process.stdout.write(`${plans.length} plans, ${indicators} indicators, parsed in ${seconds.toFixed(2)} s → ${dir}\n`);
