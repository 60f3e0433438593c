// Records -> the site's pages, in two steps so a rebuild renders only what changed:
//   planSite    views and collections computed here, and every page grouped into units (an
//               article page, a list page, the single pages together) each keyed by a hash of
//               everything its HTML is made from: the rendering code and templates, the site's
//               settings, and the unit's own data;
//   renderPlan  the units asked for rendered by Eleventy, then the sitemap.
// No search index (search/ does that over the written pages).
import { createHash, hash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion, SOURCE_DIR } from '../code-version.ts';
import type { Article } from '../schema/article.ts';
import { articleDigest } from '../records/digest.ts';
import type { RenderCache } from '../markdown/cache.ts';
import { renderMarkdown } from '../markdown/processor.ts';
import { buildCollections, DEFAULT_OPTIONS, type ListPage, type Site } from './collections.ts';
import { renderSite, type SiteData } from './eleventy.ts';
import type { RenderPool } from './render-pool.ts';
import type { DateStyle } from './format-date.ts';
import { sitemaps, type FeedItem } from './metadata.ts';
import { articleView, byDateDesc, type ArticleLinks, type ArticleView, type Link } from './view.ts';
import { searchFilters, type SearchFilters } from './search-filters.ts';

export interface SiteOptions {
  templatesDir: string;
  name: string;
  description: string;
  baseUrl?: string;
  pathPrefix: string;
  about: string;
  pageSize: number;
  /** BCP 47, Arabic: `ar`, `ar-SA`, `ar-EG`… */
  locale: string;
  style: DateStyle;
  cache: RenderCache;
  pagesPerRun?: number;
  /** Eleventy runs rendered at once, each in a process of its own. */
  renderWorkers?: number;
}

const FEED_SIZE = 50;

/** The unit of the pages every build renders once: home, search, about, the term indexes, feeds. */
export const SINGLES = 'singles';
export const articleUnit = (id: string): string => `article:${id}`;
export const listUnit = (url: string): string => `list:${url}`;

export interface SitePlan {
  /** Every unit and its key. */
  keys: Map<string, string>;
  /** A unit's files, relative to the output folder, where known before rendering (all but SINGLES). */
  files(unit: string): string[] | undefined;
  options: SiteOptions;
  site: SiteData;
  sorted: Article[];
  collections: Site;
  feed: { updated: Date; items: FeedItem[] };
  searchFilters: SearchFilters;
}

const indexFile = (url: string): string => `${url}index.html`;

/** The version of the rendering: its code and templates, the Eleventy release, and the site's settings. */
function renderVersion(templatesDir: string, site: SiteData, style: DateStyle, pageSize: number): string {
  const code = codeVersion([templatesDir, join(SOURCE_DIR, 'site'), join(SOURCE_DIR, 'markdown')], ['@11ty/eleventy', '@11ty/eleventy-plugin-rss']);
  return createHash('sha256').update(code).update(JSON.stringify({ site, style, pageSize })).digest('hex');
}

// One-shot hash of the joined parts (the same digest as feeding them one by one): twice as fast
// as a Hash object for these short inputs, made for each of ~50,000 units on every build.
const keyOf = (version: string, kind: string, ...parts: unknown[]): string =>
  hash('sha256', `${version}\0${kind}${parts.map((part) => `\0${JSON.stringify(part) ?? ''}`).join('')}`).slice(0, 32);

/**
 * What an article page shows of its links beyond its own record, whose digest is in the page's
 * key. Every field of ArticleLinks is named (the type makes a field added there a compile error
 * here until it is decided on). Left out: labels the record itself gives (its tags, places,
 * related items, outlet and section) and the date links (its date and the date style, which is
 * in the render version). Hashing the links as JSON, 800 characters an article, took ~0.3 s of
 * every build at 31k.
 */
const LINK_PARTS: { [K in keyof ArticleLinks]-?: (links: ArticleLinks) => string } = {
  dateLinks: () => '',
  outletLink: (links) => links.outletLink?.url ?? '',
  sectionLink: (links) => links.sectionLink?.url ?? '',
  tags: (links) => links.tags.map((tag) => tag.url ?? '').join('\u0001'),
  places: (links) => links.places.map((place) => place.url ?? '').join('\u0001'),
  related: (links) => links.related.map((item) => item.url ?? '').join('\u0001'),
  older: (links) => (links.older ? `${links.older.url}\u0001${links.older.label}` : ''),
  newer: (links) => (links.newer ? `${links.newer.url}\u0001${links.newer.label}` : ''),
};
const PART_FNS = Object.values(LINK_PARTS);
export const linkKey = (links: ArticleLinks | undefined): string => (links ? PART_FNS.map((part) => part(links)).join('\u0002') : '');

export function planSite(records: readonly Article[], options: SiteOptions): SitePlan {
  const sorted = [...records].sort((a, b) => byDateDesc({ date: a.meta.date, id: a.meta.id }, { date: b.meta.date, id: b.meta.id }));
  const collections = buildCollections(sorted, { ...DEFAULT_OPTIONS, pageSize: options.pageSize, style: options.style });

  const present = new Set(collections.indexes.map((i) => i.url));
  const nav: Link[] = [
    { url: 'latest/', label: 'الأحدث' },
    { url: 'archive/', label: 'الأرشيف' },
    ...[
      { url: 'sections/', label: 'الأقسام' },
      { url: 'tags/', label: 'الوسوم' },
      { url: 'places/', label: 'الأماكن' },
      { url: 'outlets/', label: 'المصادر' },
    ].filter((link) => present.has(link.url)),
    { url: 'search/', label: 'البحث' },
  ];
  const site: SiteData = {
    name: options.name,
    description: options.description,
    ...(options.baseUrl && { baseUrl: options.baseUrl }),
    pathPrefix: options.pathPrefix,
    aboutHtml: renderMarkdown(options.about || `${options.name}: ${options.description}.`),
    nav,
    digits: options.style.digits,
    ogLocale: options.locale.includes('-') ? options.locale.replace('-', '_') : `${options.locale}_AR`,
  };
  const feedItems: FeedItem[] = sorted.slice(0, FEED_SIZE).map((record) => {
    const a = view(record, options, collections);
    return {
      url: a.url,
      title: a.title,
      summary: a.summary,
      html: a.html,
      date: a.date,
      // Feeds need a timestamp; an undated article is dated by nothing we know, so the epoch.
      updated: new Date(a.date ? `${a.date}T00:00:00Z` : 0),
      ...(a.byline && { byline: a.byline }),
      ...(a.outlet && { outlet: a.outlet }),
      tags: a.keywords,
    };
  });
  const feed = { updated: feedItems[0]?.updated ?? new Date(0), items: feedItems };
  // The filter values need an article's links, not its HTML.
  const filters = searchFilters(sorted.map((a) => ({ date: a.meta.date, ...(a.meta.outlet && { outlet: a.meta.outlet }), ...collections.links.get(a.meta.id)! })));

  const version = renderVersion(options.templatesDir, site, options.style, options.pageSize);
  const keys = new Map<string, string>();
  const files = new Map<string, string[]>();
  keys.set(SINGLES, keyOf(version, SINGLES, collections.home, collections.indexes, feed, filters));
  // A list item stands in a list's key as the first 16 digits of its record's digest (64 bits:
  // no two versions of an item will share them), found by the article's place in the order:
  // 500,000 items on the corpus's list pages, where full digests looked up by URL cost ~0.5 s.
  const shortDigests: string[] = [];
  sorted.forEach((article, i) => {
    const unit = articleUnit(article.meta.id);
    const digest = articleDigest(article);
    shortDigests[i] = digest.slice(0, 16);
    keys.set(unit, keyOf(version, 'article', digest, linkKey(collections.links.get(article.meta.id))));
    files.set(unit, [indexFile(article.meta.url)]);
  });
  for (const list of collections.lists) {
    const unit = listUnit(list.url);
    // An item is made from its article alone (and the style, in the version): its record's
    // digest stands for it, not the item's JSON (hashing that took most of a second a build).
    const { items, ...page } = list;
    const members = collections.members.get(items);
    if (!members) throw new Error(`list ${list.url}: its items are not of the collections' articles`);
    keys.set(unit, keyOf(version, 'list', page, members.map((m) => shortDigests[m]).join('')));
    files.set(unit, [indexFile(list.url)]);
  }
  return { keys, files: (unit) => files.get(unit), options, site, sorted, collections, feed, searchFilters: filters };
}

function view(article: Article, options: SiteOptions, collections: Site): ArticleView {
  return articleView(article, options.cache.render(article.body), options.style, collections.links.get(article.meta.id));
}

/**
 * Renders the units in `units` into `outDir` (articles' HTML from the cache where it is there),
 * on `renderers` if given, and writes the sitemap for the whole plan. Resolves to each rendered unit's files.
 */
export async function renderPlan(plan: SitePlan, outDir: string, units: ReadonlySet<string>, renderers?: RenderPool): Promise<{ pages: number; files: Map<string, string[]> }> {
  const { options, collections } = plan;
  // Records, not views: each is made into a view (its Markdown rendered) where it is rendered.
  const articles = plan.sorted.filter((a) => units.has(articleUnit(a.meta.id))).map((record) => ({ record, links: collections.links.get(record.meta.id) }));
  const lists: ListPage[] = collections.lists.filter((l) => units.has(listUnit(l.url)));
  const singles = units.has(SINGLES);
  const { files: written } = await renderSite(
    {
      templatesDir: options.templatesDir,
      outDir,
      site: plan.site,
      articles,
      views: { style: options.style, ...(options.cache.dir && { htmlCacheDir: options.cache.dir }) },
      collections: { home: collections.home, indexes: collections.indexes, lists },
      feed: plan.feed,
      searchFilters: plan.searchFilters,
    },
    options.pagesPerRun,
    options.renderWorkers,
    singles,
    renderers,
  );
  // Each unit's files are known but the single pages'; check Eleventy wrote what was expected.
  const files = new Map<string, string[]>();
  const left = new Set(written);
  for (const unit of units) {
    if (unit === SINGLES) continue;
    const expected = plan.files(unit);
    if (!expected) throw new Error(`no page unit ${unit}`);
    for (const file of expected) if (!left.delete(file)) throw new Error(`rendering ${unit} did not write ${file}`);
    files.set(unit, expected);
  }
  if (singles) files.set(SINGLES, [...left].sort());
  else if (left.size) throw new Error(`rendering wrote pages of no unit: ${[...left].slice(0, 3).join(', ')}`);

  if (options.baseUrl) {
    const paths = ['', 'about/', 'search/', ...collections.indexes.map((i) => i.url), ...collections.lists.map((l) => l.url), ...plan.sorted.map((a) => a.meta.url)];
    for (const { file, xml } of sitemaps(paths, options.baseUrl)) writeFileSync(join(outDir, file), xml);
  }
  return { pages: written.length, files };
}
