// A small second index for the pages a rebuild changed, so that one added, edited or deleted
// article does not mean merging the whole index again (merge-index.ts rewrites every chunk: the
// page list is in date order, and one page more renumbers every later page).
//   base   the index of the last full merge, with a record of its pages (URL, content key,
//          id, date) beside it (`.arshif-base.json`), kept as it is;
//   delta  the pages added or changed since, as a Pagefind index of their own in `delta/`,
//          which the search page merges in (Pagefind's mergeIndex shares the base's
//          WebAssembly, so it costs the delta's own small files);
//   masked the base's ids of the pages changed or removed since, which the search page drops.
// `arshif-delta.json` tells the search page all three (it is written for a full merge too,
// saying there is no delta). A delta is kept while it is small (deltaLimit); past that, or
// when the search code changes, the next build merges everything again.
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomically } from '../write-atomically.ts';
import type { MergeResult } from './merge-index.ts';
import { pageOrderKey } from './shard-plan.ts';

/** The search page's file: the delta to merge in, and the base's pages to drop. */
export const DELTA_MANIFEST = 'arshif-delta.json';
/** The delta index's folder, under the index folder. */
export const DELTA_DIR = 'delta';
/** Beside a base index: its pages. */
export const BASE_RECORD = '.arshif-base.json';

export interface DeltaManifest {
  /** Pages in the base index, and in the delta (0: no delta). */
  basePages: number;
  deltaPages: number;
  /** The delta's folder, relative to the index folder; with deltaPages > 0. */
  path?: string;
  /** Base ids of pages changed or removed since the base was built. */
  masked: string[];
  /** Each dated delta page's place in the base's date order (between ranks r - 1 and r: r - 0.5). */
  ranks: Record<string, number>;
  /** The ids of the undated delta pages (they sort after every dated page, by their own ids). */
  undated: string[];
}

export interface BasePage {
  url: string;
  /** Changes whenever the page's HTML does (its render key, or a hash of the file). */
  key: string;
  id: string;
  date: string | null;
}

export interface BaseRecord {
  /** The merge (normalized-index.ts's merge key) and the code it was built with. */
  merge: string;
  version: string;
  fragmentBlock: number;
  /** In the base's page order (dated by date, then undated). */
  pages: BasePage[];
}

/** A page of this build, as the delta needs it. */
export interface CurrentPage {
  url: string;
  key: string;
  date: string | null;
}

/** How many changed pages a delta may hold before the next build merges everything again. */
export const deltaLimit = (pages: number): number => Math.max(100, Math.ceil(pages * 0.02));

/** What changed since the base: pages to index in the delta, base ids to mask. Pure. */
export function planDelta<T extends CurrentPage>(base: readonly BasePage[], current: readonly T[]): { changed: T[]; masked: string[] } {
  const before = new Map(base.map((page) => [page.url, page]));
  const now = new Set(current.map((page) => page.url));
  const changed = current.filter((page) => before.get(page.url)?.key !== page.key);
  const changedUrls = new Set(changed.map((page) => page.url));
  const masked = base.filter((page) => !now.has(page.url) || changedUrls.has(page.url)).map((page) => page.id);
  return { changed, masked };
}

/**
 * Where each dated delta page goes in the base's date order, for sorting by date across both:
 * the number of the base's dated pages before it, minus a half (so it sorts between two). Pure.
 */
export function deltaRanks(base: readonly BasePage[], delta: readonly { id: string; url: string; date: string | null }[]): Record<string, number> {
  const dated = base.map((page) => pageOrderKey(page)).filter((key) => key.startsWith('d'));
  const before = (keys: readonly string[], key: string): number => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranks: Record<string, number> = {};
  for (const page of delta) {
    const key = pageOrderKey(page);
    // Undated delta pages need none: their ids sort them among the undated, after every date.
    if (key.startsWith('d')) ranks[page.id] = before(dated, key) - 0.5;
  }
  return ranks;
}

export function readBaseRecord(indexDir: string): BaseRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(indexDir, BASE_RECORD), 'utf8')) as BaseRecord;
    return typeof record.merge === 'string' && Array.isArray(record.pages) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** After a full merge: the base's record, and a manifest saying there is no delta. */
export function writeBase(indexDir: string, record: Omit<BaseRecord, 'pages'>, merged: MergeResult, keyOf: ReadonlyMap<string, string>): void {
  const pages = merged.ids.map(({ url, date, id }) => ({ url, key: keyOf.get(url) ?? '', id, date }));
  writeFileAtomically(join(indexDir, BASE_RECORD), JSON.stringify({ ...record, pages } satisfies BaseRecord));
  writeManifest(indexDir, { basePages: pages.length, deltaPages: 0, masked: [], ranks: {}, undated: [] });
}

export function writeManifest(indexDir: string, manifest: DeltaManifest): void {
  writeFileAtomically(join(indexDir, DELTA_MANIFEST), JSON.stringify(manifest));
}

/**
 * Makes `indexDir` hold the base index that `from` holds (the live tree's index), by hard links,
 * unless it holds that very base already; in both cases without the delta and its manifest.
 * False when `from` has no base.
 */
export function holdBase(indexDir: string, from: string, merge: string): boolean {
  const source = readBaseRecord(from);
  if (!source || source.merge !== merge) return false;
  const own = readBaseRecord(indexDir);
  rmSync(join(indexDir, DELTA_DIR), { recursive: true, force: true });
  rmSync(join(indexDir, DELTA_MANIFEST), { force: true });
  if (own?.merge === merge) return true;
  rmSync(indexDir, { recursive: true, force: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = relative(from, join(entry.parentPath, entry.name));
    if (path === DELTA_MANIFEST || path === BASE_RECORD || path.startsWith(`${DELTA_DIR}/`)) continue;
    mkdirSync(dirname(join(indexDir, path)), { recursive: true });
    linkSync(join(from, path), join(indexDir, path));
  }
  // The record last: a folder whose linking was cut short has none, and is linked again.
  linkSync(join(from, BASE_RECORD), join(indexDir, BASE_RECORD));
  return true;
}

/** A page's key when the build gave none: a hash of its HTML. */
export const fileKey = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
