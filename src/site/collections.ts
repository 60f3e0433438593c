// Every list page of the archive, computed from the records as plain data: latest, archive by
// year -> month -> day, and pages per section, tag, place and outlet. Pure: templates only print
// what is here.
//
// Lists but the latest are paginated from their oldest end (paginateFromOldest): page k always
// holds the same articles, so a new article (the newest, in a news archive) changes a list's
// first page and at most two others, not every page after it. Numbered from the newest, one
// article added to a month of 15,000 re-rendered its 500 pages.
import type { Article } from '../schema/article.ts';
import { formatArabicDate, formatArabicMonth, toDigits, type DateStyle } from './format-date.ts';
import { termKey, termSlug } from './terms.ts';
import { listItem, type ArticleLinks, type Link, type ListItem } from './view.ts';

export type ListKind = 'latest' | 'year' | 'month' | 'day' | 'undated' | 'section' | 'tag' | 'place' | 'outlet';

export interface ListPage {
  url: string;
  kind: ListKind;
  heading: string;
  /** Breadcrumbs above the heading, root first. */
  crumbs: Link[];
  /** Sub-pages with counts (the months of a year, the days of a month). */
  children: (Link & { count: number })[];
  items: ListItem[];
  /** The list's size: on its first page, and on every page of the latest list. */
  total?: number;
  pageNumber: number;
  /** Pages of the latest list (numbered from the newest). Lists numbered from the oldest do not
   *  print it on their pages: it changes as articles are added. */
  pageCount?: number;
  /** On a page numbered from the oldest: its articles' places in the list, counted from the oldest (1-based). */
  span?: { from: number; to: number };
  /** The page of newer articles, and of older ones. */
  prev?: string;
  next?: string;
  /** On the last page of a list cut short (latest): where the rest is. */
  older?: Link;
}

export interface IndexPage {
  url: string;
  heading: string;
  crumbs: Link[];
  entries: (Link & { count: number })[];
}

export interface Site {
  lists: ListPage[];
  indexes: IndexPage[];
  home: { latest: ListItem[]; sections: (Link & { items: ListItem[] })[]; total: number };
  links: Map<string, ArticleLinks>;
  /** The articles behind each list page's items (the page's `items` array -> their places in the order given). */
  members: Map<ListItem[], number[]>;
}

export interface CollectionOptions {
  pageSize: number;
  style: DateStyle;
  /** Terms used by fewer articles get no page of their own (most salient terms are one-offs). */
  minTagArticles: number;
  homeLatest: number;
  homeSectionItems: number;
  /**
   * Pages of the latest list. Older articles are browsed by date: a latest list of the whole
   * archive (a thousand pages at 30k articles) would shift every page by one with each article
   * added or removed, and so be rendered again in full on every rebuild.
   */
  latestPages: number;
}

export const DEFAULT_OPTIONS: Omit<CollectionOptions, 'style'> = { pageSize: 30, minTagArticles: 2, homeLatest: 12, homeSectionItems: 4, latestPages: 10 };

/** A list's articles, newest first, as their places in the archive's order (buildCollections'
 *  `articles`): an article's list item is then found by index, not looked up in a map, ~500,000
 *  times at 31k articles. */
interface Group {
  url: string;
  label: string;
  members: number[];
}

const pageUrl = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);

/**
 * One group of articles (newest first) -> list pages numbered from the newest: page 1 is the
 * newest. Only for the latest list, whose every page changes with each new article anyway.
 */
function paginate(group: Group, kind: ListKind, crumbs: Link[], children: ListPage['children'], options: CollectionOptions, itemsOf: (members: number[]) => ListItem[]): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(group.members.length / options.pageSize));
  return Array.from({ length: pageCount }, (_, i) => {
    const n = i + 1;
    return {
      url: pageUrl(group.url, n),
      kind,
      heading: group.label,
      crumbs,
      children: n === 1 ? children : [],
      items: itemsOf(group.members.slice(i * options.pageSize, n * options.pageSize)),
      total: group.members.length,
      pageNumber: n,
      pageCount,
      ...(n > 1 && { prev: pageUrl(group.url, n - 1) }),
      ...(n < pageCount && { next: pageUrl(group.url, n + 1) }),
    };
  });
}

/**
 * One group of articles (newest first) -> list pages numbered from the oldest. Page k
 * (`…/page/k/`) holds the list's (k-1)·S+1th to k·S-th oldest articles (S the page size) and
 * keeps them as newer articles arrive. The list's own URL shows what is newer than its last such
 * page: S to 2S-1 articles (or all, for a list shorter than 2S). Adding the newest article
 * changes that first page, and every S additions one more numbered page appears (its older
 * neighbour's link to newer articles changes with it). An article added or removed in the
 * middle (a backfill) still shifts the pages from it to the newest.
 */
function paginateFromOldest(group: Group, kind: ListKind, crumbs: Link[], children: ListPage['children'], options: CollectionOptions, itemsOf: (members: number[]) => ListItem[]): ListPage[] {
  const size = options.pageSize;
  const total = group.members.length;
  const numbered = Math.max(0, Math.floor(total / size) - 1);
  const front = total - numbered * size;
  const pageAt = (k: number): string => (k > numbered ? group.url : `${group.url}page/${k}/`);
  const first: ListPage = {
    url: group.url, kind, heading: group.label, crumbs, children,
    items: itemsOf(group.members.slice(0, front)),
    total, pageNumber: numbered + 1,
    ...(numbered > 0 && { next: pageAt(numbered) }),
  };
  const pages = Array.from({ length: numbered }, (_, i): ListPage => {
    const k = i + 1;
    // Newest first on the page too: the articles from total-k·S to total-(k-1)·S of the list.
    const end = total - (k - 1) * size;
    return {
      url: pageAt(k), kind, heading: group.label, crumbs, children: [],
      items: itemsOf(group.members.slice(end - size, end)),
      pageNumber: k,
      span: { from: (k - 1) * size + 1, to: k * size },
      prev: pageAt(k + 1),
      ...(k > 1 && { next: pageAt(k - 1) }),
    };
  });
  return [first, ...pages.reverse()];
}

/** Group articles by the terms `termsOf` gives, merging spellings that share a termKey. */
function groupBy(articles: readonly Article[], base: string, termsOf: (a: Article) => readonly string[], slugOf: (term: string) => string = termSlug): Group[] {
  const groups = new Map<string, Group>();
  // A spelling's group and how many articles use it, looked up once per term an article gives
  // (about 400,000 at 31k articles; one map lookup each, not four: the planning of every rebuild).
  const spellings = new Map<string, { group: Group; count: number }>();
  articles.forEach((article, member) => {
    const terms = termsOf(article);
    terms.forEach((term, i) => {
      if (terms.indexOf(term) !== i) return; // a term given twice counts once (a few terms: no Set)
      let spelling = spellings.get(term);
      if (!spelling) {
        const key = termKey(term);
        if (!key) return;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { url: `${base}${slugOf(term)}/`, label: term, members: [] }));
        spellings.set(term, (spelling = { group, count: 0 }));
      }
      spelling.group.members.push(member);
      spelling.count++;
    });
  });
  // The label is the most used spelling; ties go to the first seen (spellings are in first-seen order).
  const best = new Map<Group, number>();
  for (const [term, { group, count }] of spellings) {
    if (count > (best.get(group) ?? 0)) {
      best.set(group, count);
      group.label = term;
    }
  }
  return [...groups.values()];
}

const byCount = (a: Group, b: Group): number => b.members.length - a.members.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

const ROOT: Link = { url: '', label: 'الرئيسية' };
const ARCHIVE: Link = { url: 'archive/', label: 'الأرشيف' };

/** `articles` newest first (byDateDesc). */
export function buildCollections(articles: readonly Article[], options: CollectionOptions): Site {
  const { style } = options;
  const lists: ListPage[] = [];
  const indexes: IndexPage[] = [];
  const links = new Map<string, ArticleLinks>();
  const digits = (n: number | string): string => toDigits(String(n), style.digits);
  // An article is an item of several lists (latest, its day, month, outlet, tags...): made once.
  // Every article is on a date page or the undated one, so every item is made.
  const items = articles.map((article) => listItem(article, style));
  const itemOf = (member: number): ListItem => items[member]!;
  const members = new Map<ListItem[], number[]>();
  const itemsOf = (of: number[]): ListItem[] => {
    const list = of.map(itemOf);
    members.set(list, of);
    return list;
  };
  const all = articles.map((_, member) => member);

  const latest = paginate({ url: 'latest/', label: 'أحدث المقالات', members: all.slice(0, options.latestPages * options.pageSize) }, 'latest', [ROOT], [], options, itemsOf);
  if (articles.length > options.latestPages * options.pageSize) latest[latest.length - 1]!.older = { url: 'archive/', label: 'المقالات الأقدم: الأرشيف حسب التاريخ' };
  lists.push(...latest);

  // Archive: year -> month -> day.
  const years = new Map<string, Map<string, Map<string, number[]>>>();
  const undated: number[] = [];
  articles.forEach((article, member) => {
    if (!article.meta.date) return void undated.push(member);
    const [y, m, d] = article.meta.date.split('-') as [string, string, string];
    const months = years.get(y) ?? years.set(y, new Map()).get(y)!;
    const days = months.get(m) ?? months.set(m, new Map()).get(m)!;
    (days.get(d) ?? days.set(d, []).get(d)!).push(member);
  });
  const dateLinks: Link[][] = [];
  const yearEntries: IndexPage['entries'] = [];
  for (const [y, months] of years) {
    const yearUrl = `archive/${y}/`;
    const yearLink = { url: yearUrl, label: digits(y) };
    const monthEntries: ListPage['children'] = [];
    for (const [m, days] of months) {
      const monthUrl = `${yearUrl}${m}/`;
      const monthLabel = formatArabicMonth(Number(y), Number(m), style);
      const monthMembers = [...days.values()].flat();
      monthEntries.push({ url: monthUrl, label: monthLabel, count: monthMembers.length });
      const dayEntries: ListPage['children'] = [];
      for (const [d, dayMembers] of days) {
        const dayUrl = `${monthUrl}${d}/`;
        const dayLabel = formatArabicDate(`${y}-${m}-${d}`, style);
        dayEntries.push({ url: dayUrl, label: dayLabel, count: dayMembers.length });
        lists.push(...paginateFromOldest({ url: dayUrl, label: dayLabel, members: dayMembers }, 'day', [ROOT, ARCHIVE, yearLink, { url: monthUrl, label: monthLabel }], [], options, itemsOf));
        const dayLinks: Link[] = [{ url: dayUrl, label: dayLabel }, { url: monthUrl, label: monthLabel }, yearLink];
        for (const member of dayMembers) dateLinks[member] = dayLinks;
      }
      lists.push(...paginateFromOldest({ url: monthUrl, label: monthLabel, members: monthMembers }, 'month', [ROOT, ARCHIVE, yearLink], dayEntries, options, itemsOf));
    }
    const count = monthEntries.reduce((n, e) => n + e.count, 0);
    yearEntries.push({ ...yearLink, count });
    lists.push({
      url: yearUrl, kind: 'year', heading: `أرشيف ${digits(y)}`, crumbs: [ROOT, ARCHIVE], children: monthEntries,
      items: itemsOf([]), total: count, pageNumber: 1,
    });
  }
  if (undated.length) {
    lists.push(...paginateFromOldest({ url: 'archive/undated/', label: 'مقالات بلا تاريخ معروف', members: undated }, 'undated', [ROOT, ARCHIVE], [], options, itemsOf));
    yearEntries.push({ url: 'archive/undated/', label: 'بلا تاريخ', count: undated.length });
  }
  indexes.push({ url: 'archive/', heading: 'الأرشيف حسب السنة', crumbs: [ROOT], entries: yearEntries });

  // Sections, tags, places, outlets: each a page per term plus an index page.
  const dimensions = [
    { kind: 'section', base: 'sections/', heading: 'الأقسام', terms: (a: Article) => (a.meta.section ? [a.meta.section] : []), min: 1 },
    { kind: 'tag', base: 'tags/', heading: 'الوسوم', terms: (a: Article) => a.meta.tags, min: options.minTagArticles },
    { kind: 'place', base: 'places/', heading: 'الأماكن', terms: (a: Article) => a.meta.places, min: 1 },
    { kind: 'outlet', base: 'outlets/', heading: 'المصادر', terms: (a: Article) => (a.meta.outlet ? [a.meta.outlet] : []), min: 1 },
  ] as const;
  const termUrls = new Map<string, Map<string, string>>();
  let sectionGroups: Group[] = [];
  for (const dim of dimensions) {
    const groups = groupBy(articles, dim.base, dim.terms).filter((g) => g.members.length >= dim.min).sort(byCount);
    const urls = new Map<string, string>();
    termUrls.set(dim.kind, urls);
    if (dim.kind === 'section') sectionGroups = groups;
    if (!groups.length) continue;
    const indexLink = { url: dim.base, label: dim.heading };
    for (const group of groups) {
      urls.set(termKey(group.label), group.url);
      lists.push(...paginateFromOldest(group, dim.kind, [ROOT, indexLink], [], options, itemsOf));
    }
    indexes.push({ url: dim.base, heading: dim.heading, crumbs: [ROOT], entries: groups.map((g) => ({ url: g.url, label: g.label, count: g.members.length })) });
  }

  // Per-article links: terms with pages, related items that name an archived headline, neighbours.
  // Headlines are looked up only for related items without a link (most archives have none).
  let titles: Map<string, string> | undefined;
  const byTitle = (): Map<string, string> => (titles ??= new Map(articles.map((a) => [titleKey(a.meta.title), a.meta.url])));
  const urlOf = (kind: string, term: string): string | undefined => termUrls.get(kind)?.get(termKey(term));
  articles.forEach((article, i) => {
    const { meta } = article;
    const sectionUrl = meta.section ? urlOf('section', meta.section) : undefined;
    const outletUrl = meta.outlet ? urlOf('outlet', meta.outlet) : undefined;
    const newer = articles[i - 1];
    const older = articles[i + 1];
    links.set(meta.id, {
      dateLinks: dateLinks[i] ?? [],
      ...(sectionUrl && { sectionLink: { url: sectionUrl, label: meta.section! } }),
      ...(outletUrl && { outletLink: { url: outletUrl, label: meta.outlet! } }),
      tags: meta.tags.map((label) => termLink(label, urlOf('tag', label))),
      places: meta.places.map((label) => termLink(label, urlOf('place', label))),
      related: meta.related.map((r) => {
        const url = r.url ? undefined : byTitle().get(titleKey(r.text));
        return { ...r, ...(url && { url }) };
      }),
      ...(newer && { newer: { url: newer.meta.url, label: newer.meta.title } }),
      ...(older && { older: { url: older.meta.url, label: older.meta.title } }),
    });
  });

  // Home: the latest articles, then a block per section (largest sections first).
  const sections = sectionGroups.map((group) => ({
    url: group.url,
    label: group.label,
    items: group.members.slice(0, options.homeSectionItems).map(itemOf),
  }));
  const home = { latest: all.slice(0, options.homeLatest).map(itemOf), sections, total: articles.length };
  return { lists, indexes, home, links, members };
}

const termLink = (label: string, url: string | undefined): { label: string; url?: string } => (url ? { label, url } : { label });

/** Headlines compared without quotes, punctuation and spelling variants. */
const titleKey = (title: string): string => termKey(title.replace(/[“”«»"'.…:،,؟?!]/g, ' '));
