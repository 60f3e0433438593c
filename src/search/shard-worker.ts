// An index worker (normalized-index.ts): builds the shards it is sent (page-text.ts reads their
// pages, Pagefind those it is not sure of in this process's own service, started only then;
// key-index.ts indexes them), so shards use every core. What was read from each page is kept
// in the cache beside the shard, so the next build of a shard in which one page changed reads
// that page alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import * as pagefind from 'pagefind';
import { serveTasks } from '../pool.ts';
import { writeFileAtomically } from '../write-atomically.ts';
import { buildShard, type KeptText, type PagefindBase, type PagesRead, type ShardBundle, type ShardFile } from './shard-index.ts';

export interface ShardTask {
  label: string;
  /** The site's folder, and its pages in this shard. */
  siteDir: string;
  files: ShardFile[];
  /** Where to keep what Pagefind read, and where the previous build of this shard's span kept it. */
  texts?: { save: string; previous?: string };
}

function readKept(file: string | undefined): Map<string, KeptText> {
  if (!file) return new Map();
  try {
    return new Map((deserialize(readFileSync(file)) as KeptText[]).map((kept) => [kept.sourcePath, kept]));
  } catch {
    return new Map(); // none kept (or unreadable): Pagefind reads every page
  }
}

export interface ShardResult {
  bundle: ShardBundle;
  read: PagesRead;
}

async function build(base: PagefindBase, task: ShardTask): Promise<ShardResult> {
  const html = (file: ShardFile): string => readFileSync(join(task.siteDir, file.sourcePath), 'utf8');
  const { bundle, kept, read } = await buildShard(task.files, html, task.label, base, readKept(task.texts?.previous));
  if (task.texts) writeFileAtomically(task.texts.save, serialize(kept));
  return { bundle, read };
}

// The Pagefind service is this process's child: it stops with the worker.
serveTasks<PagefindBase, ShardTask, ShardResult>(build, { stop: async () => void (await pagefind.close()) });
