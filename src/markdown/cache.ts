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
  /** Rendered from the cache, rendered and cached, and rendered directly (`direct`). */
  stats(): { hits: number; misses: number; direct: number };
}

// Bump when the pipeline's output changes, so stale HTML on disk is never reused.
const PIPELINE_VERSION = 'md-2';

export interface RenderCacheOptions {
  /**
   * `false` for processes that render each article once (render workers): the disk is the
   * cache, and memory does not grow with the archive.
   */
  keepInMemory?: boolean;
  /**
   * The HTML of Markdown that is cheaper to render than to look up (plain paragraphs, nine in ten
   * corpus articles: ~0.1 ms, against a hash, a file read and, the first time, a file written and
   * renamed), or undefined for the rest, which the cache keeps. A cold build of the corpus wrote
   * 30,000 files for it; now it writes the 3,000 that save work.
   */
  direct?: (markdown: string) => string | undefined;
}

export function createRenderCache(render: (markdown: string) => string, dir?: string, { keepInMemory = true, direct }: RenderCacheOptions = {}): RenderCache {
  const memory = new Map<string, string>();
  const remember = (key: string, html: string): void => void (keepInMemory && memory.set(key, html));
  let hits = 0;
  let misses = 0;
  let directly = 0;
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    ...(dir && { dir }),
    render(markdown) {
      const quick = direct?.(markdown);
      if (quick !== undefined) return directly++, quick;
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
    stats: () => ({ hits, misses, direct: directly }),
  };
}
