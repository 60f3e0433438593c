// Pass 2 of a shard written directly: the Pagefind index of the normalised keys, built here
// rather than by a second Pagefind run. Pagefind would be handed one custom record per page
// whose content is indexText(text) and, since that content is already one plain word of keys
// per position, all it does is split it on spaces, split each multi-key word on the joiner,
// and record positions. Doing that here costs a fraction of a Pagefind run (no second service
// holding the shard, no round trips, no files to decode), and the output is tested to be the
// same words, pages, positions, weights, filters and fragments as Pagefind's own
// (search-merge.test.ts), with three differences, all deliberate:
//   - the joined forms of multi-key words are not written (no query can ask for one);
//   - the page titles' raw words, which Pagefind also indexes as metadata, are not either (no
//     query key can match one: keys end with the sentinel; every title is in the body's keys);
//   - a key is never cut further. Pagefind splits words at Latin letter/digit boundaries
//     (convert_case), so `s6plus§` also gave `plus§` and a key inside a multi-key word was lost
//     to its pieces; here every key of a word, and only they, point at its position. On 3,000
//     corpus pages this touched 31 of 131,000 words, all Latin or digits.
// (The shard's pages are also numbered in the merged index's order rather than Pagefind's URL
// order, which changes numbers, not meaning: see keyShard.)
import { CborWriter } from './cbor.ts';
import { lengthWeigher } from './compact-meta.ts';
import { ChunkBuilder, compareCodePoints } from './index-chunk.ts';
import { encodeFragment, pagefindFileBody } from './pagefind-files.ts';
import { indexToken, KEY_JOINER } from './pagefind-keys.ts';
import { tokenize } from './normalize.ts';
import { pageOrderKey } from './shard-plan.ts';
import type { BundlePage, PageText, PagefindBase, ShardBundle } from './shard-index.ts';

// Pagefind weighs a word of plain text 24, and each of the n parts of a compound word 24/n
// (integer division), so a word with several keys counts less for each. Positions are written
// in groups by ascending weight, each opened by the mark -(weight + 1), its first position in
// full and the rest as gaps (probed from Pagefind 1.6's own output; tested against it).
// Each weight is then divided by the page's length (compact-meta.ts, lengthWeight): at most 96,
// so weight and position still fit in one Int32.
const FULL_WEIGHT = 24;
const POSITION_BITS = 2 ** 24;

const sortedObject = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(record).sort(compareCodePoints).map((k) => [k, record[k]!]));

/** A list of 32-bit integers appended to, in one typed array that doubles when full. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** One occurrence: weight and position in one number, so that numeric order is Pagefind's. */
const occurrence = (weight: number, position: number): number => weight * POSITION_BITS + position;

/**
 * Writes the positions of one word on one page as Pagefind does (see above), with the empty
 * meta-field positions after them; returns how many items that was. The occurrences are
 * `flat[from..to)`, in position order: written by ascending weight, each weight's in that order.
 */
function writePositions(out: CborWriter, flat: Int32Array, from: number, to: number): number {
  // A word's few weights (24, 12, 8…), ascending; most words have one.
  const weights: number[] = [];
  for (let i = from; i < to; i++) {
    const w = Math.floor(flat[i]! / POSITION_BITS);
    if (!weights.includes(w)) weights.push(w);
  }
  if (weights.length > 1) weights.sort((a, b) => a - b);
  const items = to - from + weights.length;
  out.array(items);
  for (const w of weights) {
    out.integer(-(w + 1));
    let previous = 0;
    for (let i = from; i < to; i++) {
      const o = flat[i]!;
      if (Math.floor(o / POSITION_BITS) !== w) continue;
      const position = o % POSITION_BITS;
      out.integer(position - previous);
      previous = position;
    }
  }
  out.array(0); // no meta-field positions
  return items;
}

/** Occurrences grouped by key: key k's are at [startOf[k], startOf[k + 1]), in page order. */
interface Grouped {
  startOf: Int32Array;
  pageAt: Int32Array;
  occurrences: Int32Array;
}

// The two loops below are functions of their own, not part of keyShard: V8 compiled keyShard's
// loops on-stack again and again in every shard (115 times in a corpus build, ~19 ms each),
// each later loop deoptimising the code made for the first ones.

/** A counting sort of the occurrences by key, which keeps their page and position order within a key. */
function groupByKey(keyOf: IntList, pageOf: IntList, occurrenceOf: IntList, keys: number): Grouped {
  const total = keyOf.length;
  const keyData = keyOf.data;
  const startOf = new Int32Array(keys + 1);
  for (let i = 0; i < total; i++) startOf[keyData[i]! + 1]!++;
  for (let k = 0; k < keys; k++) startOf[k + 1]! += startOf[k]!;
  const next = startOf.slice(0, keys);
  const pageAt = new Int32Array(total);
  const occurrences = new Int32Array(total);
  const pageData = pageOf.data;
  const occurrenceData = occurrenceOf.data;
  for (let i = 0; i < total; i++) {
    const at = next[keyData[i]!]!++;
    pageAt[at] = pageData[i]!;
    occurrences[at] = occurrenceData[i]!;
  }
  return { startOf, pageAt, occurrences };
}

/**
 * The chunks, written as writeChunk would write them from postings (index-chunk.ts), but
 * straight from the occurrences: [[word, [[page delta, positions, []]...], []]...].
 */
function writeChunks(keyNames: readonly string[], { startOf, pageAt, occurrences }: Grouped): Buffer[] {
  const chunks: Buffer[] = [];
  const builder = new ChunkBuilder();
  const body = builder.body;
  const order = keyNames.map((_, id) => id).sort((a, b) => compareCodePoints(keyNames[a]!, keyNames[b]!));
  for (const id of order) {
    const from = startOf[id]!;
    const to = startOf[id + 1]!;
    let onPages = 0;
    for (let i = from; i < to; i++) if (i === from || pageAt[i] !== pageAt[i - 1]) onPages++;
    body.array(3).text(keyNames[id]!).array(onPages);
    let previous = 0;
    let size = 0;
    for (let i = from; i < to; ) {
      const page = pageAt[i]!;
      let end = i + 1;
      while (end < to && pageAt[end] === page) end++;
      body.array(3).integer(page - previous);
      previous = page;
      size += writePositions(body, occurrences, i, end) + 1;
      i = end;
    }
    body.array(0); // no variants: keys are already folded
    const full = builder.added(keyNames[id]!, size);
    if (full) chunks.push(pagefindFileBody(full.payload));
  }
  const rest = builder.close();
  if (rest) chunks.push(pagefindFileBody(rest.payload));
  return chunks;
}

/** The shard bundle of `pages`, as Pagefind's second pass would give it (see above). */
export function keyShard(pages: readonly PageText[], base: PagefindBase): ShardBundle {
  // Pages in the merged index's order (shard-plan.ts, pageOrderKey): a shard then maps onto the
  // merged page list by an offset, and the merge copies its postings unchanged.
  const ordered = pages.map((page) => ({ page, key: pageOrderKey({ url: page.url, date: page.meta.date ?? null }) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ page }) => page);
  // Keys are numbered as they are first met. Every occurrence is appended, in page and
  // position order, to flat typed arrays (key, page, weight and position), then they are
  // grouped by key with a counting sort, which keeps that order within a key. Kept per key
  // in arrays instead, the appends scattered over a quarter of a million keys' arrays and
  // took most of this function's time (memory access, not arithmetic).
  const keyNames: string[] = [];
  const keyIds = new Map<string, number>();
  const keyId = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyNames.push(key) - 1;
      keyIds.set(key, id);
    }
    return id;
  };
  const keyOf = new IntList();
  const pageOf = new IntList();
  const occurrenceOf = new IntList();
  // A word's keys by its surface form (news text repeats its words): the positions it takes
  // (indexToken's space-separated words; none for a word without keys), the keys at each.
  const keysOf = new Map<string, number[][]>();
  const filters: ShardBundle['filters'] = {};
  const metaFields = new Set<string>();
  const bundlePages: BundlePage[] = ordered.map((page, number) => {
    let position = 0;
    const first = occurrenceOf.length;
    for (const token of tokenize(page.content)) {
      let positions = keysOf.get(token.surface);
      if (!positions) {
        positions = indexToken(token.surface)
          .split(' ')
          .filter((w) => w !== '')
          .map((word) => word.split(KEY_JOINER).filter((k) => k !== '').map(keyId));
        keysOf.set(token.surface, positions);
      }
      for (const ids of positions) {
        const o = occurrence(Math.floor(FULL_WEIGHT / ids.length), position);
        for (const id of ids) {
          keyOf.push(id);
          pageOf.push(number);
          occurrenceOf.push(o);
        }
        position++;
      }
    }
    // The page's length, known now, into its weights (the page list says REFERENCE_WORDS).
    const occurrences = occurrenceOf.data;
    const weigh = lengthWeigher(position);
    for (let i = first; i < occurrenceOf.length; i++) {
      const o = occurrences[i]!;
      occurrences[i] = occurrence(weigh(Math.floor(o / POSITION_BITS)), o % POSITION_BITS);
    }
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = (filters[name] ??= {});
      for (const value of values) (byValue[value] ??= []).push(number);
    }
    for (const field of Object.keys(page.meta)) metaFields.add(field);
    const fragment = { url: page.url, content: page.content, word_count: position, filters: sortedObject(page.filters), meta: sortedObject(page.meta), anchors: [] };
    return { url: page.url, date: page.meta.date ?? null, fragment: encodeFragment(fragment) };
  });

  const grouped = groupByKey(keyOf, pageOf, occurrenceOf, keyNames.length);
  const chunks = writeChunks(keyNames, grouped);
  return { version: base.version, pages: bundlePages, chunks, filters, metaFields: [...metaFields].sort(compareCodePoints), entry: base.entry };
}
