// Pagefind 1.6's search engine, its WebAssembly, driven from here instead of through pagefind.js.
// The search page used pagefind.js for four things: load an index, run a search, load a page's
// fragment, and search a second index (the delta) beside the first. pagefind.js also carries its
// own gzip decoder, web-worker transport, sub-results, highlighting and playground, and was 13.6 KB
// of every first search (gzipped), more than a tenth. The browser decompresses natively
// (DecompressionStream), and the rest is not used here.
//
// What this file must keep as pagefind.js does it (pagefind.js 1.6.0, read at the source; the
// e2e search tests run every query suite through this file):
//   - files: gzip of "pagefind_dcd" + payload (or the payload itself, if a host already
//     decompressed it); the entry file is fetched past caches (a rebuild renames everything else);
//   - the WebAssembly's calls (wasm-bindgen ABI): byte and string arguments copied into its memory
//     by its own allocator; strings come back as (pointer, length) and are freed after reading;
//     every call that loads data returns the index's new pointer;
//   - the query's characters: punctuation dropped but for the index's own characters (the key
//     sentinel), lower case, combining marks stripped; a query in double quotes is a phrase;
//   - results: the engine's JSON (`p` page id, `s` score, `l` hit locations with their weight in
//     24ths and balanced score), and a fragment's URL joined to the site's base URL.
const SIGNATURE = 'pagefind_dcd';
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u; // pagefind.js's test, as written

export class PagefindRuntimeError extends Error {}

type Fetch = (url: string) => Promise<Response>;

interface Exports {
  memory: WebAssembly.Memory;
  __wbindgen_malloc: (size: number, align: number) => number;
  __wbindgen_free: (ptr: number, size: number, align: number) => void;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start: () => void;
  init_pagefind: (ptr: number, len: number) => number;
  load_index_chunk: (index: number, ptr: number, len: number) => number;
  load_filter_chunk: (index: number, ptr: number, len: number) => number;
  request_indexes: (index: number, ptr: number, len: number) => [number, number];
  request_filter_indexes: (index: number, ptr: number, len: number) => [number, number];
  search: (index: number, ...args: number[]) => [number, number];
}

/** A Pagefind file's payload: its gzip decompressed natively, the signature checked and dropped. */
async function pagefindPayload(response: Response, what: string): Promise<Uint8Array> {
  if (!response.ok) throw new PagefindRuntimeError(`${what}: HTTP ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!hasSignature(bytes)) {
    try {
      bytes = new Uint8Array(await new Response(new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    } catch (error) {
      throw new PagefindRuntimeError(`${what}: not a Pagefind file (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (!hasSignature(bytes)) throw new PagefindRuntimeError(`${what}: not a Pagefind file (no signature)`);
  return bytes.subarray(SIGNATURE.length);
}
const readFile = (fetcher: Fetch, url: string): Promise<Uint8Array> => fetcher(url).then((response) => pagefindPayload(response, url));
const hasSignature = (bytes: Uint8Array): boolean => bytes.length >= SIGNATURE.length && [...SIGNATURE].every((c, i) => bytes[i] === c.charCodeAt(0));

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One instance of the engine's WebAssembly: the calls, with their arguments passed as it expects. */
class Engine {
  private constructor(private readonly x: Exports) {}

  static async load(bytes: Uint8Array): Promise<Engine> {
    let exports: Exports | undefined;
    const imports = {
      './pagefind_web_bg.js': {
        // wasm-bindgen's start-up: the table of JS values its Rust side refers to.
        __wbindgen_init_externref_table() {
          const table = exports!.__wbindgen_externrefs;
          const offset = table.grow(4);
          table.set(0, undefined);
          table.set(offset, undefined);
          table.set(offset + 1, null);
          table.set(offset + 2, true);
          table.set(offset + 3, false);
        },
      },
    };
    const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, imports);
    exports = instance.exports as unknown as Exports;
    exports.__wbindgen_start();
    return new Engine(exports);
  }

  /** Bytes into the engine's memory (its allocator's), as [pointer, length]. */
  private pass(bytes: Uint8Array): [number, number] {
    const ptr = this.x.__wbindgen_malloc(bytes.length, 1) >>> 0;
    new Uint8Array(this.x.memory.buffer).set(bytes, ptr); // a fresh view: memory may have grown
    return [ptr, bytes.length];
  }

  /** A string the engine returned, read then freed. */
  private take([ptr, len]: [number, number]): string {
    try {
      return decoder.decode(new Uint8Array(this.x.memory.buffer, ptr >>> 0, len));
    } finally {
      this.x.__wbindgen_free(ptr, len, 1);
    }
  }

  init(meta: Uint8Array): number {
    return this.x.init_pagefind(...this.pass(meta)) >>> 0;
  }
  loadChunk(index: number, bytes: Uint8Array): number {
    return this.x.load_index_chunk(index, ...this.pass(bytes)) >>> 0;
  }
  loadFilterChunk(index: number, bytes: Uint8Array): number {
    return this.x.load_filter_chunk(index, ...this.pass(bytes)) >>> 0;
  }
  chunksFor(index: number, term: string): string[] {
    return JSON.parse(this.take(this.x.request_indexes(index, ...this.pass(encoder.encode(term))))) as string[];
  }
  filterChunksFor(index: number, filters: string): string[] {
    return JSON.parse(this.take(this.x.request_filter_indexes(index, ...this.pass(encoder.encode(filters))))) as string[];
  }
  search(index: number, term: string, original: string, filters: string, exact: boolean): string {
    const text = [term, original, filters, ''].flatMap((s) => this.pass(encoder.encode(s)));
    return this.take(this.x.search(index, ...text, exact ? 1 : 0, 0));
  }
}

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A page's fragment as Pagefind's JS gives it: the text, the URL made absolute, the hits. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
  locations: number[];
  weighted_locations: WeightedLocation[];
  excerpt: string;
}

export interface Result {
  id: string;
  score: number;
  /** The hits' word positions. */
  words: number[];
  data: () => Promise<Fragment>;
}

interface RawResult {
  p: string;
  g?: string;
  s: number;
  l: { w: number; s: number; l: number }[];
}

/** The query as the engine expects it (pagefind.js's preparation), or undefined when nothing is left. */
export function prepareTerm(term: string, keep: readonly string[]): { term: string; original: string; exact: boolean } | undefined {
  const exact = /^\s*".+"\s*$/.test(term);
  const chars: string[] = [];
  for (const segment of graphemes(term)) {
    if (keep.includes(segment)) chars.push(segment);
    else if (!PUNCTUATION.test(segment)) chars.push(segment.toLocaleLowerCase());
  }
  const pairs = chars
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map((original) => [original, stripMarks(original)] as const)
    .filter(([, plain]) => plain.length > 0);
  if (pairs.length === 0) return undefined;
  return { term: pairs.map(([, plain]) => plain).join(' '), original: pairs.map(([original]) => original).join(' '), exact };
}

// Graphemes where the browser can tell them (Intl.Segmenter: Firefox only since 125), else code
// points, as pagefind.js falls back.
const graphemes = (text: string): Iterable<string> =>
  typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text), (s) => s.segment) : text;

// pagefind.js's normalizeDiacritics: marks stripped (but the Japanese sound marks).
function stripMarks(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** `load()`'s promise, kept under `key` so it runs once; forgotten if it fails, to be tried again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    cache.set(key, (loading = load()));
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

/** One Pagefind index (a bundle folder) searched by a shared engine. */
class Index {
  private readonly chunks = new Map<string, Promise<void>>();
  private readonly fragments = new Map<string, Promise<Fragment>>();

  constructor(
    private readonly engine: Engine,
    private pointer: number,
    private readonly basePath: string,
    private readonly baseUrl: string,
    private readonly keep: readonly string[],
    private readonly fetcher: Fetch,
  ) {}

  private file(path: string): Promise<Uint8Array> {
    return readFile(this.fetcher, `${this.basePath}${path}`);
  }

  /** Each chunk once, however many searches ask for it. */
  private load(kind: 'index' | 'filter', hash: string): Promise<void> {
    return once(this.chunks, `${kind}/${hash}`, () =>
      this.file(`${kind}/${hash}.pf_${kind}`).then((bytes) => {
        this.pointer = kind === 'index' ? this.engine.loadChunk(this.pointer, bytes) : this.engine.loadFilterChunk(this.pointer, bytes);
      }),
    );
  }

  async search(query: string, filters: Record<string, unknown>): Promise<Result[]> {
    const prepared = prepareTerm(query, this.keep);
    if (!prepared) return [];
    const filterList = JSON.stringify(filters);
    await Promise.all([
      ...this.engine.chunksFor(this.pointer, prepared.term).filter(Boolean).map((hash) => this.load('index', hash)),
      ...this.engine.filterChunksFor(this.pointer, filterList).filter(Boolean).map((hash) => this.load('filter', hash)),
    ]);
    const { results } = JSON.parse(this.engine.search(this.pointer, prepared.term, prepared.original, filterList, prepared.exact)) as { results: RawResult[] };
    return results.map((raw) => {
      const weighted = raw.l.map((l) => ({ weight: l.w / 24, balanced_score: l.s, location: l.l }));
      return { id: raw.p, score: raw.s, words: weighted.map((l) => l.location), data: () => this.fragment(raw, weighted) };
    });
  }

  private async fragment(raw: RawResult, weighted: WeightedLocation[]): Promise<Fragment> {
    const loaded = await once(this.fragments, raw.p, () =>
      this.file(raw.g ? `fragment/${raw.g}.pf_fragment` : `fragment/${raw.p}.pf_fragment`).then((bytes) => {
        const parsed = JSON.parse(decoder.decode(bytes)) as Record<string, Fragment>;
        const fragment = raw.g ? parsed[raw.p]! : (parsed as unknown as Fragment);
        return { ...fragment, url: joinUrl(this.baseUrl, fragment.url), content: fragment.content.replace(/\u200B/g, '') };
      }),
    );
    // A copy per result: the same page found by two searches keeps each one's hits.
    return { ...loaded, weighted_locations: weighted, locations: weighted.map((l) => l.location), excerpt: '' };
  }
}

/** pagefind.js's fullUrl: a page's URL under the site's base, absolute URLs as they are. */
export function joinUrl(baseUrl: string, url: string): string {
  if (/^(https?:)?\/\//.test(url)) return url;
  return `${baseUrl}/${url}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/');
}

export interface OpenOptions {
  /** Where the index's files are (ends with /). */
  basePath: string;
  /** The site's base URL, to which result URLs are joined. */
  baseUrl: string;
  fetch?: Fetch;
}

// The engine's calls and files are 1.6's (package.json pins pagefind ~1.6.0): an index written by
// another version is refused by name rather than misread.
const ENGINE_VERSION = /^1\.6\./;

/** The entry's index: the URLs of its meta and WebAssembly, and the characters a query keeps. */
async function entryOf(basePath: string, fetcher: Fetch): Promise<{ meta: string; wasm: string; keep: string[] }> {
  const response = await fetcher(`${basePath}pagefind-entry.json?ts=${Date.now()}`);
  if (!response.ok) throw new PagefindRuntimeError(`${basePath}pagefind-entry.json: HTTP ${response.status}`);
  const entry = (await response.json()) as { version?: string; languages: Record<string, { hash: string; wasm?: string; page_count: number }>; include_characters?: string[] };
  if (!ENGINE_VERSION.test(entry.version ?? '')) throw new PagefindRuntimeError(`${basePath}pagefind-entry.json: an index of Pagefind ${entry.version ?? '(no version)'}; this search page reads Pagefind 1.6's`);
  // The one language a normalised index has; if several, the largest, as pagefind.js falls back.
  const language = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!language) throw new PagefindRuntimeError(`${basePath}pagefind-entry.json lists no index`);
  return { meta: `${basePath}pagefind.${language.hash}.pf_meta`, wasm: `${basePath}wasm.${language.wasm ?? 'unknown'}.pagefind`, keep: entry.include_characters ?? [] };
}

/**
 * The archive's search: its main index and any merged beside it, on one engine. `search` is
 * Pagefind's: every index's results, best score first.
 */
export class PagefindArchive {
  private constructor(
    private readonly engine: Engine,
    private readonly indexes: Index[],
    private readonly fetcher: Fetch,
  ) {}

  static async open({ basePath, baseUrl, fetch: fetcher = (url) => fetch(url) }: OpenOptions): Promise<PagefindArchive> {
    const entry = await entryOf(basePath, fetcher);
    const [meta, wasm] = await Promise.all([readFile(fetcher, entry.meta), readFile(fetcher, entry.wasm)]);
    const engine = await Engine.load(wasm);
    return new PagefindArchive(engine, [new Index(engine, engine.init(meta), basePath, baseUrl, entry.keep, fetcher)], fetcher);
  }

  /** Another index searched with this one (Pagefind's mergeIndex), on the same engine. */
  async merge({ basePath, baseUrl }: Omit<OpenOptions, 'fetch'>): Promise<void> {
    const entry = await entryOf(basePath, this.fetcher);
    const meta = await readFile(this.fetcher, entry.meta);
    this.indexes.push(new Index(this.engine, this.engine.init(meta), basePath, baseUrl, entry.keep, this.fetcher));
  }

  async search(term: string, options: { filters?: Record<string, unknown> } = {}): Promise<{ results: Result[] }> {
    const lists = await Promise.all(this.indexes.map((index) => index.search(term, options.filters ?? {})));
    return { results: lists.flat().sort((a, b) => b.score - a.score) };
  }
}
