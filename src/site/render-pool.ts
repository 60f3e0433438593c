// Bounded Eleventy runs on several processes at once: Eleventy renders on one thread, so a run
// per core. Each worker (render-worker.ts) gets the data every run shares once, then runs one
// at a time from a common queue; the main process only hands out work and adds up pages.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EleventyInput, RenderRun } from './eleventy.ts';

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

export type WorkerMessage = { pages: number } | { error: string };

export async function renderInWorkers(input: EleventyInput, runs: readonly RenderRun[], workers: number): Promise<number> {
  const queue = [...runs];
  const shared: EleventyInput = { ...input, articles: [], collections: { ...input.collections, lists: [] } };
  const children: ChildProcess[] = [];
  let pages = 0;
  // Each child inherits this process's execArgv (the TypeScript loader) and working directory.
  const work = (child: ChildProcess): Promise<void> =>
    new Promise((resolve, reject) => {
      const next = (): void => {
        const run = queue.shift();
        if (!run) return resolve();
        child.send({ run });
      };
      child.on('message', (message: WorkerMessage) => {
        if ('error' in message) return reject(new Error(`rendering failed: ${message.error}`));
        pages += message.pages;
        next();
      });
      child.on('exit', (code) => reject(new Error(`a render worker exited (code ${code}) with runs left`)));
      child.send({ shared });
      next();
    });
  try {
    for (let i = 0; i < Math.min(workers, runs.length); i++) children.push(fork(WORKER, { serialization: 'advanced', stdio: 'inherit' }));
    await Promise.all(children.map(work));
    return pages;
  } finally {
    for (const child of children) {
      child.removeAllListeners('exit');
      child.kill();
    }
  }
}
