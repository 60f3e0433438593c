// Records on disk: one Markdown file with YAML front matter per article, named by id, in a
// generated folder. Unchanged records are not rewritten, so their mtimes mean something.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../schema/article.ts';
import { stringifyMatter } from './yaml.ts';

export const recordText = (article: Article): string => stringifyMatter(article.body, article.meta);

export function writeRecords(dir: string, articles: readonly Article[]): { written: number; unchanged: number; removed: number } {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  let unchanged = 0;
  const keep = new Set<string>();
  for (const article of articles) {
    const file = `${article.meta.id}.md`;
    keep.add(file);
    const text = recordText(article);
    let current: string | undefined;
    try {
      current = readFileSync(join(dir, file), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) unchanged++;
    else writeFileSync(join(dir, file), text), written++;
  }
  let removed = 0;
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.md') && !keep.has(file)) rmSync(join(dir, file)), removed++;
  }
  return { written, unchanged, removed };
}
