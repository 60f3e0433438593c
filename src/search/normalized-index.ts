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
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexText, SENTINEL } from './pagefind-keys.ts';

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

export function encodePagefindFile(body: string): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), Buffer.from(body, 'utf8')]), { level: 9 });
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
  /** Sort keys for a page (Pagefind's data-pagefind-sort); default: `date` from meta when present. */
  sortFrom?: (page: PageText) => Record<string, string>;
  /** Passed to Pagefind (e.g. maxFragments). */
  pagefindConfig?: Omit<pagefind.PagefindServiceConfig, 'includeCharacters' | 'forceLanguage'>;
}

const defaultSort = (page: PageText): Record<string, string> => (page.meta.date ? { date: page.meta.date } : {});

/** Pass 2 and the rewrite: writes the Pagefind bundle for `pages` into `outputPath`, replacing what was there. */
export async function writeNormalisedIndex(pages: readonly PageText[], outputPath: string, options: NormalisedIndexOptions = {}): Promise<{ pages: number }> {
  const sortFrom = options.sortFrom ?? defaultSort;
  const created = await pagefind.createIndex({ ...options.pagefindConfig, includeCharacters: SENTINEL });
  check('createIndex', created.errors);
  const index = created.index!;
  const published = new Map<string, string>();
  try {
    for (const page of pages) {
      published.set(page.url, page.content);
      const added = await index.addCustomRecord({
        url: page.url,
        content: indexText(page.content),
        language: INDEX_LANGUAGE,
        meta: page.meta,
        filters: page.filters,
        sort: sortFrom(page),
      });
      check(`indexing ${page.url}`, added.errors);
    }
    rmSync(outputPath, { recursive: true, force: true }); // no fragment of an earlier index may stay
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await index.deleteIndex();
  }
  // The rewrite: each fragment's content back to the published text.
  const fragmentDir = join(outputPath, 'fragment');
  let restored = 0;
  for (const name of readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const path = join(fragmentDir, name);
    const json = JSON.parse(decodePagefindFile(readFileSync(path)).toString('utf8')) as unknown;
    for (const fragment of fragmentsIn(json)) {
      const text = published.get(fragment.url);
      if (text === undefined) throw new NormalisedIndexError(`fragment ${name} is for ${fragment.url}, which was not indexed`);
      fragment.content = text;
      restored++;
    }
    writeFileSync(path, encodePagefindFile(JSON.stringify(json)));
  }
  if (restored !== pages.length) throw new NormalisedIndexError(`restored the text of ${restored} fragments for ${pages.length} pages`);
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
