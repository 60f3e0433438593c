// One shard of the normalised index, built in two passes (see normalized-index.ts):
//   pass 1  the text, meta and filters Pagefind reads from each HTML page (data-pagefind-body,
//           -ignore, -meta, -filter all apply): page-text.ts computes them as Pagefind would,
//           and Pagefind itself reads the few pages that reader is not sure of.
//   pass 2  each page becomes a custom record whose content is indexText(text): one compound
//           word of normalised keys per tokenize() word of the published text, in a language
//           Pagefind has no stemmer for (the keys are already stemmed).
// The result is kept as data, not files: the pages (url, date and the fragment
// with its text put back to the published one), the word-index chunks as Pagefind wrote them,
// the filters by page. merge-index.ts joins shards into the one index the search page loads.
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { decodeCbor, type Cbor } from './cbor.ts';
import { check, decodePagefindFile, encodeFragment, encodePagefindFileSmallest } from './pagefind-files.ts';
import { indexText, SENTINEL } from './pagefind-keys.ts';
import { keyShard } from './key-index.ts';
import { readPageText } from './page-text.ts';

/**
 * The language the keys are indexed as: not an ISO 639-1 code Pagefind stems (it would stem
 * our keys again, as its Arabic Snowball stemmer did to the text: لإيران -> لاير). Pagefind
 * ships its stemmer-free "unknown" WebAssembly for it (5 KB smaller than the Arabic one), and
 * the search page (html lang="ar") falls back to the only index there is.
 */
export const INDEX_LANGUAGE = 'und';

export class ShardIndexError extends Error {}

export interface PageText {
  url: string;
  /** The text Pagefind extracted from the page, as published (spaces collapsed). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface BundlePage {
  url: string;
  /** `meta.date` as the page gave it to Pagefind, or null. */
  date: string | null;
  /** The pf_fragment file, published text restored, ready to write. */
  fragment: Buffer;
}

/** Pagefind's files that are the same for every index (pagefind.js, the WebAssembly, the UIs). */
export interface BundleAsset {
  path: string;
  content: Buffer;
}

export interface ShardBundle {
  /** Pagefind's index format version (pf_meta's first field). */
  version: string;
  /** In Pagefind's page order: a chunk's page numbers index this list. */
  pages: BundlePage[];
  /** The pf_index files, gzipped, in word order (each chunk's words follow the previous chunk's). */
  chunks: Buffer[];
  /** filter -> value -> page numbers (into `pages`). */
  filters: Record<string, Record<string, number[]>>;
  /** The meta fields Pagefind saw (pf_meta's last field). */
  metaFields: string[];
  /** pagefind-entry.json as Pagefind wrote it. */
  entry: PagefindEntry;
}

export interface BuiltShard {
  bundle: ShardBundle;
  /** Pagefind's code, as it wrote it beside this shard's data. */
  assets: BundleAsset[];
}

/** What every shard shares from Pagefind: its index version and entry file. */
export interface PagefindBase {
  version: string;
  entry: PagefindEntry;
}

export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
  [key: string]: unknown;
}

interface Fragment extends PageText {
  word_count: number;
  anchors: unknown[];
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';
}

/** The fragments in a fragment file: one page, or a group of pages keyed by hash (maxFragments). */
function fragmentsIn(json: unknown): Fragment[] {
  if (isFragment(json)) return [json];
  if (typeof json === 'object' && json !== null) return Object.values(json).filter(isFragment);
  return [];
}

const byUrl = (a: PageText, b: PageText): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

async function textsOf(index: pagefind.PagefindIndex): Promise<PageText[]> {
  const { errors, files } = await index.getFiles();
  check('getFiles', errors);
  const pages: PageText[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    for (const f of fragmentsIn(JSON.parse(decodePagefindFile(file.content).toString('utf8')))) {
      pages.push({ url: f.url, content: f.content, meta: f.meta ?? {}, filters: f.filters ?? {} });
    }
  }
  return pages.sort(byUrl);
}

async function newIndex(config: pagefind.PagefindServiceConfig = {}): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex(config);
  check('createIndex', created.errors);
  return created.index!;
}

// Requests in flight to the Pagefind service at once: one at a time leaves it idle between
// round trips (on the 31k corpus, 40 s with 200 in flight).
const IN_FLIGHT = 200;

async function inBatches<T>(items: readonly T[], send: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += IN_FLIGHT) await Promise.all(items.slice(i, i + IN_FLIGHT).map(send));
}

/** Pass 1 over HTML held in memory: what Pagefind extracts from each page, by URL order. */
export async function extractTexts(files: readonly { sourcePath: string; html: string }[]): Promise<PageText[]> {
  const index = await newIndex();
  try {
    await inBatches(files, async (file) => check(`reading ${file.sourcePath}`, (await index.addHTMLFile({ sourcePath: file.sourcePath, content: file.html })).errors));
    return await textsOf(index);
  } finally {
    await index.deleteIndex();
  }
}

/** Pass 1 over a folder: the text, meta and filters of the pages `glob` names in `siteDir`. */
export async function extractPages(siteDir: string, glob?: string): Promise<PageText[]> {
  const index = await newIndex();
  try {
    check(`indexing ${siteDir}`, (await index.addDirectory({ path: siteDir, ...(glob && { glob }) })).errors);
    return await textsOf(index);
  } finally {
    await index.deleteIndex();
  }
}

function isPageEntry(value: Cbor): value is [string, number, string] {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'string';
}

/**
 * Pass 2 run by Pagefind itself: the shard bundle for `pages` from one custom record per page.
 * The build writes pass 2 directly (key-index.ts); this is the reference it is tested against,
 * and how Pagefind's code files and entry are obtained (pagefindBase).
 */
export async function indexShard(pages: readonly PageText[]): Promise<BuiltShard> {
  const index = await newIndex({ includeCharacters: SENTINEL });
  const text = new Map(pages.map((page) => [page.url, page.content]));
  if (text.size !== pages.length) throw new ShardIndexError('two pages of a shard have the same URL');
  let files: { path: string; content: Uint8Array }[];
  try {
    await inBatches(pages, async (page) =>
      check(`indexing ${page.url}`, (await index.addCustomRecord({ url: page.url, content: indexText(page.content), language: INDEX_LANGUAGE, meta: page.meta, filters: page.filters })).errors),
    );
    const got = await index.getFiles();
    check('getFiles', got.errors);
    files = got.files;
  } finally {
    await index.deleteIndex();
  }

  const byPath = new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
  const entryBytes = byPath.get('pagefind-entry.json');
  if (!entryBytes) throw new ShardIndexError('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(entryBytes.toString('utf8')) as PagefindEntry;
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language) throw new ShardIndexError(`Pagefind wrote no index for language ${INDEX_LANGUAGE}`);
  const metaBytes = byPath.get(`pagefind.${language.hash}.pf_meta`);
  if (!metaBytes) throw new ShardIndexError(`Pagefind's meta file for ${language.hash} is missing`);
  const meta = decodeCbor(decodePagefindFile(metaBytes));
  if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !Array.isArray(meta[2]) || !Array.isArray(meta[3]) || !Array.isArray(meta[5])) {
    throw new ShardIndexError(`pf_meta is not in the Pagefind 1.6 layout this index knows (version ${Array.isArray(meta) ? String(meta[0]) : '?'})`);
  }
  const used = new Set(['pagefind-entry.json', `pagefind.${language.hash}.pf_meta`]);
  const take = (path: string): Buffer => {
    const content = byPath.get(path);
    if (!content) throw new ShardIndexError(`pf_meta names ${path}, which Pagefind did not write`);
    used.add(path);
    return content;
  };

  const bundlePages: BundlePage[] = meta[1].map((entryValue) => {
    if (!isPageEntry(entryValue)) throw new ShardIndexError('a pf_meta page entry is not [hash, word count, group]');
    const [hash, , group] = entryValue;
    if (group !== '') throw new ShardIndexError(`page ${hash} is in fragment group ${group}; grouped fragments are not supported`);
    const json = JSON.parse(decodePagefindFile(take(`fragment/${hash}.pf_fragment`)).toString('utf8')) as unknown;
    const [fragment, ...more] = fragmentsIn(json);
    if (!fragment || more.length > 0) throw new ShardIndexError(`fragment ${hash} does not hold exactly one page`);
    const published = text.get(fragment.url);
    if (published === undefined) throw new ShardIndexError(`fragment ${hash} is for ${fragment.url}, which was not indexed`);
    fragment.content = published;
    return { url: fragment.url, date: fragment.meta?.date ?? null, fragment: encodeFragment(json) };
  });
  if (bundlePages.length !== pages.length) throw new ShardIndexError(`Pagefind indexed ${bundlePages.length} of ${pages.length} pages`);

  const chunks = meta[2].map((chunk) => {
    if (!Array.isArray(chunk) || typeof chunk[2] !== 'string') throw new ShardIndexError('a pf_meta index chunk is not [from, to, hash]');
    return take(`index/${chunk[2]}.pf_index`);
  });

  const filters: ShardBundle['filters'] = {};
  for (const filter of meta[3]) {
    if (!Array.isArray(filter) || typeof filter[0] !== 'string' || typeof filter[1] !== 'string') throw new ShardIndexError('a pf_meta filter is not [name, hash]');
    const decoded = decodeCbor(decodePagefindFile(take(`filter/${filter[1]}.pf_filter`)));
    if (!Array.isArray(decoded) || decoded[0] !== filter[0] || !Array.isArray(decoded[1])) throw new ShardIndexError(`filter file for ${filter[0]} is not [name, values]`);
    const values: Record<string, number[]> = {};
    for (const value of decoded[1]) {
      if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[1])) throw new ShardIndexError(`a value of filter ${filter[0]} is not [value, pages]`);
      values[value[0]] = value[1] as number[];
    }
    filters[filter[0]] = values;
  }

  const metaFields = meta[5].filter((field): field is string => typeof field === 'string');
  // What is left is Pagefind's code (pagefind.js, its worker, the WebAssembly, the UIs).
  const assets = files.filter((file) => !used.has(file.path) && !/\.pf_(?:fragment|index|filter|meta)$/.test(file.path)).map((file) => ({ path: file.path, content: Buffer.from(file.content) }));
  return { bundle: { version: meta[0], pages: bundlePages, chunks, filters, metaFields, entry }, assets };
}

/**
 * Pagefind's code files, index version and entry, from indexing one page; its WebAssembly
 * recompressed smaller (smallerAssets) unless `recompress` is false.
 * Builds keep the base in their cache; the recompression is also remembered for the process.
 */
export async function pagefindBase({ recompress = true } = {}): Promise<PagefindBase & { assets: BundleAsset[] }> {
  const { bundle, assets } = await indexShard([{ url: '/', content: 'أرشيف', meta: {}, filters: {} }]);
  return { version: bundle.version, entry: bundle.entry, assets: recompress ? await smallerAssets(assets) : assets };
}

/**
 * Pagefind's code files with its WebAssembly recompressed smaller (encodePagefindFileSmallest:
 * every first search downloads it whole). Zopfli runs on this thread: about a second.
 */
export const smallerAssets = (assets: readonly BundleAsset[]): Promise<BundleAsset[]> =>
  Promise.all(assets.map(async (asset) => (/^wasm\.[^/]+\.pagefind$/.test(asset.path) ? { ...asset, content: await recompressed(asset.content) } : asset)));
const recompressions = new Map<string, Promise<Buffer>>();
function recompressed(file: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(file).digest('hex');
  let done = recompressions.get(key);
  if (!done) recompressions.set(key, (done = encodePagefindFileSmallest(decodePagefindFile(file))));
  return done;
}

/** A page of a shard: its path in the site, and a key that changes whenever its HTML does. */
export interface ShardFile {
  sourcePath: string;
  key?: string;
}

/** How many of a shard's pages were read (not kept from before), by page-text.ts and by Pagefind. */
export interface PagesRead {
  reader: number;
  pagefind: number;
}

/** What Pagefind read from a page, kept under the page's key for the next build of its shard. */
export interface KeptText {
  sourcePath: string;
  key: string;
  text: PageText;
}

/** The URL Pagefind gives the page at `sourcePath`: `articles/x/index.html` -> `/articles/x/`. */
export const pagefindUrl = (sourcePath: string): string => `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * A shard from its pages: pass 1 (page-text.ts reads the pages, Pagefind those it is not sure
 * of) for every page whose text is not kept under its current key, then pass 2 (key-index.ts).
 * Resolves to the bundle, the texts to keep for the next build, and who read how many pages.
 */
export async function buildShard(files: readonly ShardFile[], html: (file: ShardFile) => string, label: string, base: PagefindBase, kept: ReadonlyMap<string, KeptText> = new Map()): Promise<{ bundle: ShardBundle; kept: KeptText[]; read: PagesRead }> {
  const texts: PageText[] = [];
  const keep: KeptText[] = [];
  const read: ShardFile[] = [];
  for (const file of files) {
    const known = kept.get(file.sourcePath);
    if (file.key !== undefined && known?.key === file.key) {
      texts.push(known.text);
      keep.push(known);
    } else read.push(file);
  }
  // Pass 1: the TypeScript reader for the pages it is sure of, Pagefind for the rest.
  const byPagefind: { file: ShardFile; html: string }[] = [];
  const took = (file: ShardFile, text: PageText): void => {
    texts.push(text);
    if (file.key !== undefined) keep.push({ sourcePath: file.sourcePath, key: file.key, text });
  };
  for (const file of read) {
    const page = html(file);
    const text = readPageText(page, pagefindUrl(file.sourcePath));
    if (text) took(file, text);
    else byPagefind.push({ file, html: page });
  }
  if (byPagefind.length > 0) {
    const extracted = await extractTexts(byPagefind.map(({ file, html }) => ({ sourcePath: file.sourcePath, html })));
    if (extracted.length !== byPagefind.length) throw new ShardIndexError(`Pagefind read ${extracted.length} of the ${byPagefind.length} pages of shard ${label} it was given`);
    const byPagefindUrl = new Map(extracted.map((text) => [text.url, text]));
    for (const { file } of byPagefind) {
      const text = byPagefindUrl.get(pagefindUrl(file.sourcePath));
      if (!text) throw new ShardIndexError(`shard ${label}: Pagefind read no page at ${pagefindUrl(file.sourcePath)} from ${file.sourcePath}`);
      took(file, text);
    }
  }
  return { bundle: keyShard(texts.sort(byUrl), base), kept: keep, read: { reader: read.length - byPagefind.length, pagefind: byPagefind.length } };
}

/** A shard that came through structured clone (a worker process): Uint8Arrays back to Buffers. */
export function revive(bundle: ShardBundle): ShardBundle {
  const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ...bundle, pages: bundle.pages.map((p) => ({ ...p, fragment: buffer(p.fragment) })), chunks: bundle.chunks.map(buffer) };
}
