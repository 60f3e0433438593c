// unified costs ~1 ms an article: cache its output by content hash, in memory and on disk,
// so unchanged articles are never rendered twice, within a build or across builds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RenderCache {
  render(markdown: string): string;
  stats(): { hits: number; misses: number };
}

// Bump when the pipeline's output changes, so stale HTML on disk is never reused.
const PIPELINE_VERSION = 'md-2';

export function createRenderCache(render: (markdown: string) => string, dir?: string): RenderCache {
  const memory = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    render(markdown) {
      const key = createHash('sha256').update(PIPELINE_VERSION).update('\0').update(markdown).digest('hex');
      const known = memory.get(key);
      if (known !== undefined) return hits++, known;
      const file = dir ? join(dir, `${key}.html`) : undefined;
      if (file) {
        try {
          const html = readFileSync(file, 'utf8');
          memory.set(key, html);
          return hits++, html;
        } catch {
          // not cached yet
        }
      }
      misses++;
      const html = render(markdown);
      memory.set(key, html);
      if (file) writeFileSync(file, html);
      return html;
    },
    stats: () => ({ hits, misses }),
  };
}
