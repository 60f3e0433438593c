// The search page's side of the normalised index: a reader's query becomes Pagefind queries
// over the same keys the index holds (normalize.ts), and results come back with excerpts cut
// from the text as published (excerpt.ts). Pure apart from the Pagefind object passed in;
// bundled for the browser.
import { indexKeys, normalizeWord, seatAlternative, swapHamzaSeats, tokenize } from './normalize.ts';
import { SENTINEL } from './pagefind-keys.ts';
import { buildExcerpt, type ExcerptOptions, type WeightedLocation } from './excerpt.ts';
import { dateOrder } from './compact-meta.ts';
import type { DeltaManifest } from './delta-index.ts';

export interface QueryPlan {
  /**
   * Groups of Pagefind query strings. A page must match every group (their results are
   * intersected), and a group by any of its strings (their results are joined): one group per
   * quoted phrase (`"k1§ k2§"`, Pagefind's exact mode: the words in that order, side by side),
   * one per word with two readings (a bare اعداد is إعداد or أعداد: `[k1§, k2§]`), and last one
   * for all other words (`k1§ k2§`: every word somewhere in the page). A word with two readings
   * is searched alone: Pagefind drops a query word that is not in the index and matches the
   * page on the others, so a reading no page has would widen a search of several words.
   */
  searches: string[][];
  /** The keys asked for, in query order, each word's first reading (for showing or logging what was searched). */
  keys: string[];
}

// Quotes a reader may type around a phrase: "…", «…», “…”, „…“.
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”|„([^“”]*)[“”]/g;

/**
 * Names the archive knows (its places), by key. A query word looks up its first reading, the
 * word as written (the index holds every reading of a page's words), except where that is a
 * bare proclitic on a known name: بدمشق, وقطر, بباريس stand for دمشق, قطر, باريس, which the
 * pages write with any proclitic or none. Without a name to go by, a query word keeps its
 * written reading: بلدية is not ب + لدية.
 */
export type NameKeys = ReadonlySet<string>;

export function nameKeys(names: readonly string[]): NameKeys {
  // A name's key, and the key it has typed with a bare ا for its إ (ايران for إيران).
  const keysOf = (name: string): string[] => [normalizeWord(name), normalizeWord(name.replace(/^إ/, 'ا'))];
  return new Set(names.flatMap((name) => (/\s/.test(name.trim()) ? [] : keysOf(name.trim()))).filter((k) => k !== ''));
}

/**
 * The names a search page knows, from its place filter's options: each place's name (the
 * option's value) and its other one-word spellings (data-aliases, space-separated).
 */
export function placeNames(options: Iterable<{ value: string; dataset: { aliases?: string } }>): string[] {
  return [...options].flatMap((o) => [o.value, ...(o.dataset.aliases?.split(' ') ?? [])]).filter(Boolean);
}

// A bare proclitic letter with any marks or tatweel after it: و ف ب ل ك (و ف may come first).
const PROCLITIC = /^[وفبلك][\u064b-\u065f\u0670\u0640]*/;

/**
 * A query word's readings: its key, the إ key of a bare ا (seatAlternative), and a dual's
 * singular. A dual in ين is keyed by its singular (الظهيرين: ظهير), one in ان by itself, as
 * three letters and ان is mostly a name (سلمان); where the index reads the ان word as a dual
 * too (its keys hold the singular's), the query does, so الظهيران finds الظهيرين and الظهير.
 */
function readings(word: string): string[] {
  const key = normalizeWord(word);
  const out = [key];
  const other = seatAlternative(word);
  if (other) out.push(other);
  const singular = key.endsWith('ان') ? key.slice(0, -2) : undefined;
  if (singular && indexKeys(word).includes(singular)) out.push(singular);
  return out;
}

/**
 * Letters a word's key must have, past a bare proclitic, for the query to read it without that
 * proclitic as well as as typed: لهيروشيما is also هيروشيما, but بنما (Panama) is not ب + نما,
 * بلدية not ب + لدية, and بعقوبة (Baqubah) not ب + عقوبة (a penalty). A rest of six letters that
 * the index reads off the word (its keys hold it) is the word in nearly every case; shorter
 * rests are often other words.
 */
const MIN_REST_KEY = 6;

function queryKeys(surface: string, names: NameKeys): string[] {
  const keys = readings(surface);
  if (names.has(keys[0]!)) return keys;
  const indexed = indexKeys(surface);
  for (const rest of procliticRests(surface)) {
    const key = normalizeWord(rest);
    // Only where the index reads the word so too (its keys hold the rest's).
    if (!indexed.includes(key)) continue;
    if (names.has(key)) return readings(rest);
    if ([...key].length >= MIN_REST_KEY && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The word without one proclitic, then without two, the second only after و ف (ولبنان: لبنان; وبدمشق: بدمشق, دمشق). */
function procliticRests(surface: string): string[] {
  const rests: string[] = [];
  let rest = surface;
  for (let n = 0; n < 2; n++) {
    const proclitic = PROCLITIC.exec(rest)?.[0];
    if (!proclitic || (n === 1 && !/^[وف]/.test(surface))) break;
    rest = rest.slice(proclitic.length);
    rests.push(rest);
  }
  return rests;
}

/**
 * The word without its proclitics (one, or two after و ف: وبتنومة -> تنومة), where the index
 * reads the word so too (its keys hold that reading's); undefined where there is none, or the
 * plan already reads it so (a known name, و ف ب ل ك before ال, which every reading drops, or a
 * rest of MIN_REST_KEY letters, which queryKeys searches beside the word as typed).
 */
function withoutProclitics(surface: string, names: NameKeys): string | undefined {
  const planned = queryKeys(surface, names);
  const keys = indexKeys(surface);
  let found: string | undefined;
  for (const rest of procliticRests(surface)) {
    const key = normalizeWord(rest);
    if ([...key].length < 3) break;
    if (!planned.includes(key) && keys.includes(key)) found = rest;
  }
  return found;
}

/** The query with each word `respell` gives another form for rewritten; undefined if none has one. */
function respelled(query: string, respell: (surface: string) => string | undefined): string | undefined {
  let changed = false;
  let out = '';
  let at = 0;
  for (const token of tokenize(query)) {
    const other = respell(token.surface);
    out += query.slice(at, token.start) + (other ?? token.surface);
    at = token.end;
    changed ||= other !== undefined;
  }
  return changed ? out + query.slice(at) : undefined;
}

/**
 * The query with its words' proclitics dropped where the index reads them so (withoutProclitics),
 * or undefined if no word has one. searchArchive runs it when the query as typed finds nothing: a
 * name the archive writes only bare or with another clitic (تنومة, وتنومة), typed بتنومة. Not
 * before: بنما (Panama) is not ب + نما, and a page that has the word as typed is what was asked.
 */
export const withoutProcliticsQuery = (query: string, names: NameKeys = new Set()): string | undefined => respelled(query, (surface) => withoutProclitics(surface, names));

/**
 * What searchArchive tries, in order, when the query as typed finds nothing: without proclitics,
 * with its hamzas inside on the other seat (التسائل: التساؤل; swapHamzaSeats), then both. Not
 * before: a hamza on either seat is the correct spelling of some word (سؤال, question; سيال,
 * fluid), and a reader who typed it so and finds pages has what was asked.
 */
export function fallbackQueries(query: string, names: NameKeys = new Set()): string[] {
  const bare = withoutProcliticsQuery(query, names);
  const seats = respelled(query, swapHamzaSeats);
  const both = bare === undefined ? undefined : respelled(bare, swapHamzaSeats);
  return [...new Set([bare, seats, both].filter((q): q is string => q !== undefined))];
}

function keysOf(text: string, names: NameKeys): string[][] {
  return tokenize(text).map((t) => queryKeys(t.surface, names)).filter((k) => k[0] !== '');
}

/** The Pagefind queries for a reader's query (see QueryPlan). Empty when it has no words. */
export function planQuery(query: string, names: NameKeys = new Set()): QueryPlan {
  const searches: string[][] = [];
  const keys: string[] = [];
  const loose: string[] = [];
  // Inside a phrase, a word's first reading only (an exact search cannot drop a word).
  const phrase = (text: string): void => {
    const words = keysOf(text, names);
    if (words.length === 0) return;
    keys.push(...words.map((w) => w[0]!));
    if (words.length === 1) word(words[0]!, false);
    else searches.push([`"${words.map((w) => w[0]! + SENTINEL).join(' ')}"`]);
  };
  const word = (readings: string[], prefix: boolean): void => {
    if (prefix) loose.push(readings[0]!);
    else if (readings.length === 1) loose.push(readings[0]! + SENTINEL);
    else searches.push(readings.map((k) => k + SENTINEL));
  };
  const rest = query.replace(PHRASE, (_, a?: string, b?: string, c?: string, d?: string) => {
    phrase(a ?? b ?? c ?? d ?? '');
    return ' ';
  });
  for (const chunk of rest.split(/\s+/)) {
    if (!chunk) continue;
    const prefix = /\*\s*$/.test(chunk);
    const words = keysOf(chunk, names);
    if (words.length === 0) continue;
    if (words.length > 1) {
      // "COVID-19", "11/4": parts of one written word are a phrase.
      phrase(chunk);
      continue;
    }
    keys.push(words[0]![0]!);
    word(words[0]!, prefix);
  }
  if (loose.length > 0) searches.push([loose.join(' ')]);
  return { searches, keys };
}

// The parts of Pagefind's JS API used here (pagefind.js, version 1.x).
interface PagefindLocation {
  location: number;
  balanced_score: number;
  weight: number;
}
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  excerpt: string;
  word_count: number;
  locations: number[];
  weighted_locations: PagefindLocation[];
  [key: string]: unknown;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindFragment>;
}
export interface PagefindApi {
  search: (term: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

export interface ArchiveResult {
  id: string;
  score: number;
  /** Pagefind's fragment, with `excerpt` rebuilt from the published text (and `locations`, the
   *  word positions of the hits, indices into tokenize(content)). */
  data: () => Promise<PagefindFragment>;
}

export interface ArchiveSearch {
  results: ArchiveResult[];
  plan: QueryPlan;
  /** The query searched instead, when the query as typed found nothing (fallbackQueries). */
  instead?: string;
}

async function load(results: PagefindResult[], words: number[], options: ExcerptOptions): Promise<PagefindFragment> {
  // One after the other: without its web worker, Pagefind hands every search the same cached
  // fragment object and overwrites its locations on each data() call.
  let fragment: PagefindFragment | undefined;
  const weighted: PagefindLocation[] = [];
  for (const result of results) {
    fragment = await result.data();
    weighted.push(...(fragment.weighted_locations ?? []).map((l) => ({ ...l })));
  }
  const excerpt = buildExcerpt(fragment!.content, weighted.length > 0 ? (weighted as WeightedLocation[]) : words, options);
  return { ...fragment!, locations: words, weighted_locations: weighted, excerpt };
}

/**
 * The delta index over the base (delta-index.ts), as the search page reads its manifest: the
 * base's ids to drop, the delta pages' places in the base's date order, and both indexes' sizes.
 */
export interface DeltaView {
  masked: ReadonlySet<string>;
  /** Every delta page's id. */
  ids: ReadonlySet<string>;
  ranks: ReadonlyMap<string, number>;
  basePages: number;
  deltaPages: number;
}

export function deltaView(manifest: DeltaManifest): DeltaView {
  const ranks = new Map(Object.entries(manifest.ranks));
  return { masked: new Set(manifest.masked), ids: new Set([...ranks.keys(), ...manifest.undated]), ranks, basePages: manifest.basePages, deltaPages: manifest.deltaPages };
}

// Pagefind's inverse document frequency (pagefind_web: calculate_idf).
const idf = (pages: number, containing: number): number => Math.log((pages - containing + 0.5) / (containing + 0.5) + 1);

/**
 * The base's and the delta's results as one list: masked base pages dropped, and scores put on
 * one scale. Pagefind scores each index by its own page counts, so a word on the one page of a
 * delta would weigh little there, and much in the base: each side's scores are multiplied by
 * the ratio of the word's weight over both indexes to its weight in its own (exact for one
 * word; for several, by the pages that matched them all). Best score first.
 */
export function withDelta<T extends { id: string; score: number }>(results: readonly T[], delta: DeltaView): T[] {
  let deltaHits = 0;
  let baseHits = 0;
  let maskedHits = 0;
  for (const { id } of results) {
    if (delta.ids.has(id)) deltaHits++;
    else if (delta.masked.has(id)) maskedHits++;
    else baseHits++;
  }
  const overall = idf(delta.basePages - delta.masked.size + delta.deltaPages, baseHits + deltaHits);
  const baseFactor = baseHits > 0 ? overall / idf(delta.basePages, baseHits + maskedHits) : 1;
  const deltaFactor = deltaHits > 0 ? overall / idf(delta.deltaPages, deltaHits) : 1;
  return results
    .filter(({ id }) => delta.ids.has(id) || !delta.masked.has(id))
    .map((result) => ({ ...result, score: result.score * (delta.ids.has(result.id) ? deltaFactor : baseFactor) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Results in date order, oldest or newest first, undated pages last (in the order given). The
 * index names pages by date rank (compact-meta.ts), so no page data is needed for it; a delta
 * page's rank is its place in the base's order (DeltaView.ranks).
 */
export function sortByDate<T extends { id: string }>(results: readonly T[], direction: 'asc' | 'desc', ranks: ReadonlyMap<string, number> = new Map()): T[] {
  const keyed = results.map((result, at) => ({ result, at, order: ranks.has(result.id) ? { dated: true, rank: ranks.get(result.id)! } : dateOrder(result.id) }));
  const sign = direction === 'asc' ? 1 : -1;
  return keyed
    .sort((a, b) => {
      const x = a.order?.dated ? a.order.rank : undefined;
      const y = b.order?.dated ? b.order.rank : undefined;
      if (x !== undefined && y !== undefined) return sign * (x - y);
      if (x !== undefined) return -1;
      if (y !== undefined) return 1;
      return a.at - b.at;
    })
    .map((k) => k.result);
}

/**
 * The results of a group's searches as one list: each page once, with every search's result for
 * it, scored by the best of them, best first. One search: its list as it is.
 */
function joined(lists: readonly PagefindResult[][]): { id: string; score: number; found: PagefindResult[] }[] {
  if (lists.length === 1) return lists[0]!.map((r) => ({ id: r.id, score: r.score, found: [r] }));
  const byId = new Map<string, { id: string; score: number; found: PagefindResult[] }>();
  for (const list of lists) {
    for (const r of list) {
      const seen = byId.get(r.id);
      if (seen) {
        seen.found.push(r);
        seen.score = Math.max(seen.score, r.score);
      } else byId.set(r.id, { id: r.id, score: r.score, found: [r] });
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

type SearchOptions = ExcerptOptions & { filters?: Record<string, unknown>; sort?: { date: 'asc' | 'desc' }; names?: NameKeys; delta?: DeltaView };

/**
 * Runs a reader's query (searchPlan); when it finds nothing, the fallbackQueries in turn, and
 * the first that finds pages is named in `instead`.
 */
export async function searchArchive(pagefind: PagefindApi, query: string, options: SearchOptions = {}): Promise<ArchiveSearch> {
  const found = await searchPlan(pagefind, planQuery(query, options.names), options);
  if (found.results.length > 0) return found;
  for (const instead of fallbackQueries(query, options.names)) {
    const again = await searchPlan(pagefind, planQuery(instead, options.names), options);
    if (again.results.length > 0) return { ...again, instead };
  }
  return found;
}

/**
 * One plan against a normalised Pagefind index: every search of the plan, pages kept only if all
 * of them found it, best Pagefind score first (phrase searches score every page alike, so the
 * word search orders them when there is one), or by date when `sort` is given.
 */
async function searchPlan(pagefind: PagefindApi, plan: QueryPlan, options: SearchOptions): Promise<ArchiveSearch> {
  if (plan.searches.length === 0) return { results: [], plan };
  const pagefindOptions: Record<string, unknown> = {};
  if (options.filters) pagefindOptions.filters = options.filters;
  const responses = await Promise.all(plan.searches.map((group) => Promise.all(group.map((s) => pagefind.search(s, pagefindOptions)))));
  const lists = responses.map((group) => joined(group.map((r) => r?.results ?? [])));
  // Intersect, keeping the last group's order (the word search, when there is one). Per result,
  // only what ordering needs is done here: a common word has thousands of results (2,485 for
  // الطلاب on the corpus), and merging each one's hit positions up front took about as long as
  // Pagefind's own search; they are merged for the few results whose text is loaded.
  const ordered = lists[lists.length - 1]!;
  const others = lists.slice(0, -1).map((list) => new Map(list.map((r) => [r.id, r])));
  const results: ArchiveResult[] = [];
  for (const result of ordered) {
    if (others.some((found) => !found.has(result.id))) continue;
    const all = others.flatMap((found) => found.get(result.id)!.found);
    all.push(...result.found);
    let loaded: Promise<PagefindFragment> | undefined;
    results.push({
      id: result.id,
      score: result.score,
      data: () => (loaded ??= load(all, [...new Set(all.flatMap((r) => r.words))].sort((a, b) => a - b), options)),
    });
  }
  const merged = options.delta ? withDelta(results, options.delta) : results;
  return { results: options.sort ? sortByDate(merged, options.sort.date, options.delta?.ranks) : merged, plan };
}
