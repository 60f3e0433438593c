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

/** A cursor over a chunk's CBOR: the items an index chunk is made of, checked as they are read. */
class ChunkReader {
  at = 0;
  private major = 0;

  constructor(readonly bytes: Uint8Array) {}

  private head(): number {
    const bytes = this.bytes;
    if (this.at >= bytes.length) throw new CborError('index chunk ends inside an item');
    const initial = bytes[this.at++]!;
    this.major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0 || this.at + size > bytes.length) throw new CborError(`unsupported or cut CBOR length at byte ${this.at - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[this.at++]!;
    return value;
  }

  array(what: string, length?: number): number {
    const n = this.head();
    if (this.major !== 4 || (length !== undefined && n !== length)) throw new CborError(`index chunk: ${what} is not an array${length === undefined ? '' : ` of ${length}`} at byte ${this.at}`);
    return n;
  }

  text(what: string): string {
    const n = this.head();
    if (this.major !== 3 || this.at + n > this.bytes.length) throw new CborError(`index chunk: ${what} is not a string at byte ${this.at}`);
    const value = utf8.decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return value;
  }

  /** A posting's page number (a difference from the previous posting's). */
  pageDelta(): number {
    const delta = this.head();
    if (this.major !== 0) throw new CborError(`index chunk: a page number is not an unsigned integer at byte ${this.at}`);
    return delta;
  }

  /** Skips an array of integers (positions: every posting's, so kept simple), returning its length. */
  integers(what: string, word: string): number {
    const bytes = this.bytes;
    const n = this.array(what);
    for (let i = 0; i < n; i++) {
      if (this.at >= bytes.length) throw new CborError('index chunk ends inside an item');
      const initial = bytes[this.at]!;
      const info = initial & 31;
      if (initial >> 6 !== 0 || info > 26) throw new CborError(`index chunk: the ${what} of ${word} hold a non-integer at byte ${this.at}`);
      this.at += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : 5;
    }
    if (this.at > bytes.length) throw new CborError('index chunk ends inside an item');
    return n;
  }

  /** A postings list, decoded: page numbers absolute, positions kept as their bytes. */
  postings(word: string): Posting[] {
    const n = this.array('a postings list');
    const list: Posting[] = new Array(n);
    let page = 0;
    for (let i = 0; i < n; i++) {
      this.array('a posting', 3);
      page += this.pageDelta();
      const start = this.at;
      const count = this.integers('positions', word);
      this.integers('meta positions', word);
      list[i] = [page, this.bytes.subarray(start, this.at), count];
    }
    return list;
  }

  /** A postings list, located (see WordEntry) rather than decoded. */
  locate(word: string): Omit<WordEntry, 'word' | 'plain' | 'variants' | 'bytes'> {
    const list = this.at;
    const n = this.array('a postings list');
    let firstEnd = this.at;
    let page = 0;
    let first = -1;
    let size = 0;
    for (let i = 0; i < n; i++) {
      this.array('a posting', 3);
      page += this.pageDelta();
      if (i === 0) {
        first = page;
        firstEnd = this.at;
      }
      size += this.integers('positions', word) + 1;
      this.integers('meta positions', word);
    }
    return { list, end: this.at, firstEnd, postings: n, first, last: page, size };
  }

  /** The chunk's words, each read by `word` (its string given; the reader at its postings list). */
  words<T>(word: (text: string) => T): T[] {
    this.array('the chunk', 1);
    const n = this.array('the word list');
    const words: T[] = new Array(n);
    for (let i = 0; i < n; i++) {
      this.array('a word entry', 3);
      words[i] = word(this.text('a word'));
    }
    if (this.at !== this.bytes.length) throw new CborError(`index chunk: ${this.bytes.length - this.at} bytes after the word list`);
    return words;
  }

  /** A word's variants (Pagefind's folded forms), decoded. */
  variants(): Variant[] {
    const variants: Variant[] = new Array(this.array('a variants list'));
    for (let v = 0; v < variants.length; v++) {
      this.array('a variant', 2);
      const form = this.text('a variant form');
      variants[v] = [form, this.postings(form)];
    }
    return variants;
  }
}

/** The words of a chunk's payload (after Pagefind's signature), page numbers made absolute. */
export function readChunk(bytes: Uint8Array): Word[] {
  const reader = new ChunkReader(bytes);
  return reader.words((word): Word => {
    const postings = reader.postings(word);
    return [word, postings, reader.variants()];
  });
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

/** A chunk of words as written: its payload, and its first and last word (for pf_meta's table). */
export interface WrittenChunk {
  payload: Buffer;
  first: string;
  last: string;
}

/**
 * Word entries written one after another (into `body`) and cut into chunks by Pagefind's rule:
 * a chunk closes once its words hold CHUNK_SIZE page entries plus positions.
 */
export class ChunkBuilder {
  readonly body = new CborWriter(1 << 18);
  private words = 0;
  private size = 0;
  private first = '';
  private last = '';

  /** Counts the entry just written for `word`, of `size` by the rule; the chunk, if that closed it. */
  added(word: string, size: number): WrittenChunk | undefined {
    if (this.words === 0) this.first = word;
    this.last = word;
    this.words++;
    this.size += size;
    return this.size >= CHUNK_SIZE ? this.close() : undefined;
  }

  /** The chunk of the words written since the last one closed, if any. */
  close(): WrittenChunk | undefined {
    if (this.words === 0) return undefined;
    const payload = Buffer.concat([new CborWriter(16).array(1).array(this.words).bytes(), this.body.bytes()]);
    const chunk = { payload, first: this.first, last: this.last };
    this.body.reset();
    this.words = 0;
    this.size = 0;
    return chunk;
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
  const reader = new ChunkReader(bytes);
  return reader.words((word): WordEntry => {
    const { list, end, firstEnd, postings, first, last, size } = reader.locate(word);
    return { word, bytes, list, end, firstEnd, postings, first, last, size, variants: reader.variants() };
  });
}

/** The postings of the list whose array head is at `from` (absolute pages), decoded. */
export function readPostings(bytes: Uint8Array, from: number, word: string): Posting[] {
  const reader = new ChunkReader(bytes);
  reader.at = from;
  return reader.postings(word);
}
