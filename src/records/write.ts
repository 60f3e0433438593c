// Records on disk: one Markdown file with YAML front matter per article, named by id, in a
// generated folder. A manifest of hashes lets a rebuild skip every unchanged record without
// reading it back or writing it out again: writing tens of thousands of small files is slow
// (measured here: ~0.4 ms a file), and so is YAML (4 s for the corpus's 30k records). The hash
// is of the article as JSON and of the code that writes it, so either changing rewrites it.
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inFlight } from '../in-flight.ts';
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

export interface RecordCounts {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Works out now which records changed (the counts) and writes them in the background: `done`
 * settles once every changed record, then the manifest, is written. A cold build creates 30,000
 * files this way while it plans and renders the site: the YAML on this thread between its other
 * work, the files on libuv's threads.
 */
export function startWritingRecords(dir: string, articles: readonly Article[]): RecordCounts & { done: Promise<void> } {
  mkdirSync(dir, { recursive: true });
  const existing = new Set(readdirSync(dir).filter((file) => file.endsWith('.md')));
  const previous = readManifest(dir);
  const manifest: Record<string, string> = {};
  const version = recordCodeVersion();
  const changed: Article[] = [];
  let unchanged = 0;
  for (const article of articles) {
    const file = `${article.meta.id}.md`;
    const digest = recordHash(version, article);
    manifest[file] = digest;
    if (existing.has(file) && previous[file] === digest) unchanged++;
    else changed.push(article);
  }
  let removed = 0;
  for (const file of existing) if (!(file in manifest)) rmSync(join(dir, file)), removed++;
  // No manifest while files change: were the build stopped half-way, the old one would vouch for
  // files already rewritten (an article edited back would be taken as unchanged). Without one,
  // the next build writes every record again.
  if (changed.length > 0) rmSync(manifestOf(dir), { force: true });
  const done = (async () => {
    await inFlight(changed, 32, (article) => writeFile(join(dir, `${article.meta.id}.md`), recordText(article)));
    writeFileSync(manifestOf(dir), JSON.stringify(manifest));
  })();
  done.catch(() => {}); // awaited by the caller; handled here so a failure is not reported before
  return { written: changed.length, unchanged, removed, done };
}

/** The records of `articles` in `dir`, written (startWritingRecords) and waited for. */
export async function writeRecords(dir: string, articles: readonly Article[]): Promise<RecordCounts> {
  const { done, ...counts } = startWritingRecords(dir, articles);
  await done;
  return counts;
}
