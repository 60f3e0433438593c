// A Pagefind index over Arabic-normalised keys whose results still show the text as published,
// built in bounded shards and merged:
//   plan     pages are grouped into shards of at most `shardPages` by publication date
//            (shard-plan.ts), so Pagefind never holds more than a shard in memory;
//   shard    each shard is indexed in two passes (shard-index.ts: the text Pagefind reads
//            from the HTML, then the normalised keys of that text) and kept in the work
//            folder under a hash of its pages' HTML (shard-cache.ts): a rebuild re-indexes only
//            the shards whose pages changed;
//   merge    the shards become one Pagefind index (merge-index.ts), what Pagefind would have
//            written for all pages at once, with the compact page list (compact-meta.ts).
// Word i of tokenize(content) is position i in the index, so the search page (query.ts,
// excerpt.ts) cuts and highlights excerpts in the published text.
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomically } from '../write-atomically.ts';
import { FRAGMENT_BLOCK, mergeShards, type MergeSummary } from './merge-index.ts';
import { buildShard, pagefindBase, pagefindUrl, revive, smallerAssets, type BundleAsset, type PagefindBase, type PagesRead, type PageText, type ShardBundle } from './shard-index.ts';
import { BASE_RECORD, DELTA_DIR, deltaLimit, deltaRanks, fileKey, holdBase, planDelta, readBaseRecord, writeBase, writeManifest } from './delta-index.ts';
import { keyShard } from './key-index.ts';
import type { ShardResult, ShardTask } from './shard-worker.ts';
import { runPool } from '../pool.ts';
import { codeVersion, siblingModule, SOURCE_DIR } from '../code-version.ts';
import { loadBase, loadLabels, loadShard, pruneShards, saveBase, saveLabels, saveShard, shardKey, textsFile } from './shard-cache.ts';
import { planShards } from './shard-plan.ts';

export { extractPages, INDEX_LANGUAGE, type PageText } from './shard-index.ts';
export { decodePagefindFile, encodePagefindFile } from './pagefind-files.ts';

export class NormalisedIndexError extends Error {}

/** A built page to index: its HTML file and publication date (which shard it goes in). */
export interface SitePage {
  file: string;
  /** `file` relative to the site folder, with '/': given by a caller that knows it (path.relative costs ~4 µs a page). */
  sourcePath?: string;
  date: string | null;
  /** A key that changes whenever the page's HTML does; without one the HTML is read and hashed. */
  key?: string;
}

export interface IndexOptions {
  /** Where shards are kept between builds; none: every shard is built. */
  cacheDir?: string;
  /** The most pages Pagefind indexes at once. */
  shardPages: number;
  /** Processes indexing shards at once, each with its own Pagefind service holding a shard. */
  workers?: number;
  /** Pages per fragment block (merge-index.ts); the default but in tests. */
  fragmentBlock?: number;
  /** Told as each shard is done. */
  onShard?: (done: { label: string; pages: number; cached: boolean; index: number; of: number }) => void;
  /**
   * The index folder of the build before (the live tree's): when its base index differs from
   * this build's pages by a few, those go into a delta index (delta-index.ts) over that base.
   */
  previousIndex?: string;
}

export interface IndexSummary extends MergeSummary {
  shards: number;
  cachedShards: number;
  /** Pages read this build (the rest were kept from before): by page-text.ts, and by Pagefind. */
  read: PagesRead;
  /** False when the output folder already held this very merge, and was left as it was. */
  merged: boolean;
  /** When the changed pages went into a delta over the previous base: how many, and how many base pages it masks. */
  delta?: { pages: number; masked: number };
}

const SEARCH_DIR = join(SOURCE_DIR, 'search');
const WORKER = siblingModule(import.meta.url, 'shard-worker');

/**
 * The version of everything a shard is built from: the search code and its word lists (all of
 * src/search, so a change to the normaliser re-indexes), and the Pagefind release.
 */
export const indexCodeVersion = (): string => codeVersion([SEARCH_DIR], ['pagefind']);

/**
 * The normalised index of `pages` (built HTML files under `siteDir`) into `outputPath`,
 * replacing what was there.
 */
export async function indexSitePages(siteDir: string, pages: readonly SitePage[], outputPath: string, options: IndexOptions): Promise<IndexSummary> {
  if (pages.length === 0) throw new NormalisedIndexError(`no pages to index in ${siteDir}`);
  const version = indexCodeVersion();
  // Planned by the URL Pagefind gives each page, the one the merged order hashes (shard-plan.ts).
  const plan = planShards(
    pages.map((page) => {
      const sourcePath = page.sourcePath ?? relative(siteDir, page.file).split(sep).join('/');
      // What changes whenever the page's HTML does: its key, or else a hash of its file (read once).
      return { ...page, sourcePath, url: pagefindUrl(sourcePath), identity: page.key ?? fileKey(page.file) };
    }),
    options.shardPages,
  );
  // Pagefind's code files, version and entry: from the cache, or from indexing one page. Only
  // the merge needs the code files, so the WebAssembly's recompression (a second of this
  // thread) waits until the shard workers have their work, and runs while they do it.
  if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true }); // the shard workers write into it
  const cached = options.cacheDir ? loadBase(options.cacheDir, version) : undefined;
  const base = cached ?? (await withPagefind(() => pagefindBase({ recompress: false })));
  const assetsReady: Promise<BundleAsset[]> = cached
    ? Promise.resolve(cached.assets)
    : new Promise((resolve) => setTimeout(resolve, 0))
        .then(() => smallerAssets(base.assets))
        .then((assets) => {
          if (options.cacheDir) saveBase(options.cacheDir, version, { ...base, assets });
          return assets;
        });
  assetsReady.catch(() => {}); // awaited by the merge; handled here so a failure is not reported before
  const { assets: _rawAssets, ...shared } = base;
  const keys = plan.map((shard) => shardKey(version, shard.pages.map((page) => ({ url: page.url, content: page.identity }))));
  const keep = (): void => {
    if (!options.cacheDir) return;
    saveLabels(options.cacheDir, Object.fromEntries(plan.map((shard, i) => [shard.label, keys[i]!])));
    pruneShards(options.cacheDir, new Set(keys));
  };
  // The merge is a function of the shards (their keys), this code and the fragment blocks: a
  // folder whose stamp names the same merge holds it already (a rebuild that changed nothing).
  const stampFile = join(outputPath, MERGE_STAMP);
  const mergeKey = createHash('sha256').update(JSON.stringify([version, options.fragmentBlock ?? FRAGMENT_BLOCK, keys])).digest('hex');
  const stamp = readStamp(stampFile);
  if (stamp?.key === mergeKey) {
    keep();
    return { ...stamp.summary, shards: plan.length, cachedShards: plan.length, read: { reader: 0, pagefind: 0 }, merged: false };
  }
  rmSync(stampFile, { force: true }); // the folder is about to change: no stamp until it holds the new merge
  const fragmentBlock = options.fragmentBlock ?? FRAGMENT_BLOCK;
  const current = plan.flatMap((shard) => shard.pages.map((page) => ({ url: page.url, key: page.identity, date: page.date, sourcePath: page.sourcePath })));

  // A few pages changed since the previous build's base: a delta over it, no merge.
  const lastBase = options.previousIndex ? readBaseRecord(options.previousIndex) : undefined;
  if (lastBase && lastBase.version === version && lastBase.fragmentBlock === fragmentBlock) {
    const { changed, masked } = planDelta(lastBase.pages, current);
    if (changed.length + masked.length <= deltaLimit(current.length) && holdBase(outputPath, options.previousIndex!, lastBase.merge)) {
      rmSync(stampFile, { force: true }); // linked from the previous index: not this build's
      const summary: MergeSummary = { ...(readStamp(join(options.previousIndex!, MERGE_STAMP))?.summary ?? { words: 0, chunks: 0, joinsDropped: 0, decoded: 0 }), pages: current.length };
      let ranks: Record<string, number> = {};
      let undated: string[] = [];
      const read: PagesRead = { reader: 0, pagefind: 0 };
      if (changed.length > 0) {
        const files = changed.map((page) => ({ sourcePath: page.sourcePath, key: page.key }));
        const html = (file: { sourcePath: string }): string => readFileSync(join(siteDir, file.sourcePath), 'utf8');
        const built = await withPagefind(() => buildShard(files, html, DELTA_DIR, shared));
        read.reader += built.read.reader;
        read.pagefind += built.read.pagefind;
        const { ids } = await mergeShards([built.bundle], join(outputPath, DELTA_DIR), [], fragmentBlock);
        ranks = deltaRanks(lastBase.pages, ids);
        undated = ids.filter(({ id }) => !(id in ranks)).map(({ id }) => id);
      }
      writeManifest(outputPath, { basePages: lastBase.pages.length, deltaPages: changed.length, ...(changed.length > 0 && { path: `${DELTA_DIR}/` }), masked, ranks, undated });
      writeFileAtomically(stampFile, JSON.stringify({ key: mergeKey, summary } satisfies MergeStamp));
      keep();
      return { ...summary, shards: plan.length, cachedShards: plan.length, read, merged: false, delta: { pages: changed.length, masked: masked.length } };
    }
  }

  // A full merge: until it is complete the folder holds no base either (a build killed half way
  // must not leave a record that vouches for files the merge had begun to replace).
  rmSync(join(outputPath, BASE_RECORD), { force: true });
  const bundles: (ShardBundle | undefined)[] = new Array(plan.length);
  const previous = options.cacheDir ? loadLabels(options.cacheDir) : {};
  const tasks: ShardTask[] = [];
  const taskShard: number[] = [];
  for (const [i, shard] of plan.entries()) {
    const files = shard.pages.map((page) => ({ sourcePath: page.sourcePath, ...(page.key !== undefined && { key: page.key }) }));
    const key = keys[i]!;
    bundles[i] = options.cacheDir ? loadShard(options.cacheDir, key) : undefined;
    if (bundles[i]) options.onShard?.({ label: shard.label, pages: files.length, cached: true, index: i, of: plan.length });
    else {
      const before = previous[shard.label];
      const texts = options.cacheDir && { save: textsFile(options.cacheDir, key), ...(before && { previous: textsFile(options.cacheDir, before) }) };
      tasks.push({ label: shard.label, siteDir, files, ...(texts && { texts }) });
      taskShard.push(i);
    }
  }
  const read: PagesRead = { reader: 0, pagefind: 0 };
  await runPool<PagefindBase, ShardTask, ShardResult>(WORKER, shared, tasks, Math.max(1, options.workers ?? 1), (result, t) => {
    const i = taskShard[t]!;
    const bundle = revive(result.bundle);
    read.reader += result.read.reader;
    read.pagefind += result.read.pagefind;
    bundles[i] = bundle;
    if (options.cacheDir) saveShard(options.cacheDir, keys[i]!, bundle);
    options.onShard?.({ label: plan[i]!.label, pages: plan[i]!.pages.length, cached: false, index: i, of: plan.length });
  }, { heapMB: shardWorkerHeapMB(options.shardPages), singleThreadedGc: true });
  const { ids, ...summary } = await mergeShards(bundles as ShardBundle[], outputPath, await assetsReady, fragmentBlock);
  writeBase(outputPath, { merge: mergeKey, version, fragmentBlock }, { ...summary, ids }, new Map(current.map((page) => [page.url, page.key])));
  writeFileAtomically(stampFile, JSON.stringify({ key: mergeKey, summary } satisfies MergeStamp));
  keep();
  return { ...summary, shards: plan.length, cachedShards: plan.length - tasks.length, read, merged: true };
}

/** Beside the merged index's files: which merge the folder holds, and its summary. */
const MERGE_STAMP = '.arshif-merge.json';

interface MergeStamp {
  key: string;
  summary: MergeSummary;
}

function readStamp(file: string): MergeStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as MergeStamp;
    return typeof stamp.key === 'string' && typeof stamp.summary?.pages === 'number' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A shard worker's heap ceiling: a 1,000-page shard of the corpus builds in a 96 MB heap; left
 * alone, a worker's heap grew to ~550 MB over eight such shards, ~340 MB under this ceiling
 * (for more collecting: 5-20% longer on those shards, measured). Scaled with the shard size,
 * with room for long pages.
 */
export const shardWorkerHeapMB = (shardPages: number): number => 160 + 0.16 * shardPages;

/** Runs `work` with Pagefind's service, and stops the service after. */
async function withPagefind<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await pagefind.close();
  }
}

/** The normalised index of pages already read (one shard, nothing cached): for tools and tests. */
export async function writeNormalisedIndex(pages: readonly PageText[], outputPath: string): Promise<MergeSummary> {
  const { assets, ...base } = await withPagefind(pagefindBase);
  const { ids, ...summary } = await mergeShards([keyShard(pages, base)], outputPath, assets);
  writeManifest(outputPath, { basePages: ids.length, deltaPages: 0, masked: [], ranks: {}, undated: [] });
  return summary;
}
