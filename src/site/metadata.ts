// Machine-readable descriptions of the archive: schema.org NewsArticle JSON-LD for article
// pages, JSON Feed 1.1, and sitemaps (split into a sitemap index past 50,000 URLs).
import type { ArticleView } from './view.ts';

export interface SiteMeta {
  name: string;
  description: string;
  /** Absolute URL of the site's root, ending in `/`; undefined when not configured. */
  baseUrl?: string;
}

/** JSON for a <script> element: `<` escaped so article text can never close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function newsArticleJsonLd(article: ArticleView, site: SiteMeta): string {
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: 'ar',
    ...(article.date && { datePublished: article.date }),
    ...(site.baseUrl && { url: `${site.baseUrl}${article.url}`, mainEntityOfPage: `${site.baseUrl}${article.url}` }),
    ...(article.byline && { author: { '@type': 'Person', name: article.byline } }),
    publisher: { '@type': 'Organization', name: article.outlet ?? site.name },
    ...(article.section && { articleSection: article.section }),
    ...(article.keywords.length && { keywords: article.keywords.join('، ') }),
    ...(article.dateline && { contentLocation: { '@type': 'Place', name: article.dateline } }),
    wordCount: article.wordCount,
    isPartOf: { '@type': 'WebSite', name: site.name, ...(site.baseUrl && { url: site.baseUrl }) },
  });
}

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  html: string;
  date: string | null;
  updated: Date;
  byline?: string;
  outlet?: string;
  tags: string[];
}

export function jsonFeed(feed: { items: FeedItem[] }, site: SiteMeta): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.name,
      description: site.description,
      language: 'ar',
      ...(site.baseUrl && { home_page_url: site.baseUrl, feed_url: `${site.baseUrl}feed.json` }),
      items: feed.items.map((item) => ({
        id: site.baseUrl ? `${site.baseUrl}${item.url}` : item.url,
        url: site.baseUrl ? `${site.baseUrl}${item.url}` : item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.html,
        ...(item.date && { date_published: `${item.date}T00:00:00Z` }),
        ...((item.byline || item.outlet) && { authors: [{ name: item.byline ?? item.outlet }] }),
        ...(item.tags.length && { tags: item.tags }),
        language: 'ar',
      })),
    },
    null,
    1,
  );
}

export const SITEMAP_LIMIT = 50_000;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const loc = (baseUrl: string, path: string): string => escapeXml(encodeURI(`${baseUrl}${path}`));

/** Sitemap files for `paths` (site-relative, e.g. `articles/x/`): one file, or an index plus parts. */
export function sitemaps(paths: readonly string[], baseUrl: string, limit = SITEMAP_LIMIT): { file: string; xml: string }[] {
  const urlset = (part: readonly string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${part.map((p) => `<url><loc>${loc(baseUrl, p)}</loc></url>`).join('\n')}\n</urlset>\n`;
  if (paths.length <= limit) return [{ file: 'sitemap.xml', xml: urlset(paths) }];
  const parts: { file: string; xml: string }[] = [];
  for (let i = 0; i < paths.length; i += limit) parts.push({ file: `sitemap-${parts.length + 1}.xml`, xml: urlset(paths.slice(i, i + limit)) });
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((p) => `<sitemap><loc>${loc(baseUrl, p.file)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
  return [{ file: 'sitemap.xml', xml: index }, ...parts];
}
