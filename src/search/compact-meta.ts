// The page list of pf_meta, the file every search page downloads in full before its first
// result and the one part of a Pagefind index that grows with the number of pages. Pagefind 1.6
// writes, per page, a 7-hex-digit content hash (the fragment's file name) and the word count,
// plus a date-sorted permutation of all pages for the date sort; none of the three compresses
// (296 KB gzipped on the 29,912-article corpus). merge-index.ts writes it smaller (67 KB):
//   - ids: pages are listed in date order, so a page's id is its date rank in base 36 under a
//     directory named by its block of 1,024 ranks (`<token>/1a2`, `<token>/u7` when undated).
//     Consecutive ids cost little, and a result's id alone gives its date order, so
//   - no sort permutation: the search page sorts by id (query.ts, sortByDate);
//   - one word count for every page, REFERENCE_WORDS: a page's length goes into the weights of
//     its words instead (lengthWeight), which gives Pagefind's ranking the same scores;
//   - gzipped by Zopfli (pagefind-files.ts), which the now regular page list suits (86 -> 67 KB).
// Fragments live at fragment/<token>/<rank>.pf_fragment; a block's token changes with any of
// its fragments, so a cache can never pair one build's meta with another's fragments, and a
// rebuild that changes one page renames one block of fragments, not all of them.
/** Where a page goes in date order: its rank among dated pages, or among undated ones. */
export interface PageRank {
  rank: number;
  dated: boolean;
}

// Pagefind 1.6 reads a page's length in one place, BM25's term frequency (pagefind_web
// search.rs, calculate_bm25_word_score, with the default ranking: b = 0.75, term_frequency 1):
//   tf / (k1 · (1 − b + b · length / average) + tf),   tf = the sum of the word's weights / 24.
// With every page's length REFERENCE_WORDS (so the average is that too) and each weight divided
// by n = 1 − b + b · length / REFERENCE_WORDS, that is (tf / n) / (k1 + tf / n): the same score,
// but for weights being whole numbers. The page list then holds one number for all pages
// instead of ~40 distinct ones, which cost 22 KB of every first search on the corpus.
// The reference is fixed, not the archive's average, so that a shard's index (cached by its
// pages' content) and the delta index never depend on the rest of the archive. 331 is the step
// of roundWordCount's scale nearest the corpus's mean (298 words; median 212), so a page of
// that length keeps its weights as they are.
// The length goes in rounded (roundWordCount), as it went into pf_meta before: every posting of
// a page now repeats it in its weight mark, and ~40 distinct values compress better than
// exact ones (the corpus's index chunks: +11% exact, +9% rounded, against 24 everywhere).
export const REFERENCE_WORDS = 331;
const PAGE_LENGTH_B = 0.75;

/**
 * The weight Pagefind stores for one occurrence of a word weighing `weight` (24 in plain text) on
 * a page of `words` words, its length folded in (see above). Between 1 and 96: n >= 1 − b.
 */
export const lengthWeight = (weight: number, words: number): number => lengthWeigher(words)(weight);

/** lengthWeight for the occurrences of one page: its length's divisor worked out once. */
export function lengthWeigher(words: number): (weight: number) => number {
  const n = 1 - PAGE_LENGTH_B + (PAGE_LENGTH_B * roundWordCount(words)) / REFERENCE_WORDS;
  return (weight) => Math.max(1, Math.round(weight / n));
}

/**
 * A step of a geometric scale of ratio 1.25 from 16 words up (exact below; at most 12% off).
 * BM25 uses a page's length only relative to the average, a 12% step is finer than its
 * ranking can tell apart, and few distinct values compress better.
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
