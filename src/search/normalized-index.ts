// A Pagefind index over normalised keys whose results still show the text as published.
//
//   pass 1  Pagefind indexes the built HTML as usual (data-pagefind-body, -ignore, -meta,
//           -filter all apply) and the index is kept in memory only: its fragments hold, per
//           page, exactly the text Pagefind extracted, with the page's url, meta and filters.
//   pass 2  each page becomes a custom record whose content is indexText(text): one
//           compound word of normalised keys per tokenize() word of the published text, in a
//           language Pagefind has no stemmer for (our keys are already stemmed).
//   rewrite the fragments Pagefind wrote for pass 2 hold the keys; their `content` is put
//           back to the published text. Word i of tokenize(content) is position i in the
//           index, so the search page (query.ts, excerpt.ts) cuts and highlights excerpts in
//           the original text. The fragment's size is what the stock index ships.
//   compact  pf_meta, which every search downloads whole, is rewritten smaller
//           (compact-meta.ts): pages are indexed in date order and named by date rank.
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexText, SENTINEL } from './pagefind-keys.ts';
import { decodeCbor, encodeCbor } from './cbor.ts';
import { compactMeta, type PageRank } from './compact-meta.ts';

/**
 * The language the keys are indexed as: not an ISO 639-1 code Pagefind stems (it would stem
 * our keys again, as its Arabic Snowball stemmer did to the text: لإيران -> لاير). Pagefind
 * ships its stemmer-free "unknown" WebAssembly for it (5 KB smaller than the Arabic one), and
 * the search page (html lang="ar") falls back to the only index there is.
 */
export const INDEX_LANGUAGE = 'und';

export class NormalisedIndexError extends Error {}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new NormalisedIndexError(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

const SIGNATURE = 'pagefind_dcd';

/** A Pagefind data file (fragment, meta, index chunk) as bytes after the signature. */
export function decodePagefindFile(bytes: Uint8Array): Buffer {
  let data = Buffer.from(bytes);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new NormalisedIndexError('not a Pagefind data file (no signature)');
  return data.subarray(SIGNATURE.length);
}

export function encodePagefindFile(body: string | Uint8Array): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]), { level: 9 });
}

export interface PageText {
  url: string;
  /** The text Pagefind extracted from the page, as published (spaces collapsed). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
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

/**
 * Pass 1: the text, meta and filters of every page Pagefind would index in `siteDir`, or of the
 * pages `glob` names (Pagefind reads every HTML file it is given, body or not).
 */
export async function extractPages(siteDir: string, glob?: string): Promise<PageText[]> {
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index!;
  try {
    check(`indexing ${siteDir}`, (await index.addDirectory({ path: siteDir, ...(glob && { glob }) })).errors);
    const { errors, files } = await index.getFiles();
    check('getFiles', errors);
    const pages: PageText[] = [];
    for (const file of files) {
      if (!file.path.endsWith('.pf_fragment')) continue;
      for (const f of fragmentsIn(JSON.parse(decodePagefindFile(file.content).toString('utf8')))) {
        pages.push({ url: f.url, content: f.content, meta: f.meta ?? {}, filters: f.filters ?? {} });
      }
    }
    return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  } finally {
    await index.deleteIndex();
  }
}

export interface NormalisedIndexOptions {
  /** Passed to Pagefind (e.g. maxFragments). */
  pagefindConfig?: Omit<pagefind.PagefindServiceConfig, 'includeCharacters' | 'forceLanguage'>;
}

/** Date order, the order pages are indexed in: dated pages oldest first, then undated, each by URL. */
export function inDateOrder(pages: readonly PageText[]): { page: PageText; rank: PageRank }[] {
  const byUrl = (a: PageText, b: PageText): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  const dated = pages.filter((p) => p.meta.date).sort((a, b) => (a.meta.date! < b.meta.date! ? -1 : a.meta.date! > b.meta.date! ? 1 : byUrl(a, b)));
  const undated = pages.filter((p) => !p.meta.date).sort(byUrl);
  return [...dated.map((page, rank) => ({ page, rank: { rank, dated: true } })), ...undated.map((page, rank) => ({ page, rank: { rank, dated: false } }))];
}

// Records in flight to the Pagefind service at once: one at a time leaves it idle between
// round trips (on the 31k corpus, 40 s with 200 in flight).
const IN_FLIGHT = 200;

/** Pass 2 and the rewrite: writes the Pagefind bundle for `pages` into `outputPath`, replacing what was there. */
export async function writeNormalisedIndex(pages: readonly PageText[], outputPath: string, options: NormalisedIndexOptions = {}): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ ...options.pagefindConfig, includeCharacters: SENTINEL });
  check('createIndex', created.errors);
  const index = created.index!;
  const ordered = inDateOrder(pages);
  const byUrl = new Map(ordered.map(({ page, rank }) => [page.url, { text: page.content, rank }]));
  let files: { path: string; content: Uint8Array }[];
  try {
    for (let i = 0; i < ordered.length; i += IN_FLIGHT) {
      const batch = ordered.slice(i, i + IN_FLIGHT).map(({ page }) =>
        index.addCustomRecord({ url: page.url, content: indexText(page.content), language: INDEX_LANGUAGE, meta: page.meta, filters: page.filters }).then((added) => check(`indexing ${page.url}`, added.errors)),
      );
      await Promise.all(batch);
    }
    // The bundle comes back in memory and is written once, already rewritten (no second pass
    // over 30k fragment files on disk).
    const got = await index.getFiles();
    check('getFiles', got.errors);
    files = got.files;
  } finally {
    await index.deleteIndex();
  }

  // Each fragment's content back to the published text.
  const fragments = new Map<string, { json: unknown; rank: PageRank }>();
  let entryFile: { languages: Record<string, { hash: string }> } | undefined;
  let metaFile: { path: string; content: Uint8Array } | undefined;
  const others: { path: string; content: Uint8Array }[] = [];
  for (const file of files) {
    if (file.path.startsWith('fragment/') && file.path.endsWith('.pf_fragment')) {
      const json = JSON.parse(decodePagefindFile(file.content).toString('utf8')) as unknown;
      const [fragment, ...more] = fragmentsIn(json);
      if (!fragment || more.length > 0) throw new NormalisedIndexError(`fragment ${file.path} does not hold exactly one page`);
      const page = byUrl.get(fragment.url);
      if (page === undefined) throw new NormalisedIndexError(`fragment ${file.path} is for ${fragment.url}, which was not indexed`);
      fragment.content = page.text;
      fragments.set(file.path.slice('fragment/'.length, -'.pf_fragment'.length), { json, rank: page.rank });
    } else if (file.path === 'pagefind-entry.json') entryFile = JSON.parse(Buffer.from(file.content).toString('utf8')) as typeof entryFile;
    else if (file.path.endsWith('.pf_meta')) metaFile = file;
    else others.push(file);
  }
  if (fragments.size !== pages.length) throw new NormalisedIndexError(`restored the text of ${fragments.size} fragments for ${pages.length} pages`);
  const language = entryFile?.languages[INDEX_LANGUAGE];
  if (!entryFile || !language) throw new NormalisedIndexError(`Pagefind wrote no index for language ${INDEX_LANGUAGE}`);
  if (!metaFile || metaFile.path !== `pagefind.${language.hash}.pf_meta`) throw new NormalisedIndexError(`Pagefind's meta file for ${language.hash} is missing`);

  const token = language.hash.slice(INDEX_LANGUAGE.length + 1, INDEX_LANGUAGE.length + 9);
  const { meta, ids } = compactMeta(decodeCbor(decodePagefindFile(metaFile.content)), token, (hash) => {
    const fragment = fragments.get(hash);
    if (!fragment) throw new NormalisedIndexError(`pf_meta lists page ${hash}, which has no fragment`);
    return fragment.rank;
  });
  const metaBytes = encodePagefindFile(encodeCbor(meta));
  language.hash = `${INDEX_LANGUAGE}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, 11)}`;

  rmSync(outputPath, { recursive: true, force: true }); // no file of an earlier index may stay
  mkdirSync(join(outputPath, 'fragment', token), { recursive: true });
  for (const file of others) {
    mkdirSync(dirname(join(outputPath, file.path)), { recursive: true });
    writeFileSync(join(outputPath, file.path), file.content);
  }
  for (const [hash, { json }] of fragments) writeFileSync(join(outputPath, 'fragment', `${ids.get(hash)!}.pf_fragment`), encodePagefindFile(JSON.stringify(json)));
  writeFileSync(join(outputPath, `pagefind.${language.hash}.pf_meta`), metaBytes);
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entryFile));
  return { pages: pages.length };
}

/** Both passes over a built site: the normalised bundle goes to `<siteDir>/pagefind` (or `outputPath`). */
export async function indexSiteNormalised(siteDir: string, options: NormalisedIndexOptions & { outputPath?: string; glob?: string } = {}): Promise<{ pages: number }> {
  try {
    const pages = await extractPages(siteDir, options.glob);
    if (pages.length === 0) throw new NormalisedIndexError(`Pagefind indexed no pages in ${siteDir}`);
    return await writeNormalisedIndex(pages, options.outputPath ?? join(siteDir, 'pagefind'), options);
  } finally {
    await pagefind.close();
  }
}
