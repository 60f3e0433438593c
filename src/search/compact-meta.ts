// The page list of pf_meta, the file every search page downloads in full before its first
// result and the one part of a Pagefind index that grows with the number of pages. Pagefind 1.6
// writes, per page, a 7-hex-digit content hash (the fragment's file name) and the word count,
// plus a date-sorted permutation of all pages for the date sort; none of the three compresses
// (296 KB gzipped on the 29,912-article corpus). merge-index.ts writes it smaller (124 KB):
//   - ids: pages are listed in date order, so a page's id is its date rank in base 36 under a
//     directory named by its block of 1,024 ranks (`<token>/1a2`, `<token>/u7` when undated).
//     Consecutive ids cost little, and a result's id alone gives its date order, so
//   - no sort permutation: the search page sorts by id (query.ts, sortByDate);
//   - word counts, which only normalise scores by page length (BM25), are rounded to a
//     geometric scale (roundWordCount).
// Fragments live at fragment/<token>/<rank>.pf_fragment; a block's token changes with any of
// its fragments, so a cache can never pair one build's meta with another's fragments, and a
// rebuild that changes one page renames one block of fragments, not all of them.
/** Where a page goes in date order: its rank among dated pages, or among undated ones. */
export interface PageRank {
  rank: number;
  dated: boolean;
}

/**
 * A step of a geometric scale of ratio 1.25 from 16 words up (exact below; at most 12% off).
 * BM25 uses the count only relative to the average page, and a few dozen distinct values
 * compress far better than exact counts: pf_meta 126 -> 106 KB on the corpus.
 */
export function roundWordCount(count: number): number {
  if (count < 16) return count;
  return Math.round(WORD_COUNT_RATIO ** Math.round(Math.log(count) / Math.log(WORD_COUNT_RATIO)));
}
const WORD_COUNT_RATIO = 1.25;

export function pageId(token: string, { rank, dated }: PageRank): string {
  return `${token}/${dated ? '' : 'u'}${rank.toString(36)}`;
}

/** The date order a page id stands for (see pageId): dated pages by rank, then undated ones. */
export function dateOrder(id: string): { dated: boolean; rank: number } | undefined {
  const match = /\/(u?)([0-9a-z]+)$/.exec(id);
  return match ? { dated: match[1] === '', rank: parseInt(match[2]!, 36) } : undefined;
}
