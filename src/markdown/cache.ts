// unified costs ~1 ms an article: cache its output by content hash, in memory and on disk,
// so unchanged articles are never rendered twice, within a build or across builds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../write-atomically.ts';

export interface RenderCache {
  /** The folder it keeps HTML in, if any. */
  dir?: string;
  render(markdown: string): string;
  stats(): { hits: number; misses: number };
}

// Bump when the pipeline's output changes, so stale HTML on disk is never reused.
const PIPELINE_VERSION = 'md-2';

/**
 * `keepInMemory: false` for processes that render each article once (render workers): the
 * disk is the cache, and memory does not grow with the archive.
 */
export function createRenderCache(render: (markdown: string) => string, dir?: string, { keepInMemory = true } = {}): RenderCache {
  const memory = new Map<string, string>();
  const remember = (key: string, html: string): void => void (keepInMemory && memory.set(key, html));
  let hits = 0;
  let misses = 0;
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    ...(dir && { dir }),
    render(markdown) {
      const key = createHash('sha256').update(PIPELINE_VERSION).update('\0').update(markdown).digest('hex');
      const known = memory.get(key);
      if (known !== undefined) return hits++, known;
      const file = dir ? join(dir, `${key}.html`) : undefined;
      if (file) {
        try {
          const html = readFileSync(file, 'utf8');
          remember(key, html);
          return hits++, html;
        } catch {
          // not cached yet
        }
      }
      misses++;
      const html = render(markdown);
      remember(key, html);
      // Several processes share the folder: never a half-written file for another to read.
      if (file) writeFileAtomically(file, html);
      return html;
    },
    stats: () => ({ hits, misses }),
  };
}
