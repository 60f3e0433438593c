// Bounded Eleventy runs on several processes at once (src/pool.ts): Eleventy renders on one
// thread, so a run per core. Each worker (render-worker.ts) gets the data every run shares once,
// then renders runs from the common queue; the main process only hands out work and collects
// the files written.
import { siblingModule } from '../code-version.ts';
import { startPool, type Pool } from '../pool.ts';
import { PAGES_PER_RUN, type EleventyInput, type RenderRun } from './eleventy.ts';

const WORKER = siblingModule(import.meta.url, 'render-worker');

export type RenderPool = Pool<EleventyInput, { run: RenderRun }, string[]>;

/**
 * `count` render workers forked now. Each loads Node, the TypeScript loader and Eleventy (about
 * a second) on another core while the build plans the site, so a rebuild's few pages render
 * without that wait. Close it when the build is done.
 */
export const startRenderers = (count: number, pagesPerRun = PAGES_PER_RUN): RenderPool => startPool(WORKER, count, { heapMB: renderWorkerHeapMB(pagesPerRun), singleThreadedGc: true });

/**
 * A render worker's heap ceiling. A run of 1,000 corpus pages renders in under 200 MB (tried
 * as the ceiling), but left alone V8 let each worker grow to 400-450 MB over a cold build's 23
 * runs, on top of the main process: the build's peak (1.3-1.54 GB at 31k). Under 768 MB they
 * stayed at 200-280 MB and the peak at 1.07 GB, render times within their run-to-run spread.
 * Scaled with the run's size, with room for long pages.
 */
export const renderWorkerHeapMB = (pagesPerRun: number): number => 256 + 0.5 * pagesPerRun;

/** Resolves to the files the runs wrote, relative to outDir: on `pool`'s workers, or on workers of its own. */
export async function renderInWorkers(input: EleventyInput, runs: readonly RenderRun[], workers: number, pool?: RenderPool): Promise<string[]> {
  // Each run brings its own articles and lists.
  const shared: EleventyInput = { ...input, articles: [], collections: { ...input.collections, lists: [] } };
  const files: string[] = [];
  const renderers = pool ?? startRenderers(0, Math.max(...runs.map((run) => run.articles.length + run.lists.length)));
  try {
    await renderers.run(shared, runs.map((run) => ({ run })), workers, (written) => files.push(...written));
  } catch (error) {
    throw new Error(`rendering failed: ${(error as Error).message}`);
  } finally {
    if (!pool) renderers.close();
  }
  return files;
}
