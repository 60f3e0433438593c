// Near-duplicate articles: the same story ingested twice with small edits (a sentence changed,
// a typo fixed, a byline or trailing text added). Pure and deterministic.
//
// Pipeline: fold spelling noise -> word k-shingles (32-bit hashes) -> MinHash signature ->
// LSH banding for candidate pairs -> exact Jaccard of the shingle sets >= threshold ->
// union-find into groups. Work and memory are linear in the input plus the candidate pairs.
//
// Grouping is transitive (A~B and B~C put A, B, C together even if A and C are less similar),
// so a duplicate's reported similarity, which is to `keep`, can be below the threshold.
// The groups as sets of keys do not depend on input order; only the choice of `keep` does:
// it is the member that comes first in `items`, so callers order items by preference.

export interface NearDupInput {
  key: string;
  text: string;
  /** sketchText(text), made beforehand (the build makes it in the ingest workers and caches it). */
  sketch?: NearDupSketch;
}

/**
 * What findNearDuplicates computes per text before comparing any: its folded word count, and its
 * MinHash signature, or its folded text when it is too short for one. Made once per article
 * (sketchText), it spares a rebuild hashing the whole archive's text again.
 */
export interface NearDupSketch {
  /** The shingle size and signature length it was made with (a sketch of others is not used). */
  shingle: number;
  hashes: number;
  words: number;
  signature?: Int32Array;
  /**
   * Its shingle set (sorted, distinct), beside the signature: checking a candidate pair needs
   * both texts' sets, and folding and hashing the texts again for them took most of the time
   * of a rebuild's duplicate search (~4,500 of the corpus's 31k articles are candidates).
   */
  shingles?: Int32Array;
  short?: string;
}
export interface NearDupGroup {
  keep: string;
  duplicates: { key: string; similarity: number }[];
}
export interface NearDupOptions {
  /** Jaccard similarity of the shingle sets at or above which two texts are near-duplicates. Default 0.8. */
  threshold?: number;
  /** Words per shingle. Default 5 (DEFAULT_SHINGLE). */
  shingle?: number;
  /** MinHash signature length. Default 64 (DEFAULT_HASHES: the exact Jaccard check makes more buy little). */
  hashes?: number;
  /** LSH bands (rows per band = floor(hashes / bands)). Default: chosen so a pair at the threshold is found >= 99.5% of the time. */
  bands?: number;
}

/** Texts with fewer folded words than this are only grouped when their folded text is identical:
 *  a handful of shingles makes a Jaccard score meaningless. Texts with no words are never grouped. */
export const MIN_WORDS = 20;
const DEFAULT_SHINGLE = 5;
const DEFAULT_HASHES = 64;

export function findNearDuplicates(items: readonly NearDupInput[], options: NearDupOptions = {}): NearDupGroup[] {
  const threshold = options.threshold ?? 0.8;
  const k = options.shingle ?? DEFAULT_SHINGLE;
  const hashes = options.hashes ?? DEFAULT_HASHES;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle must be a positive integer, got ${k}`);
  if (!Number.isInteger(hashes) || hashes < 1) throw new RangeError(`hashes must be a positive integer, got ${hashes}`);
  const bands = options.bands ?? chooseBands(hashes, threshold);
  if (!Number.isInteger(bands) || bands < 1 || bands > hashes) throw new RangeError(`bands must be an integer in [1, hashes], got ${bands}`);
  const rows = Math.floor(hashes / bands);

  const n = items.length;
  const shingles: (Int32Array | undefined)[] = new Array(n);
  const stride = signatureLength(hashes);
  const sigs = new Int32Array(n * stride);
  const sketchOf = sketcher(k, hashes);
  const uf = new UnionFind(n);
  const shortTexts = new Map<string, number>(); // folded text -> first index

  // Shingle sets are needed only to verify candidates: the sketch's, or made when first asked for.
  const sketched = new Array<boolean>(n).fill(false);
  const shingleOf = (d: number): Int32Array => (shingles[d] ??= shingleSet(wordHashes(items[d]!.text), k));
  for (let d = 0; d < n; d++) {
    const given = items[d]!.sketch;
    const sketch = given && given.shingle === k && given.hashes === hashes ? given : sketchOf(items[d]!.text);
    if (sketch.words === 0) continue;
    if (sketch.short !== undefined) {
      const first = shortTexts.get(sketch.short);
      if (first === undefined) shortTexts.set(sketch.short, d);
      else uf.union(first, d);
      continue;
    }
    sigs.set(sketch.signature!, d * stride);
    if (sketch.shingles) shingles[d] = sketch.shingles;
    sketched[d] = true;
  }

  // LSH: texts whose signatures agree on all rows of some band are candidates. A pair that
  // fails verification is remembered so other bands don't re-check it; a pair already in one
  // component is skipped, which leaves the components (and so the result) unchanged.
  const rejected = new Set<number>();
  const buckets = new Map<number, number[]>();
  for (let b = 0; b < bands; b++) {
    buckets.clear();
    for (let d = 0; d < n; d++) {
      if (!sketched[d]) continue;
      let h = 0x9747b28c ^ b;
      for (let r = d * stride + b * rows, end = r + rows; r < end; r++) h = Math.imul(h ^ sigs[r]!, 0x5bd1e995) ^ (h >>> 13);
      h = fmix32(h);
      const bucket = buckets.get(h);
      if (bucket === undefined) buckets.set(h, [d]);
      else bucket.push(d);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const p = bucket[x]!; // p < q: buckets fill in index order
          const q = bucket[y]!;
          if (uf.find(p) === uf.find(q)) continue;
          const pair = p * n + q;
          if (rejected.has(pair)) continue;
          if (jaccard(shingleOf(p), shingleOf(q)) >= threshold) uf.union(p, q);
          else rejected.add(pair);
        }
      }
    }
  }

  // Components in order of their first (lowest-index) member, which is `keep`.
  const members = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const root = uf.find(d);
    const list = members.get(root);
    if (list === undefined) members.set(root, [d]);
    else list.push(d);
  }
  const groups: NearDupGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const keep = list[0]!;
    const duplicates = list.slice(1).map((d) => ({
      key: items[d]!.key,
      similarity: sketched[keep] ? round3(jaccard(shingleOf(keep), shingleOf(d))) : 1,
    }));
    duplicates.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
    groups.push({ keep: items[keep]!.key, duplicates });
  }
  return groups;
}

/** The sketch findNearDuplicates makes of `text` with its defaults (or the given options). */
export function sketchText(text: string, options: Pick<NearDupOptions, 'shingle' | 'hashes'> = {}): NearDupSketch {
  if (options.shingle === undefined && options.hashes === undefined) return (defaultSketcher ??= sketcher(DEFAULT_SHINGLE, DEFAULT_HASHES))(text);
  return sketcher(options.shingle ?? DEFAULT_SHINGLE, options.hashes ?? DEFAULT_HASHES)(text);
}
let defaultSketcher: ((text: string) => NearDupSketch) | undefined;

/** minhash() computes hash functions in pairs: a signature of `hashes` takes this many slots. */
const signatureLength = (hashes: number): number => hashes + (hashes & 1);

/** Sketches with shingles of k words and `hashes` MinHash functions (their seeds drawn once). */
function sketcher(k: number, hashes: number): (text: string) => NearDupSketch {
  const stride = signatureLength(hashes);
  const { mulA, xorB } = minhashSeeds(stride);
  const minWords = Math.max(MIN_WORDS, k);
  return (text) => {
    const words = wordHashes(text);
    if (words.length === 0) return { shingle: k, hashes, words: 0 };
    if (words.length < minWords) return { shingle: k, hashes, words: words.length, short: foldWords(text) };
    const signature = new Int32Array(stride);
    const shingles = shingleSet(words, k);
    minhash(shingles, mulA, xorB, signature, 0);
    return { shingle: k, hashes, words: words.length, signature, shingles };
  };
}

/** The most rows per band (fewest chance candidates) that still finds a pair at the threshold with probability >= 0.995. */
function chooseBands(hashes: number, threshold: number): number {
  for (let rows = hashes; rows > 1; rows--) {
    const bands = Math.floor(hashes / rows);
    if (1 - (1 - threshold ** rows) ** bands >= 0.995) return bands;
  }
  return hashes;
}

// ---- Folding and tokenising -------------------------------------------------------------

const SEP = 0; // ends a word
const SKIP = 0xffff; // dropped inside a word: harakat, tatweel, format controls

/** Per UTF-16 code unit: SEP, SKIP, or the folded character. Built once, lazily (~65k regex tests). */
let foldTable: Uint16Array | undefined;
function table(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  const wordChar = /^[\p{L}\p{N}]$/u;
  const ignorable = /^[\p{Mn}\p{Cf}]$/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c === 0x0640 || ignorable.test(ch)) t[c] = SKIP;
    else if (wordChar.test(ch)) {
      const lower = ch.toLowerCase();
      t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    } else t[c] = SEP;
  }
  // Spelling variants that writers and OCR mix freely.
  const folds: [string, string][] = [
    ['أإآٱ', 'ا'],
    ['ؤ', 'و'],
    ['ئى', 'ي'],
    ['ة', 'ه'],
    ['٠۰', '0'], ['١۱', '1'], ['٢۲', '2'], ['٣۳', '3'], ['٤۴', '4'],
    ['٥۵', '5'], ['٦۶', '6'], ['٧۷', '7'], ['٨۸', '8'], ['٩۹', '9'],
  ];
  for (const [from, to] of folds) for (const ch of from) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  foldTable = t;
  return t;
}

let wordBuf = new Int32Array(1024);

/** 32-bit hashes of the folded words of `text` (FNV-1a over folded code units, then mixed). */
function wordHashes(text: string): Int32Array {
  const t = table();
  let count = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0, len = text.length; i <= len; i++) {
    const m = i < len ? t[text.charCodeAt(i)]! : SEP;
    if (m === SKIP) continue;
    if (m !== SEP) {
      h = Math.imul(h ^ m, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (count === wordBuf.length) {
        const bigger = new Int32Array(wordBuf.length * 2);
        bigger.set(wordBuf);
        wordBuf = bigger;
      }
      wordBuf[count++] = fmix32(h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return wordBuf.subarray(0, count); // a view of a reused buffer: consume before the next call
}

/** The folded words of `text` joined by single spaces: what search and comparison see. */
export function foldWords(text: string): string {
  const t = table();
  let out = '';
  let word = '';
  for (let i = 0, len = text.length; i <= len; i++) {
    const m = i < len ? t[text.charCodeAt(i)]! : SEP;
    if (m === SKIP) continue;
    if (m !== SEP) word += String.fromCharCode(m);
    else if (word !== '') {
      out += out === '' ? word : ' ' + word;
      word = '';
    }
  }
  return out;
}

/** Sorted, distinct hashes of every run of k consecutive words. */
function shingleSet(words: Int32Array, k: number): Int32Array {
  const count = words.length - k + 1;
  const all = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    let h = k;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ words[s + j]!, 0x01000193) ^ (h >>> 15);
    all[s] = fmix32(h);
  }
  all.sort();
  let u = 0;
  for (let s = 0; s < count; s++) if (s === 0 || all[s] !== all[u - 1]) all[u++] = all[s]!;
  return all.slice(0, u);
}

/** Writes one minimum per hash function into out[offset...]. Hash i of a shingle is a cheap
 *  bijection of its already well-mixed hash. Values stay int32 and compare signed (any fixed
 *  order works for MinHash), so V8 keeps them unboxed; two functions per pass and branch-free
 *  minimums make this, the hot loop, about twice as fast. */
function minhash(set: Int32Array, mulA: Int32Array, xorB: Int32Array, out: Int32Array, offset: number): void {
  for (let i = 0; i < mulA.length; i += 2) {
    const a0 = mulA[i]!;
    const b0 = xorB[i]!;
    const a1 = mulA[i + 1]!;
    const b1 = xorB[i + 1]!;
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    for (let s = 0; s < set.length; s++) {
      const x = set[s]!;
      let v = Math.imul(x ^ b0, a0);
      v ^= v >>> 15;
      min0 = v < min0 ? v : min0;
      v = Math.imul(x ^ b1, a1);
      v ^= v >>> 15;
      min1 = v < min1 ? v : min1;
    }
    out[offset + i] = min0;
    out[offset + i + 1] = min1;
  }
}

/** Exact Jaccard similarity of two sorted, distinct hash sets. */
function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

// ---- Hashing helpers ---------------------------------------------------------------------

/** murmur3's finaliser: spreads every input bit over the whole 32-bit output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Fixed seeds (mulberry32 from a constant) so signatures are the same on every run. */
function minhashSeeds(count: number): { mulA: Int32Array; xorB: Int32Array } {
  let state = 0x2545f491;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) | 0;
  };
  const mulA = new Int32Array(count);
  const xorB = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    mulA[i] = next() | 1; // odd: multiplication mod 2^32 is then a bijection
    xorB[i] = next();
  }
  return { mulA, xorB };
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!; // path halving
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
