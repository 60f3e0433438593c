// Pagefind 1.6's word-index chunks (pf_index), read and written without decoding word
// positions: a merge only maps page numbers, so each posting's positions stay the bytes they
// were (no arrays of numbers to build and collect: on the 31k corpus that is 113 MB of CBOR).
// Layout: [[word, postings, variants]...]. A posting is [page number as the difference from
// the previous posting's, word positions, meta-field positions]; variants are the forms
// Pagefind folded into the word (أ into ا, é into e), each [form, postings].
import { CborError, CborWriter } from './cbor.ts';

// Pagefind's chunk size: a chunk closes once its words hold this many page entries plus
// positions (pagefind/src/index/mod.rs, chunk_index).
export const CHUNK_SIZE = 20_000;

/** Rust's (and Pagefind's) string order: by code point, which UTF-16 order differs from past U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Page number (absolute), the posting's positions as CBOR bytes, and how many there are. */
export type Posting = [page: number, positions: Uint8Array, count: number];
export type Variant = [form: string, postings: Posting[]];
export type Word = [word: string, postings: Posting[], variants: Variant[]];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const SURROGATE = /[\ud800-\udfff]/;

/** The words of a chunk's payload (after Pagefind's signature), page numbers made absolute. */
export function readChunk(bytes: Uint8Array): Word[] {
  let at = 0;
  let major = 0;
  const head = (): number => {
    if (at >= bytes.length) throw new CborError('index chunk ends inside an item');
    const initial = bytes[at++]!;
    major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0 || at + size > bytes.length) throw new CborError(`unsupported or cut CBOR length at byte ${at - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++]!;
    return value;
  };
  const array = (what: string, length?: number): number => {
    const n = head();
    if (major !== 4 || (length !== undefined && n !== length)) throw new CborError(`index chunk: ${what} is not an array${length === undefined ? '' : ` of ${length}`} at byte ${at}`);
    return n;
  };
  const text = (what: string): string => {
    const n = head();
    if (major !== 3 || at + n > bytes.length) throw new CborError(`index chunk: ${what} is not a string at byte ${at}`);
    const value = utf8.decode(bytes.subarray(at, at + n));
    at += n;
    return value;
  };
  const skip = (): void => {
    const n = head();
    if (major === 4) for (let i = 0; i < n; i++) skip();
    else if (major === 2 || major === 3) at += n;
    else if (major !== 0 && major !== 1) throw new CborError(`index chunk: unexpected CBOR major type ${major} at byte ${at}`);
  };
  const postings = (): Posting[] => {
    const n = array('a postings list');
    const list: Posting[] = new Array(n);
    let page = 0;
    for (let i = 0; i < n; i++) {
      array('a posting', 3);
      const delta = head();
      if (major !== 0) throw new CborError(`index chunk: a page number is not an unsigned integer at byte ${at}`);
      page += delta;
      const start = at;
      const count = head();
      if ((major as number) !== 4) throw new CborError(`index chunk: positions are not an array at byte ${at}`);
      at = start;
      skip();
      skip();
      list[i] = [page, bytes.subarray(start, at), count];
    }
    return list;
  };
  array('the chunk', 1);
  const n = array('the word list');
  const words: Word[] = new Array(n);
  for (let i = 0; i < n; i++) {
    array('a word entry', 3);
    const word = text('a word');
    const list = postings();
    const variants: Variant[] = new Array(array('a variants list'));
    for (let v = 0; v < variants.length; v++) {
      array('a variant', 2);
      variants[v] = [text('a variant form'), postings()];
    }
    words[i] = [word, list, variants];
  }
  if (at !== bytes.length) throw new CborError(`index chunk: ${bytes.length - at} bytes after the word list`);
  return words;
}

/** A chunk's payload for `words` (page numbers absolute and ascending within each list). */
export function writeChunk(words: readonly Word[]): Buffer {
  const out = new CborWriter(1 << 18);
  out.array(1).array(words.length);
  for (const word of words) writeWord(out, word);
  return out.bytes();
}

/** One word entry of a chunk, as writeChunk writes it. */
export function writeWord(out: CborWriter, [word, postings, variants]: Word): void {
  const list = (postings: readonly Posting[]): void => {
    out.array(postings.length);
    let previous = 0;
    for (const [page, positions] of postings) {
      out.array(3).integer(page - previous).raw(positions);
      previous = page;
    }
  };
  out.array(3).text(word);
  list(postings);
  out.array(variants.length);
  for (const [form, formPostings] of variants) {
    out.array(2).text(form);
    list(formPostings);
  }
}

/**
 * One word of a chunk, located rather than decoded (for the merge): where its postings list
 * lies in the chunk's bytes, how many postings, their first and last page (absolute), and
 * their size by Pagefind's chunk rule (each posting's positions plus one). Its variants are
 * decoded, as they are rare (Pagefind's folded forms; the build's own shards have none).
 */
export interface WordEntry {
  word: string;
  /** The word has no surrogate pairs, so plain string comparison orders it by code point. */
  plain: boolean;
  bytes: Uint8Array;
  /** Where the postings list's array head is, and where the list ends. */
  list: number;
  end: number;
  /** Where the first posting's page number ends (its positions follow). */
  firstEnd: number;
  postings: number;
  first: number;
  last: number;
  size: number;
  variants: Variant[];
}

/** The words of a chunk's payload as located entries (see WordEntry); one object per word. */
export function readChunkEntries(bytes: Uint8Array): WordEntry[] {
  let at = 0;
  let major = 0;
  const head = (): number => {
    if (at >= bytes.length) throw new CborError('index chunk ends inside an item');
    const initial = bytes[at++]!;
    major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0 || at + size > bytes.length) throw new CborError(`unsupported or cut CBOR length at byte ${at - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++]!;
    return value;
  };
  const array = (what: string, length?: number): number => {
    const n = head();
    if (major !== 4 || (length !== undefined && n !== length)) throw new CborError(`index chunk: ${what} is not an array${length === undefined ? '' : ` of ${length}`} at byte ${at}`);
    return n;
  };
  const text = (what: string): string => {
    const n = head();
    if (major !== 3 || at + n > bytes.length) throw new CborError(`index chunk: ${what} is not a string at byte ${at}`);
    const value = utf8.decode(bytes.subarray(at, at + n));
    at += n;
    return value;
  };
  /** Skips an array of integers (positions), returning its length. */
  /** Skips an array of integers (positions: every posting's, so inlined), returning its length. */
  const integers = (what: string, word: string): number => {
    const n = array(what);
    for (let i = 0; i < n; i++) {
      if (at >= bytes.length) throw new CborError('index chunk ends inside an item');
      const initial = bytes[at]!;
      const info = initial & 31;
      if (initial >> 6 !== 0 || info > 26) throw new CborError(`index chunk: the ${what} of ${word} hold a non-integer at byte ${at}`);
      at += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : 5;
    }
    if (at > bytes.length) throw new CborError('index chunk ends inside an item');
    return n;
  };
  const postings = (word: string): Omit<WordEntry, 'word' | 'plain' | 'variants' | 'bytes'> => {
    const list = at;
    const n = array('a postings list');
    let firstEnd = at;
    let page = 0;
    let first = -1;
    let size = 0;
    for (let i = 0; i < n; i++) {
      array('a posting', 3);
      const delta = head();
      if (major !== 0) throw new CborError(`index chunk: a page number is not an unsigned integer at byte ${at}`);
      page += delta;
      if (i === 0) {
        first = page;
        firstEnd = at;
      }
      size += integers('positions', word) + 1;
      integers('meta positions', word);
    }
    return { list, end: at, firstEnd, postings: n, first, last: page, size };
  };
  array('the chunk', 1);
  const n = array('the word list');
  const entries: WordEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    array('a word entry', 3);
    const word = text('a word');
    const located = postings(word);
    const variants: Variant[] = new Array(array('a variants list'));
    for (let v = 0; v < variants.length; v++) {
      array('a variant', 2);
      const form = text('a variant form');
      const from = at;
      const { end } = postings(form);
      variants[v] = [form, readPostings(bytes, from, end)];
    }
    entries[i] = { word, plain: !SURROGATE.test(word), bytes, ...located, variants };
  }
  if (at !== bytes.length) throw new CborError(`index chunk: ${bytes.length - at} bytes after the word list`);
  return entries;
}

/** The postings of the list whose array head is at `from` (absolute pages), decoded. */
export function readPostings(bytes: Uint8Array, from: number, end: number): Posting[] {
  // A chunk of one word holding just this list, read by readChunk.
  const out = new CborWriter(end - from + 16).array(1).array(1).array(3).text('').raw(bytes.subarray(from, end)).array(0).bytes();
  return readChunk(out)[0]![1];
}
