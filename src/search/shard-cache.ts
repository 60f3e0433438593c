// Built shards kept in the work folder between builds, named by a hash of everything they were
// built from (the indexing code and each page's HTML), so a rebuild re-indexes only the shards
// whose pages changed. A shard is two files: shard.json (pages, chunk and fragment offsets,
// filters) and data.bin (the fragments and word chunks, gzipped as written). Pagefind's own
// code files are kept once, beside the shards.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BundleAsset, PagefindBase, ShardBundle } from './shard-index.ts';
import { writeFileAtomically } from '../write-atomically.ts';

const FORMAT = 1;
const ASSETS = 'assets';
const LABELS = 'labels.json';
const TEXTS = /^texts-(.+)\.v8$/;

/** Where a shard's page texts are kept (written by the worker that builds it, shard-worker.ts). */
export const textsFile = (cacheDir: string, key: string): string => join(cacheDir, `texts-${key}.v8`);

/** Each shard span's key in the last build (span labels are stable, shard-plan.ts): whose texts to reuse. */
export function loadLabels(cacheDir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(cacheDir, LABELS), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function saveLabels(cacheDir: string, labels: Record<string, string>): void {
  writeFileAtomically(join(cacheDir, LABELS), JSON.stringify(labels));
}

interface StoredShard extends Omit<ShardBundle, 'pages' | 'chunks'> {
  format: number;
  pages: { url: string; date: string | null; at: number; length: number }[];
  chunks: [number, number][];
}

/**
 * The cache name of a shard: the indexing code's version and each page's URL and content: its
 * HTML, or a key that changes whenever its HTML does (the page's render key, build-site.ts).
 */
export function shardKey(codeVersion: string, pages: readonly { url: string; content: string | Uint8Array }[]): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${codeVersion}\0`);
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    hash.update(page.url).update('\0').update(createHash('sha256').update(page.content).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Written under a temporary name and renamed: a killed build never leaves half a shard. */
function writeAtomically(dir: string, files: Record<string, string | Uint8Array>): void {
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(temporary, name)), { recursive: true });
    writeFileSync(join(temporary, name), content);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
}

export function saveShard(cacheDir: string, key: string, bundle: ShardBundle): void {
  const parts: Buffer[] = [];
  let at = 0;
  const place = (bytes: Buffer): [number, number] => {
    parts.push(bytes);
    at += bytes.length;
    return [at - bytes.length, bytes.length];
  };
  const { pages, chunks, ...rest } = bundle;
  const stored: StoredShard = {
    format: FORMAT,
    ...rest,
    pages: pages.map(({ fragment, ...page }) => {
      const [offset, length] = place(fragment);
      return { ...page, at: offset, length };
    }),
    chunks: chunks.map(place),
  };
  writeAtomically(join(cacheDir, key), { 'shard.json': JSON.stringify(stored), 'data.bin': Buffer.concat(parts) });
}

/** The cached shard, or undefined when there is none (or it is from another format). */
export function loadShard(cacheDir: string, key: string): ShardBundle | undefined {
  const dir = join(cacheDir, key);
  if (!existsSync(join(dir, 'shard.json')) || !existsSync(join(dir, 'data.bin'))) return undefined;
  const stored = JSON.parse(readFileSync(join(dir, 'shard.json'), 'utf8')) as StoredShard;
  if (stored.format !== FORMAT) return undefined;
  const data = readFileSync(join(dir, 'data.bin'));
  const { format: _format, pages, chunks, ...rest } = stored;
  return {
    ...rest,
    pages: pages.map(({ at, length, ...page }) => ({ ...page, fragment: data.subarray(at, at + length) })),
    chunks: chunks.map(([at, length]) => data.subarray(at, at + length)),
  };
}

export type CachedBase = PagefindBase & { assets: BundleAsset[] };

/** Pagefind's code files, index version and entry (pagefindBase), kept beside the shards. */
export function saveBase(cacheDir: string, codeVersion: string, { version, entry, assets }: CachedBase): void {
  writeAtomically(join(cacheDir, ASSETS), { 'base.json': JSON.stringify({ format: FORMAT, codeVersion, version, entry, paths: assets.map((a) => a.path) }), ...Object.fromEntries(assets.map((a) => [join('files', a.path), a.content])) });
}

export function loadBase(cacheDir: string, codeVersion: string): CachedBase | undefined {
  const dir = join(cacheDir, ASSETS);
  if (!existsSync(join(dir, 'base.json'))) return undefined;
  const stored = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as PagefindBase & { format: number; codeVersion?: string; paths: string[] };
  if (stored.format !== FORMAT || stored.codeVersion !== codeVersion) return undefined;
  return { version: stored.version, entry: stored.entry, assets: stored.paths.map((path) => ({ path, content: readFileSync(join(dir, 'files', path)) })) };
}

/** Removes cached shards (and their texts) not in `keep` (the shards of the build just made). */
export function pruneShards(cacheDir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    if (name === ASSETS || name === LABELS || keep.has(name) || keep.has(TEXTS.exec(name)?.[1] ?? '')) continue;
    rmSync(join(cacheDir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
