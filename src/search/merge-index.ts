// Shards (shard-index.ts) joined into the one Pagefind index the search page loads, in
// Pagefind 1.6's own format, as if Pagefind had indexed every page at once:
//   pages    all shards' pages in date order (dated oldest first, then undated, each day's
//            pages by URL hash: shard-plan.ts, pageOrderKey), named by date rank
//            (compact-meta.ts) under a token per block of ranks that changes with any page of
//            the block;
//   words    a streaming k-way merge of the shards' word chunks (each sorted, as Pagefind
//            writes them), page numbers mapped to the merged order (a shard that is one run of
//            it, as the build's are, has its postings copied as bytes), cut into chunks by
//            Pagefind's own rule; only one chunk per shard is located at a time;
//   filters  each value's pages, mapped the same way.
// Every file's name changes with its content (chunks, filters and meta are named by hash,
// fragments by their block's token), so the merge writes into the folder an earlier merge left,
// writing only files it does not hold and removing the ones no longer named: a rebuild that
// changes one article rewrites a few chunks and one block of fragments, not 30,000 files.
// Words that are Pagefind's joins of a compound word (`key1§key2§`, see pagefind-keys.ts) are
// left out: no query can ask for one (a query key ends at its first §), and each part is
// indexed on its own at the same position.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { inFlight } from '../in-flight.ts';
import { CborWriter, type Cbor } from './cbor.ts';
import { ChunkBuilder, compareCodePoints, readChunkEntries, readPostings, writeWord, type Posting, type Variant, type WordEntry, type WrittenChunk } from './index-chunk.ts';

export { compareCodePoints };
import { pageId, REFERENCE_WORDS, type PageRank } from './compact-meta.ts';
import { pageOrderKey } from './shard-plan.ts';
import { decodePagefindFile, encodePagefindFileAsync, encodePagefindFileSmallest } from './pagefind-files.ts';
import { SENTINEL } from './pagefind-keys.ts';
import { INDEX_LANGUAGE, type BundleAsset, type ShardBundle } from './shard-index.ts';

export class MergeIndexError extends Error {}

const SUPPORTED = /^1\.6\./;
/** Pages per fragment block: a change to one page renames the fragments of its block only. */
export const FRAGMENT_BLOCK = 1024;
// Chunks being gzipped at once (zlib runs them on libuv's threads, so on every core), and how
// hard: the chunks are most of the index's bytes and of its gzip time (pagefind-files.ts).
const GZIP_IN_FLIGHT = 8;
const CHUNK_GZIP_LEVEL = 6;

/** Pagefind's chunk bounds between two neighbours: the shortest prefixes that tell them apart. */
export function chunkBounds(last: string, next: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(next);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** A word Pagefind made by joining a compound word's parts: more than one sentinel in it. */
export function isCompoundJoin(word: string): boolean {
  const first = word.indexOf(SENTINEL);
  return first !== -1 && first !== word.length - 1;
}

/** One shard's words in order, one chunk located at a time (index-chunk.ts, WordEntry). */
class WordCursor {
  private chunk = -1;
  private entries: WordEntry[] = [];
  private at = 0;
  entry: WordEntry | undefined;

  constructor(
    readonly shard: number,
    private readonly chunks: readonly Buffer[],
  ) {
    this.advance();
  }

  advance(): void {
    const previous = this.entry;
    this.at++;
    while (this.at >= this.entries.length) {
      if (++this.chunk >= this.chunks.length) {
        this.entry = undefined;
        return;
      }
      try {
        this.entries = readChunkEntries(decodePagefindFile(this.chunks[this.chunk]!));
      } catch (error) {
        throw new MergeIndexError(`shard ${this.shard}: index chunk ${this.chunk}: ${(error as Error).message}`);
      }
      this.at = 0;
    }
    const entry = this.entries[this.at]!;
    if (previous !== undefined && compareCodePoints(previous.word, entry.word) >= 0) {
      throw new MergeIndexError(`shard ${this.shard}: words out of order (${previous.word}, ${entry.word})`);
    }
    this.entry = entry;
  }
}

/** A binary min-heap of cursors by current word (the merge's k is the number of shards). */
class CursorHeap {
  private readonly items: WordCursor[] = [];
  get size(): number {
    return this.items.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i]!.entry!;
    const b = this.items[j]!.entry!;
    // Not the native <: V8 compares two-byte (Arabic) strings in its runtime, its top cost in
    // the corpus merge (perf: ~1.1 s); with this loop the merge took ~0.9 s less.
    const c = compareCodePoints(a.word, b.word);
    return c < 0 || (c === 0 && this.items[i]!.shard < this.items[j]!.shard);
  }
  private swap(i: number, j: number): void {
    [this.items[i], this.items[j]] = [this.items[j]!, this.items[i]!];
  }
  push(cursor: WordCursor): void {
    if (cursor.entry === undefined) return;
    this.items.push(cursor);
    for (let i = this.items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): WordCursor | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  peek(): WordCursor | undefined {
    return this.items[0];
  }
}

/** A short content name, as Pagefind gives its files (`und_1a2b3c4`), longer on a collision. */
function namer(): (bytes: Uint8Array) => string {
  const taken = new Set<string>();
  return (bytes) => {
    const hash = createHash('sha256').update(bytes).digest('hex');
    let length = 7;
    while (taken.has(hash.slice(0, length))) length++;
    const name = hash.slice(0, length);
    taken.add(name);
    return `${INDEX_LANGUAGE}_${name}`;
  };
}

export interface MergedPage {
  shard: number;
  local: number;
  url: string;
  date: string | null;
}

/** The order pages are merged in (pageOrderKey: by date, undated last), with their date ranks. */
export function mergedOrder(shards: readonly Pick<ShardBundle, 'pages'>[]): { page: MergedPage; rank: PageRank }[] {
  const all = shards.flatMap((s, shard) => s.pages.map((p, local) => ({ page: { shard, local, url: p.url, date: p.date }, key: pageOrderKey(p) })));
  all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const urls = new Set<string>();
  for (const { page } of all) {
    if (urls.has(page.url)) throw new MergeIndexError(`page ${page.url} is in two shards`);
    urls.add(page.url);
  }
  const undated = all.findIndex(({ key }) => key.startsWith('u'));
  return all.map(({ page }, i) => ({ page, rank: undated === -1 || i < undated ? { rank: i, dated: true } : { rank: i - undated, dated: false } }));
}

/** A shard's postings with page numbers in the merged order, added to `into`. */
function remapped(postings: readonly Posting[], map: Int32Array, into: Posting[], where: () => string): void {
  for (const [local, positions, count] of postings) {
    const global = map[local];
    if (global === undefined || global < 0) throw new MergeIndexError(`${where()} names page ${local}, which its shard does not have`);
    into.push([global, positions, count]);
  }
}

const byPage = (a: Posting, b: Posting): number => a[0] - b[0];
const sizeOf = (postings: readonly Posting[]): number => postings.reduce((sum, p) => sum + p[2] + 1, 0);

export interface MergeSummary {
  pages: number;
  words: number;
  chunks: number;
  /** Compound-word joins left out (see isCompoundJoin). */
  joinsDropped: number;
  /** Words whose postings were decoded and mapped, not copied (see the words section below). */
  decoded: number;
}

/** A merge's summary, with every page's id in the merged order (for the delta index). */
export interface MergeResult extends MergeSummary {
  ids: { url: string; date: string | null; id: string }[];
}

/**
 * Writes the merged index of `shards` into `outputPath` (replacing what was there, and writing
 * only files it lacks): pf_meta, entry, word and filter chunks, fragments, and Pagefind's own
 * code (`assets`).
 */
export async function mergeShards(shards: readonly ShardBundle[], outputPath: string, assets: readonly BundleAsset[], fragmentBlock = FRAGMENT_BLOCK): Promise<MergeResult> {
  if (shards.length === 0) throw new MergeIndexError('no shards to merge');
  const { version, entry } = shards[0]!;
  if (!SUPPORTED.test(version)) throw new MergeIndexError(`Pagefind index version ${version} is not one this merge knows (1.6)`);
  for (const shard of shards) {
    if (shard.version !== version) throw new MergeIndexError(`shards from two Pagefind versions (${version}, ${shard.version})`);
    if (JSON.stringify(shard.entry.include_characters) !== JSON.stringify(entry.include_characters)) throw new MergeIndexError('shards indexed with different include_characters');
  }

  const order = mergedOrder(shards);
  const remap = shards.map((s) => new Int32Array(s.pages.length).fill(-1));
  order.forEach(({ page }, global) => (remap[page.shard]![page.local] = global));
  // A block's token changes whenever any of its fragments does, or its pages' order: a cache
  // never pairs one build's meta with another's fragments.
  const blockHashes = new Map<string, ReturnType<typeof createHash>>();
  const blockOf = ({ rank, dated }: PageRank): string => `${dated ? 'd' : 'u'}${Math.floor(rank / fragmentBlock)}`;
  for (const { page, rank } of order) {
    const block = blockOf(rank);
    const hash = blockHashes.get(block) ?? blockHashes.set(block, createHash('sha256').update(block)).get(block)!;
    hash.update(createHash('sha256').update(shards[page.shard]!.pages[page.local]!.fragment).digest());
  }
  const tokens = new Map([...blockHashes].map(([block, hash]) => [block, hash.digest('hex').slice(0, 12)]));
  const idOf = (rank: PageRank): string => pageId(tokens.get(blockOf(rank))!, rank);

  // Files named by content are written only when the folder does not hold them yet. Chunk,
  // filter and meta names are Pagefind's short hashes, which two builds' files can share: a
  // file held under the name is kept only if it holds this payload.
  const kept = new Set<string>();
  const holds = (path: string, payload: Uint8Array): boolean => {
    kept.add(path);
    try {
      return decodePagefindFile(readFileSync(join(outputPath, path))).equals(payload);
    } catch {
      return false; // not there (or not a Pagefind file)
    }
  };
  const put = (path: string, content: Uint8Array): void => {
    kept.add(path);
    mkdirSync(dirname(join(outputPath, path)), { recursive: true });
    // A new file, never written into: the folder's files may be hard links to the live tree's.
    rmSync(join(outputPath, path), { force: true });
    writeFileSync(join(outputPath, path), content);
  };

  // Fragments are many: their block token (12 hex digits of a hash of the whole block) names
  // them, and one listing of the folder tells which are there. The others are written while the
  // words are merged: creating 30,000 files is the kernel's work (1-12 s on this disk), done on
  // libuv's threads, on the core the merge leaves idle, instead of after the merge on this one.
  const present = filesUnder(outputPath, 'fragment');
  const fragments: { path: string; content: Uint8Array }[] = [];
  for (const { page, rank } of order) {
    const path = `fragment/${idOf(rank)}.pf_fragment`;
    kept.add(path);
    if (!present.has(path)) fragments.push({ path, content: shards[page.shard]!.pages[page.local]!.fragment });
  }
  const fragmentsWritten = writeNewFiles(outputPath, fragments);
  fragmentsWritten.catch(() => {}); // awaited below; handled here so a failure is not reported before

  // Words. A shard whose pages are one run of the merged order (the build's shards: shard-plan.ts
  // cuts runs of that order, and key-index.ts lists their pages in it) maps its page numbers by
  // an offset, so its postings are copied as they are, only each list's first page number
  // rewritten. Other shards' postings (Pagefind's own shards, in URL order) are decoded and mapped.
  const offsets = remap.map((map) => {
    for (let i = 1; i < map.length; i++) if (map[i] !== map[0]! + i) return -1;
    return map[0] ?? 0;
  });
  const nameChunk = namer();
  const table: { first: string; last: string; name: string }[] = [];
  const writing: Promise<void>[] = [];
  const builder = new ChunkBuilder();
  const body = builder.body;
  let words = 0;
  let joinsDropped = 0;
  let decoded = 0;
  const write = async ({ payload, first, last }: WrittenChunk): Promise<void> => {
    const name = nameChunk(payload);
    table.push({ first, last, name });
    const path = `index/${name}.pf_index`;
    if (!holds(path, payload)) writing.push(encodePagefindFileAsync(payload, CHUNK_GZIP_LEVEL).then((file) => put(path, file)));
    if (writing.length >= GZIP_IN_FLIGHT) await Promise.all(writing.splice(0));
  };
  const heap = new CursorHeap();
  shards.forEach((shard, i) => heap.push(new WordCursor(i, shard.chunks)));
  const segments: { shard: number; entry: WordEntry }[] = [];
  const byOffset = (a: { shard: number }, b: { shard: number }): number => offsets[a.shard]! - offsets[b.shard]!;
  while (heap.size > 0) {
    const word = heap.peek()!.entry!.word;
    segments.length = 0;
    while (heap.size > 0 && heap.peek()!.entry!.word === word) {
      const cursor = heap.pop()!;
      segments.push({ shard: cursor.shard, entry: cursor.entry! });
      cursor.advance();
      heap.push(cursor);
    }
    if (isCompoundJoin(word)) {
      joinsDropped++;
      continue;
    }
    // (Plain loops: this runs once per word, 240,000 times on the corpus.)
    let size = 0;
    let copied = true;
    let postingCount = 0;
    for (const { shard, entry } of segments) {
      if (offsets[shard]! < 0 || entry.variants.length > 0) copied = false;
      postingCount += entry.postings;
    }
    if (copied) {
      if (segments.length > 1) segments.sort(byOffset);
      body.array(3).text(word).array(postingCount);
      let previous = 0;
      for (const { shard, entry } of segments) {
        const offset = offsets[shard]!;
        body.array(3).integer(entry.first + offset - previous).raw(entry.bytes.subarray(entry.firstEnd, entry.end));
        previous = entry.last + offset;
        size += entry.size;
      }
      body.array(0);
    } else {
      decoded++;
      const postings: Posting[] = [];
      const variants = new Map<string, Posting[]>();
      for (const { shard, entry } of segments) {
        const map = remap[shard]!;
        const where = (): string => `shard ${shard}: word ${word}`;
        remapped(readPostings(entry.bytes, entry.list, word), map, postings, where);
        for (const [form, formPostings] of entry.variants) {
          const list = variants.get(form) ?? [];
          remapped(formPostings, map, list, where);
          variants.set(form, list);
        }
      }
      const forms: Variant[] = [...variants.keys()].sort(compareCodePoints).map((form) => [form, variants.get(form)!.sort(byPage)]);
      writeWord(body, [word, postings.sort(byPage), forms]);
      size = sizeOf(postings) + forms.reduce((sum, [, list]) => sum + sizeOf(list), 0);
    }
    words++;
    const full = builder.added(word, size);
    if (full) await write(full);
  }
  const rest = builder.close();
  if (rest) await write(rest);
  await Promise.all(writing);
  const chunkTable: Cbor[] = table.map(({ first, last, name }) => [first, last, name]);
  for (let i = 0; i + 1 < table.length; i++) {
    const [to, from] = chunkBounds(table[i]!.last, table[i + 1]!.first);
    (chunkTable[i] as Cbor[])[1] = to;
    (chunkTable[i + 1] as Cbor[])[0] = from;
  }

  // Filters.
  const nameFilter = namer();
  const filterNames = [...new Set(shards.flatMap((s) => Object.keys(s.filters)))].sort(compareCodePoints);
  const filterTable: Cbor[] = [];
  for (const filter of filterNames) {
    const values = new Map<string, number[]>();
    shards.forEach((shard, i) => {
      for (const [value, pages] of Object.entries(shard.filters[filter] ?? {})) {
        const list = values.get(value) ?? [];
        for (const local of pages) list.push(remap[i]![local]!);
        values.set(value, list);
      }
    });
    const payload = new CborWriter().item([filter, [...values.keys()].sort(compareCodePoints).map((value) => [value, values.get(value)!.sort((a, b) => a - b)])]).bytes();
    const name = nameFilter(payload);
    const path = `filter/${name}.pf_filter`;
    if (!holds(path, payload)) put(path, await encodePagefindFileAsync(payload));
    filterTable.push([filter, name]);
  }

  // Pages and meta.
  // One length for every page: each page's own is in its words' weights (compact-meta.ts).
  const pageList: Cbor[] = order.map(({ rank }) => [idOf(rank), REFERENCE_WORDS, '']);
  const metaFields = [...new Set(shards.flatMap((s) => s.metaFields))].sort(compareCodePoints);
  const metaBytes = await encodePagefindFileSmallest(new CborWriter().item([version, pageList, chunkTable, filterTable, [], metaFields]).bytes());
  const metaHash = `${INDEX_LANGUAGE}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, 11)}`;

  await fragmentsWritten;
  // Pagefind's code and the entry keep their names whatever they hold: always written.
  for (const asset of assets) put(asset.path, asset.content);
  put(`pagefind.${metaHash}.pf_meta`, metaBytes); // one file, named by its gzipped bytes
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language) throw new MergeIndexError(`the shards hold no index for language ${INDEX_LANGUAGE}`);
  const mergedEntry = { ...entry, languages: { [INDEX_LANGUAGE]: { ...language, hash: metaHash, page_count: order.length } } };
  put('pagefind-entry.json', Buffer.from(JSON.stringify(mergedEntry)));
  removeOthers(outputPath, kept);
  return { pages: order.length, words, chunks: table.length, joinsDropped, decoded, ids: order.map(({ page, rank }) => ({ url: page.url, date: page.date, id: idOf(rank) })) };
}

/** `path` relative to `root`, with / between parts: how `kept` and the merge name files. */
const pathIn = (root: string, path: string): string => relative(root, path).split(sep).join('/');

/** The files under `root`/`folder`, as paths relative to `root` (pathIn). */
function filesUnder(root: string, folder: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(join(root, folder))) return files;
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(pathIn(root, join(entry.parentPath, entry.name)));
  }
  return files;
}

/**
 * Writes files that are not there yet (so none is a hard link to the live tree's), their folders
 * made first, 32 at a time.
 */
async function writeNewFiles(root: string, files: readonly { path: string; content: Uint8Array }[]): Promise<void> {
  for (const folder of new Set(files.map((f) => dirname(join(root, f.path))))) mkdirSync(folder, { recursive: true });
  await inFlight(files, 32, ({ path, content }) => writeFile(join(root, path), content));
}

/** Removes every file under `dir` not in `kept` (paths relative to it), and folders left empty. */
function removeOthers(dir: string, kept: ReadonlySet<string>): void {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (!kept.has(pathIn(dir, path))) rmSync(path, { force: true });
  }
  // Deepest first, so a folder emptied by its children's removal goes too.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty
    }
  }
}
