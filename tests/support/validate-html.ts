// html-validate (v10: v11 needs Node 22) over every page of a built site, on both cores: one
// worker thread per core, each validating its share of the files.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';

/** The standard and document presets: validity and document structure, not formatting style. */
export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:standard', 'html-validate:document'],
  // Subresource integrity matters for resources from other origins; every asset here is our own.
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
};

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { HtmlValidate } = require(workerData.module);
(async () => {
  const hv = new HtmlValidate(workerData.config);
  const problems = [];
  for (const file of workerData.files) {
    const report = await hv.validateString(readFileSync(join(workerData.dir, file), 'utf8'), file);
    for (const result of report.results) for (const m of result.messages) problems.push(file + ':' + m.line + ':' + m.column + ' ' + m.ruleId + ' ' + m.message);
  }
  parentPort.postMessage(problems);
})();
`;

export const htmlPages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();

/** Every problem html-validate finds, as `file:line:column rule message`. */
export async function validateSite(dir: string): Promise<{ files: number; problems: string[] }> {
  const files = htmlPages(dir);
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const module = require.resolve('html-validate');
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(WORKER, { eval: true, workerData: { dir, files: share, config: HTML_VALIDATE_CONFIG, module } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return { files: files.length, problems: results.flat().sort() };
}

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
