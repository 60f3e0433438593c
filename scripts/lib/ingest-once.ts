// One measured ingest of the given inputs, in its own process so its peak RSS is its own.
// Prints one JSON line: wall time per stage, peak RSS, the report's totals and by-outlet counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config.ts';
import { runIngest } from '../../src/build.ts';

const inputs = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'arshif-ingest-bench-'));
const config = resolveConfig({ inputs, reference_date: '2026-11-23', work_dir: work }, process.cwd(), 'bench');
const started = performance.now();
const summary = await runIngest(config);
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    totals: summary.report.totals,
    byOutlet: summary.report.by_outlet,
    records: summary.records,
  }),
);
rmSync(work, { recursive: true, force: true });
