// Bounded Eleventy runs on several processes at once (src/pool.ts): Eleventy renders on one
// thread, so a run per core. Each worker (render-worker.ts) gets the data every run shares once,
// then renders runs from the common queue; the main process only hands out work and collects
// the files written.
import { fileURLToPath } from 'node:url';
import { runPool } from '../pool.ts';
import type { EleventyInput, RenderRun } from './eleventy.ts';

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/** Resolves to the files the runs wrote, relative to outDir. */
export async function renderInWorkers(input: EleventyInput, runs: readonly RenderRun[], workers: number): Promise<string[]> {
  // Each run brings its own articles and lists.
  const shared: EleventyInput = { ...input, articles: [], collections: { ...input.collections, lists: [] } };
  const files: string[] = [];
  try {
    await runPool<EleventyInput, { run: RenderRun }, string[]>(WORKER, shared, runs.map((run) => ({ run })), workers, (written) => files.push(...written));
  } catch (error) {
    throw new Error(`rendering failed: ${(error as Error).message}`);
  }
  return files;
}
