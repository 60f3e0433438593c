// Ingests the whole shared SaudiNewsNet corpus (31,030 articles) several times, each run in a
// fresh process, and prints the median wall time, peak RSS and the counts by outcome and
// outlet. Usage: npx tsx scripts/ingest-corpus.ts [runs=3] [corpus dir]
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { median } from './lib/stats.ts';

const runs = Number(process.argv[2] ?? 3);
const corpus = process.argv[3] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'saudinewsnet');

type Run = { ms: number; maxRssMb: number; totals: Record<string, number>; byOutlet: Record<string, Record<string, number>> };
const results: Run[] = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lib', 'ingest-once.ts'), corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const run = JSON.parse(out.trim().split('\n').pop()!) as Run;
  results.push(run);
  console.error(`run ${i + 1}/${runs}: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.maxRssMb} MB`);
}
const last = results[results.length - 1]!;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log(`corpus: ${corpus}`);
console.log(`runs: ${runs}; median wall time ${(median(results.map((r) => r.ms)) / 1000).toFixed(1)} s (${results.map((r) => (r.ms / 1000).toFixed(1)).join(', ')}); median peak RSS ${median(results.map((r) => r.maxRssMb))} MB`);
console.log(`articles per second: ${Math.round(last.totals.inputs! / (median(results.map((r) => r.ms)) / 1000))}`);
console.log(`totals: ${JSON.stringify(last.totals)}`);
console.log('| outlet | written | duplicate | rejected |\n| --- | ---: | ---: | ---: |');
for (const [outlet, c] of Object.entries(last.byOutlet)) console.log(`| ${outlet} | ${c.written} | ${c.duplicate} | ${c.rejected} |`);
