// Bounded Eleventy runs on several processes at once (src/pool.ts): Eleventy renders on one
// thread, so a run per core. Each worker (render-worker.ts) gets the data every run shares once,
// then renders runs from the common queue; the main process only hands out work and collects
// the files written.
import { siblingModule } from '../code-version.ts';
import { startPool, type Pool } from '../pool.ts';
import type { EleventyInput, RenderRun } from './eleventy.ts';

const WORKER = siblingModule(import.meta.url, 'render-worker');

export type RenderPool = Pool<EleventyInput, { run: RenderRun }, string[]>;

/**
 * `count` render workers forked now. Each loads Node, the TypeScript loader and Eleventy (about
 * a second) on another core while the build plans the site, so a rebuild's few pages render
 * without that wait. Close it when the build is done.
 */
export const startRenderers = (count: number): RenderPool => startPool(WORKER, count);

/** Resolves to the files the runs wrote, relative to outDir: on `pool`'s workers, or on workers of its own. */
export async function renderInWorkers(input: EleventyInput, runs: readonly RenderRun[], workers: number, pool?: RenderPool): Promise<string[]> {
  // Each run brings its own articles and lists.
  const shared: EleventyInput = { ...input, articles: [], collections: { ...input.collections, lists: [] } };
  const files: string[] = [];
  const renderers = pool ?? startRenderers(0);
  try {
    await renderers.run(shared, runs.map((run) => ({ run })), workers, (written) => files.push(...written));
  } catch (error) {
    throw new Error(`rendering failed: ${(error as Error).message}`);
  } finally {
    if (!pool) renderers.close();
  }
  return files;
}
