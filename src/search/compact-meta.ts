// A smaller pf_meta: the file every search page downloads in full before its first result, and
// the one part of a Pagefind index that grows with the number of pages (it lists them all).
// Pagefind 1.6 writes, per page, a 7-hex-digit content hash (the fragment's file name) and the
// word count, plus a date-sorted permutation of all pages for the date sort; none of the three
// compresses. On the 29,912-article corpus that is 296 KB gzipped. Rewritten here:
//   - ids: pages are indexed in date order, so a page's id is its date rank in base 36 under a
//     directory named by the build (`<token>/1a2`, `<token>/u7` when undated). Consecutive ids
//     cost little, and a result's id alone gives its date order, so
//   - the sort permutation is dropped: the search page sorts by id (query.ts, sortByDate);
//   - word counts, which only normalise scores by page length (BM25), keep two significant
//     digits (at most 5% off; exact below 100).
// Fragments move to fragment/<token>/<rank>.pf_fragment. The token is taken from Pagefind's own
// hash of the original meta, so any change to any page gives every fragment a new URL, as
// Pagefind's content hashes did: a cache can never pair one build's meta with another's fragments.
import type { Cbor } from './cbor.ts';

export class CompactMetaError extends Error {}

/** Where a page goes in date order: its rank among dated pages, or among undated ones. */
export interface PageRank {
  rank: number;
  dated: boolean;
}

export interface CompactedMeta {
  meta: Cbor[];
  /** Pagefind's page hash -> the page's new id (its fragment's path under fragment/, no extension). */
  ids: Map<string, string>;
}

const SUPPORTED = /^1\.6\./;

/** Two significant digits from 100 up: BM25 uses the count only relative to the average page. */
export function roundWordCount(count: number): number {
  if (count < 100) return count;
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / step) * step;
}

export function pageId(token: string, { rank, dated }: PageRank): string {
  return `${token}/${dated ? '' : 'u'}${rank.toString(36)}`;
}

/** The date order a page id stands for (see pageId): dated pages by rank, then undated ones. */
export function dateOrder(id: string): { dated: boolean; rank: number } | undefined {
  const match = /\/(u?)([0-9a-z]+)$/.exec(id);
  return match ? { dated: match[1] === '', rank: parseInt(match[2]!, 36) } : undefined;
}

function isPage(value: Cbor): value is [string, number, string] {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'string';
}

/**
 * The compacted meta for a decoded pf_meta `meta` (Pagefind 1.6 layout: version, pages,
 * index chunks, filters, sorts, meta fields). `rankOf` gives each page's place by its
 * Pagefind hash.
 */
export function compactMeta(meta: Cbor, token: string, rankOf: (hash: string) => PageRank): CompactedMeta {
  if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string' || !SUPPORTED.test(meta[0]) || !Array.isArray(meta[1])) {
    throw new CompactMetaError(`pf_meta is not in the Pagefind 1.6 layout this rewrite knows (version ${Array.isArray(meta) ? String(meta[0]) : '?'})`);
  }
  if (!/^[0-9a-z]+$/.test(token)) throw new CompactMetaError(`token "${token}" is not lower-case base 36`);
  const ids = new Map<string, string>();
  const seen = new Set<string>();
  const pages = meta[1].map((page) => {
    if (!isPage(page)) throw new CompactMetaError('a pf_meta page entry is not [hash, word count, group]');
    const [hash, words, group] = page;
    if (group !== '') throw new CompactMetaError(`page ${hash} is in fragment group ${group}; grouped fragments are not supported`);
    const id = pageId(token, rankOf(hash));
    if (seen.has(id)) throw new CompactMetaError(`two pages have the id ${id}`);
    seen.add(id);
    ids.set(hash, id);
    return [id, roundWordCount(words), group];
  });
  return { meta: [meta[0], pages, meta[2]!, meta[3]!, [], meta[5]!], ids };
}
