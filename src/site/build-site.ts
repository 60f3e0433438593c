// Records -> the whole site in a folder: views and collections computed here, pages rendered by
// Eleventy, then the sitemap. No search index (search/ does that over the written pages).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../schema/article.ts';
import type { RenderCache } from '../markdown/cache.ts';
import { renderMarkdown } from '../markdown/processor.ts';
import { buildCollections, DEFAULT_OPTIONS } from './collections.ts';
import { renderSite, type SiteData } from './eleventy.ts';
import type { DateStyle } from './format-date.ts';
import { sitemaps, type FeedItem } from './metadata.ts';
import { articleView, byDateDesc, type Link } from './view.ts';
import { searchFilters } from './search-filters.ts';

export interface SiteOptions {
  templatesDir: string;
  outDir: string;
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

export async function buildSite(records: readonly Article[], options: SiteOptions): Promise<{ pages: number }> {
  const sorted = [...records].sort((a, b) => byDateDesc({ date: a.meta.date, id: a.meta.id }, { date: b.meta.date, id: b.meta.id }));
  const collections = buildCollections(sorted, { ...DEFAULT_OPTIONS, pageSize: options.pageSize, style: options.style });
  const articles = sorted.map((a) => articleView(a, options.cache.render(a.body), options.style, collections.links.get(a.meta.id)));

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
  const feedItems: FeedItem[] = articles.slice(0, FEED_SIZE).map((a) => ({
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
  }));
  const feed = { updated: feedItems[0]?.updated ?? new Date(0), items: feedItems };

  const { pages } = await renderSite({ templatesDir: options.templatesDir, outDir: options.outDir, site, articles, collections, feed, searchFilters: searchFilters(articles) }, options.pagesPerRun, options.renderWorkers);
  if (options.baseUrl) {
    const paths = ['', 'about/', 'search/', ...collections.indexes.map((i) => i.url), ...collections.lists.map((l) => l.url), ...articles.map((a) => a.url)];
    for (const { file, xml } of sitemaps(paths, options.baseUrl)) writeFileSync(join(options.outDir, file), xml);
  }
  return { pages };
}
