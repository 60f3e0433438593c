// Records on disk: one Markdown file with YAML front matter per article, named by id, in a
// generated folder. A manifest of content hashes lets a rebuild skip every unchanged record
// without reading it back: writing tens of thousands of small files is the slow part
// (measured here: ~0.4 ms a file, and slower with concurrent async writes).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../schema/article.ts';
import { stringifyMatter } from './yaml.ts';

export const recordText = (article: Article): string => stringifyMatter(article.body, article.meta);

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** Beside the records folder, so the folder holds records only. */
const manifestOf = (dir: string): string => `${dir.replace(/\/+$/, '')}.manifest.json`;

function readManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(manifestOf(dir), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function writeRecords(dir: string, articles: readonly Article[]): { written: number; unchanged: number; removed: number } {
  mkdirSync(dir, { recursive: true });
  const existing = new Set(readdirSync(dir).filter((file) => file.endsWith('.md')));
  const previous = readManifest(dir);
  const manifest: Record<string, string> = {};
  let written = 0;
  let unchanged = 0;
  for (const article of articles) {
    const file = `${article.meta.id}.md`;
    const text = recordText(article);
    const digest = hash(text);
    manifest[file] = digest;
    if (existing.has(file) && previous[file] === digest) {
      unchanged++;
      continue;
    }
    writeFileSync(join(dir, file), text);
    written++;
  }
  let removed = 0;
  for (const file of existing) if (!(file in manifest)) rmSync(join(dir, file)), removed++;
  writeFileSync(manifestOf(dir), JSON.stringify(manifest));
  return { written, unchanged, removed };
}
