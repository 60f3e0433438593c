// Which pages are indexed together. Pagefind holds a whole index in memory while it builds it
// (4.3 GB for 30k pages, growing faster than the archive), so the archive is indexed in shards
// of at most `maxPages` pages, cached by content, and merged into one index (merge-index.ts).
//
// A shard is a span of publication dates, so that a new or edited article changes one shard and
// the others are reused from the cache. Spans are cut by halving, never by counting: a year is
// one shard if it is small enough, else its two halves, and so on down to a day; a day with
// more pages than that is split by a hash of the URL. Where a cut falls depends only on the
// pages inside the span being cut, so a change to one span never moves another's boundaries.
import { createHash } from 'node:crypto';

export interface ShardPage {
  url: string;
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
}

export interface Shard<T extends ShardPage> {
  /** What the shard holds, for messages: `2015-07-01..2015-07-16`, `undated`, `2015-07-03#01`. */
  label: string;
  pages: T[];
}

const DAY = 86_400_000;
const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
const dayLabel = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Enough hash bits to split any realistic day; past them a shard stays over size rather than
// splitting forever on pages that share a URL hash.
const HASH_BITS = 24;

const urlHash = (url: string): Buffer => createHash('sha256').update(url).digest();

function urlBit(url: string, bit: number): number {
  const hash = urlHash(url);
  return (hash[bit >> 3]! >> (7 - (bit & 7))) & 1;
}

const isDated = (date: string | null): date is string => date !== null && ISO_DATE.test(date) && !Number.isNaN(dayNumber(date));

/**
 * The merged index's page order, as a string key: dated pages by date, then undated ones; within
 * a day, and among undated pages, by URL hash, the order in which an oversized day is cut. So
 * every shard is one run of the merged order (the merge copies its postings as they are).
 */
export function pageOrderKey(page: ShardPage): string {
  return `${isDated(page.date) ? `d${page.date}` : 'u'} ${urlHash(page.url).toString('hex')} ${page.url}`;
}

export function planShards<T extends ShardPage>(pages: readonly T[], maxPages: number): Shard<T>[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be a positive integer, not ${maxPages}`);
  const shards: Shard<T>[] = [];

  const byHash = (group: T[], base: string, path = ''): void => {
    if (group.length <= maxPages || path.length >= HASH_BITS) {
      shards.push({ label: path ? `${base}#${path}` : base, pages: group });
      return;
    }
    const halves: [T[], T[]] = [[], []];
    for (const page of group) halves[urlBit(page.url, path.length)]!.push(page);
    halves.forEach((half, side) => half.length > 0 && byHash(half, base, `${path}${side}`));
  };

  const bySpan = (group: { page: T; day: number }[], from: number, to: number): void => {
    if (group.length <= maxPages || from === to) {
      const label = from === to ? dayLabel(from) : `${dayLabel(from)}..${dayLabel(to)}`;
      if (group.length <= maxPages) shards.push({ label, pages: group.map((g) => g.page) });
      else byHash(group.map((g) => g.page), label);
      return;
    }
    const middle = Math.floor((from + to) / 2);
    const early = group.filter((g) => g.day <= middle);
    const late = group.filter((g) => g.day > middle);
    if (early.length > 0) bySpan(early, from, middle);
    if (late.length > 0) bySpan(late, middle + 1, to);
  };

  const years = new Map<number, { page: T; day: number }[]>();
  const undated: T[] = [];
  for (const page of pages) {
    if (!isDated(page.date)) {
      undated.push(page);
      continue;
    }
    const year = Number(page.date.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push({ page, day: dayNumber(page.date) });
    years.set(year, list);
  }
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const first = Date.UTC(year, 0, 1) / DAY;
    bySpan(years.get(year)!, first, Date.UTC(year + 1, 0, 1) / DAY - 1);
  }
  if (undated.length > 0) byHash(undated, 'undated');
  return shards;
}
