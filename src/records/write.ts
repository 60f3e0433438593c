// Records on disk: one Markdown file with YAML front matter per article, named by id, in a
// generated folder. A manifest of hashes lets a rebuild skip every unchanged record without
// reading it back or writing it out again: writing tens of thousands of small files is slow
// (measured here: ~0.4 ms a file), and so is YAML (4 s for the corpus's 30k records). The hash
// is of the article as JSON and of the code that writes it, so either changing rewrites it.
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion, SOURCE_DIR } from '../code-version.ts';
import type { Article } from '../schema/article.ts';
import { articleDigest } from './digest.ts';
import { stringifyMatter } from './yaml.ts';

export const recordText = (article: Article): string => stringifyMatter(article.body, article.meta);

let writerVersion: string | undefined;
/** This folder's code and the YAML packages: what a record's text is made by besides the article. */
const recordCodeVersion = (): string => (writerVersion ??= codeVersion([join(SOURCE_DIR, 'records')], ['gray-matter', 'js-yaml']));

const recordHash = (version: string, article: Article): string => hash('sha256', `${version}\0${articleDigest(article)}`).slice(0, 32);

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
  const version = recordCodeVersion();
  let written = 0;
  let unchanged = 0;
  for (const article of articles) {
    const file = `${article.meta.id}.md`;
    const digest = recordHash(version, article);
    manifest[file] = digest;
    if (existing.has(file) && previous[file] === digest) {
      unchanged++;
      continue;
    }
    writeFileSync(join(dir, file), recordText(article));
    written++;
  }
  let removed = 0;
  for (const file of existing) if (!(file in manifest)) rmSync(join(dir, file)), removed++;
  writeFileSync(manifestOf(dir), JSON.stringify(manifest));
  return { written, unchanged, removed };
}
