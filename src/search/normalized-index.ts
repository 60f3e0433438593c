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
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Pass 1: the text, meta and filters of every page Pagefind would index in `siteDir`. */
export async function extractPages(siteDir: string): Promise<PageText[]> {
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index!;
  try {
    check(`indexing ${siteDir}`, (await index.addDirectory({ path: siteDir })).errors);
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

/** Pass 2 and the rewrite: writes the Pagefind bundle for `pages` into `outputPath`, replacing what was there. */
export async function writeNormalisedIndex(pages: readonly PageText[], outputPath: string, options: NormalisedIndexOptions = {}): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ ...options.pagefindConfig, includeCharacters: SENTINEL });
  check('createIndex', created.errors);
  const index = created.index!;
  const published = new Map<string, string>();
  const ranks = new Map<string, PageRank>();
  try {
    for (const { page, rank } of inDateOrder(pages)) {
      published.set(page.url, page.content);
      ranks.set(page.url, rank);
      const added = await index.addCustomRecord({
        url: page.url,
        content: indexText(page.content),
        language: INDEX_LANGUAGE,
        meta: page.meta,
        filters: page.filters,
      });
      check(`indexing ${page.url}`, added.errors);
    }
    rmSync(outputPath, { recursive: true, force: true }); // no fragment of an earlier index may stay
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await index.deleteIndex();
  }
  // The rewrite: each fragment's content back to the published text, under its new name.
  const fragmentDir = join(outputPath, 'fragment');
  const fragments = new Map<string, { json: unknown; url: string }>();
  for (const name of readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const json = JSON.parse(decodePagefindFile(readFileSync(join(fragmentDir, name))).toString('utf8')) as unknown;
    const [fragment, ...more] = fragmentsIn(json);
    if (!fragment || more.length > 0) throw new NormalisedIndexError(`fragment ${name} does not hold exactly one page`);
    const text = published.get(fragment.url);
    if (text === undefined) throw new NormalisedIndexError(`fragment ${name} is for ${fragment.url}, which was not indexed`);
    fragment.content = text;
    fragments.set(name.slice(0, -'.pf_fragment'.length), { json, url: fragment.url });
  }
  if (fragments.size !== pages.length) throw new NormalisedIndexError(`restored the text of ${fragments.size} fragments for ${pages.length} pages`);

  const entryPath = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language) throw new NormalisedIndexError(`Pagefind wrote no index for language ${INDEX_LANGUAGE}`);
  const metaPath = join(outputPath, `pagefind.${language.hash}.pf_meta`);
  const token = language.hash.slice(INDEX_LANGUAGE.length + 1, INDEX_LANGUAGE.length + 9);
  const { meta, ids } = compactMeta(decodeCbor(decodePagefindFile(readFileSync(metaPath))), token, (hash) => {
    const fragment = fragments.get(hash);
    if (!fragment) throw new NormalisedIndexError(`pf_meta lists page ${hash}, which has no fragment`);
    return ranks.get(fragment.url)!;
  });
  mkdirSync(join(fragmentDir, token));
  for (const [hash, { json }] of fragments) {
    writeFileSync(join(fragmentDir, `${ids.get(hash)!}.pf_fragment`), encodePagefindFile(JSON.stringify(json)));
    rmSync(join(fragmentDir, `${hash}.pf_fragment`));
  }
  const metaBytes = encodePagefindFile(encodeCbor(meta));
  rmSync(metaPath);
  language.hash = `${INDEX_LANGUAGE}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, 11)}`;
  writeFileSync(join(outputPath, `pagefind.${language.hash}.pf_meta`), metaBytes);
  writeFileSync(entryPath, JSON.stringify(entry));
  return { pages: pages.length };
}

/** Both passes over a built site: the normalised bundle goes to `<siteDir>/pagefind` (or `outputPath`). */
export async function indexSiteNormalised(siteDir: string, options: NormalisedIndexOptions & { outputPath?: string } = {}): Promise<{ pages: number }> {
  try {
    const pages = await extractPages(siteDir);
    if (pages.length === 0) throw new NormalisedIndexError(`Pagefind indexed no pages in ${siteDir}`);
    return await writeNormalisedIndex(pages, options.outputPath ?? join(siteDir, 'pagefind'), options);
  } finally {
    await pagefind.close();
  }
}
