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
import { CborWriter } from './cbor.ts';
import { CHUNK_SIZE, compareCodePoints, writeChunk, type Posting, type Word } from './index-chunk.ts';
import { encodePagefindFile, pagefindFileBody } from './pagefind-files.ts';
import { indexText, KEY_JOINER } from './pagefind-keys.ts';
import type { BundlePage, PageText, PagefindBase, ShardBundle } from './shard-index.ts';

// Pagefind weighs a word of plain text 24, and each of the n parts of a compound word 24/n
// (integer division), so a word with several keys counts less for each. Positions are written
// in groups by ascending weight, each opened by the mark -(weight + 1), its first position in
// full and the rest as gaps (probed from Pagefind 1.6's own output; tested against it).
const FULL_WEIGHT = 24;
const POSITION_BITS = 2 ** 24;

const sortedObject = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(record).sort(compareCodePoints).map((k) => [k, record[k]!]));

/** One occurrence: weight and position in one number, so that numeric order is Pagefind's. */
const occurrence = (weight: number, position: number): number => weight * POSITION_BITS + position;

/** The positions of one word on one page, as Pagefind writes them (see above), and their count. */
function positionBytes(occurrences: number[]): [Uint8Array, number] {
  occurrences.sort((a, b) => a - b);
  const items: number[] = [];
  let weight = -1;
  let previous = 0;
  for (const o of occurrences) {
    const w = Math.floor(o / POSITION_BITS);
    const position = o % POSITION_BITS;
    if (w !== weight) {
      items.push(-(w + 1));
      weight = w;
      previous = 0;
    }
    items.push(position - previous);
    previous = position;
  }
  const out = new CborWriter(items.length * 3 + 8).array(items.length);
  for (const item of items) out.integer(item);
  return [out.array(0).bytes(), items.length]; // no meta-field positions
}

/** The shard bundle of `pages`, as Pagefind's second pass would give it (see above). */
export function keyShard(pages: readonly PageText[], base: PagefindBase): ShardBundle {
  const ordered = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const words = new Map<string, Map<number, number[]>>();
  const filters: ShardBundle['filters'] = {};
  const metaFields = new Set<string>();
  const bundlePages: BundlePage[] = ordered.map((page, number) => {
    const text = indexText(page.content).split(' ').filter((w) => w !== '');
    text.forEach((word, position) => {
      const keys = word.split(KEY_JOINER).filter((k) => k !== '');
      const weight = Math.floor(FULL_WEIGHT / keys.length);
      for (const key of keys) {
        let onPages = words.get(key);
        if (!onPages) words.set(key, (onPages = new Map()));
        const occurrences = onPages.get(number);
        if (occurrences) occurrences.push(occurrence(weight, position));
        else onPages.set(number, [occurrence(weight, position)]);
      }
    });
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = (filters[name] ??= {});
      for (const value of values) (byValue[value] ??= []).push(number);
    }
    for (const field of Object.keys(page.meta)) metaFields.add(field);
    const fragment = { url: page.url, content: page.content, word_count: text.length, filters: sortedObject(page.filters), meta: sortedObject(page.meta), anchors: [] };
    return { url: page.url, date: page.meta.date ?? null, words: text.length, fragment: encodePagefindFile(JSON.stringify(fragment)) };
  });

  const chunks: Buffer[] = [];
  let pending: Word[] = [];
  let size = 0;
  for (const word of [...words.keys()].sort(compareCodePoints)) {
    const postings: Posting[] = [...words.get(word)!].map(([page, occurrences]) => [page, ...positionBytes(occurrences)]);
    pending.push([word, postings, []]);
    for (const [, , count] of postings) size += count + 1;
    if (size >= CHUNK_SIZE) {
      chunks.push(pagefindFileBody(writeChunk(pending)));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) chunks.push(pagefindFileBody(writeChunk(pending)));
  return { version: base.version, pages: bundlePages, chunks, filters, metaFields: [...metaFields].sort(compareCodePoints), entry: base.entry };
}
