// Eleventy 3, driven from code: templates/ is the input, and every page's data arrives as
// global data computed in TypeScript (never read back from Markdown files, so Eleventy never
// slugifies or re-renders article text).
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { renderMarkdown, renderMarkdownParsed, renderPlainMarkdown } from '../markdown/processor.ts';
import type { IndexPage, ListPage, Site } from './collections.ts';
import { isolateLatin } from './bidi.ts';
import { jsonFeed, newsArticleJsonLd, type FeedItem, type SiteMeta } from './metadata.ts';
import { ARTICLE, countNoun } from './plural.ts';
import { toDigits, type Digits } from './format-date.ts';
import { relativeHref } from './url.ts';
import { articleView, type ArticleLinks, type ArticleView, type Link, type ListItem } from './view.ts';
import { listEntries } from './list-entries.ts';
import type { Article } from '../schema/article.ts';
import { createRenderCache, type RenderCache } from '../markdown/cache.ts';
import type { DateStyle } from './format-date.ts';
import { renderInWorkers, type RenderPool } from './render-pool.ts';
import { cacheCompiledTemplates, nunjucks } from './nunjucks-compile-cache.ts';
import type { SearchFilters } from './search-filters.ts';

export interface SiteData extends SiteMeta {
  /** Where the site is served from, e.g. `/` or `/archive/`: used only by the 404 page. */
  pathPrefix: string;
  aboutHtml: string;
  nav: Link[];
  digits: Digits;
  /** Open Graph locale, e.g. ar_AR or ar_SA. */
  ogLocale: string;
}

/**
 * An article page to render: its view, or the record and links it is made from, made into a
 * view in the process that renders it (so the Markdown is rendered on every core, and the main
 * process never holds the archive's HTML).
 */
export type ArticlePage = ArticleView | { record: Article; links?: ArticleLinks };

export interface EleventyInput {
  templatesDir: string;
  outDir: string;
  site: SiteData;
  articles: ArticlePage[];
  /** How records become views: the date style, and the folder of the Markdown render cache. */
  views?: { style: DateStyle; htmlCacheDir?: string };
  collections: Pick<Site, 'home' | 'lists' | 'indexes'>;
  feed: { updated: Date; items: FeedItem[] };
  /** The search page's filter choices. */
  searchFilters: SearchFilters;
}

type Config = {
  ignores: Set<string>;
  on(event: string, listener: (...args: never[]) => void): void;
  addPlugin(plugin: unknown): void;
  setLibrary(ext: string, lib: { render(content: string): string }): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
};

// Only the weights the stylesheet uses, Arabic subset: Naskh for reading, Sans for the interface.
const FONTS = [
  '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
];

function copyAssets(templatesDir: string, outDir: string): void {
  cpSync(join(templatesDir, 'assets'), join(outDir, 'assets'), { recursive: true });
  const require = createRequire(import.meta.url);
  mkdirSync(join(outDir, 'assets', 'fonts'), { recursive: true });
  for (const font of FONTS) cpSync(require.resolve(font), join(outDir, 'assets', 'fonts', font.split('/').pop()!));
}

/** Pages per Eleventy run: bounds memory (Eleventy keeps every rendered page of a run in memory). */
export const PAGES_PER_RUN = 1000;

// Templates paginated over big arrays, rendered in slices; every other template renders once.
const SLICED = { 'article.njk': 'articles', 'list.njk': 'lists' } as const;

/** One bounded Eleventy run: the templates it skips, and its slice of articles or lists. */
export interface RenderRun {
  ignored: string[];
  articles: ArticlePage[];
  lists: ListPage[];
}

/**
 * The bounded runs: one for the single pages (home, search, about, indexes, feeds), then
 * article and list pages PAGES_PER_RUN at a time. Each run is a fresh Eleventy over the same
 * templates with the others ignored, so no run holds the whole archive.
 */
export function planRuns(input: EleventyInput, pagesPerRun = PAGES_PER_RUN, withSingles = true): RenderRun[] {
  const templates = readdirSync(input.templatesDir).filter((f) => f.endsWith('.njk') || f.endsWith('.md'));
  const singles = templates.filter((t) => !(t in SLICED));
  const runs: { only: string[]; articles: ArticlePage[]; lists: ListPage[] }[] = withSingles ? [{ only: singles, articles: [], lists: [] }] : [];
  for (let i = 0; i < input.articles.length; i += pagesPerRun) runs.push({ only: ['article.njk'], articles: input.articles.slice(i, i + pagesPerRun), lists: [] });
  for (let i = 0; i < input.collections.lists.length; i += pagesPerRun) runs.push({ only: ['list.njk'], articles: [], lists: input.collections.lists.slice(i, i + pagesPerRun) });
  return runs.map((run) => ({
    ignored: templates.filter((t) => !run.only.includes(t) || (!input.site.baseUrl && t.startsWith('feed-'))),
    articles: run.articles,
    lists: run.lists,
  }));
}

/**
 * Renders the site in bounded runs (planRuns), on `workers` processes at once when there is
 * more than one (render-pool.ts); the runs write disjoint pages, so the order does not matter.
 * `singles: false` renders only the articles and lists given (a rebuild whose single pages are
 * unchanged). With `pool` (workers started early), every run goes to its workers. Resolves to
 * the files written, relative to outDir, sorted.
 */
export async function renderSite(input: EleventyInput, pagesPerRun = PAGES_PER_RUN, workers = 1, singles = true, pool?: RenderPool): Promise<{ pages: number; runs: number; files: string[] }> {
  const runs = planRuns(input, pagesPerRun, singles);
  let files: string[] = [];
  // Starting a worker (Node, the TypeScript loader, Eleventy) costs about a second: without
  // workers already started, pages that fit in one run's worth (a rebuild's few changed pages)
  // render sooner here.
  const pages = input.articles.length + input.collections.lists.length;
  // A rebuild's few pages stay on the started worker(s): another would start cold.
  if (pool && runs.length > 0) files = await renderInWorkers(input, runs, pages > pagesPerRun ? workers : 1, pool);
  else if (workers > 1 && runs.length > 1 && pages > pagesPerRun) files = await renderInWorkers(input, runs, workers);
  // concat, not push(...): a whole site's 150,000 file names overflow the call stack as arguments.
  else for (const run of runs) files = files.concat(await renderRun(input, run));
  copyAssets(input.templatesDir, input.outDir);
  return { pages: files.length, runs: runs.length, files: files.sort() };
}

/** One bounded run; resolves to the files it wrote, relative to outDir. */
// One Markdown cache per process, on the same folder as every other process's: HTML that one
// worker rendered is read by the next build's, whichever renders it. Not kept in memory here.
let htmlCache: { dir: string | undefined; cache: RenderCache } | undefined;
function viewsOf(input: EleventyInput, pages: readonly ArticlePage[]): ArticleView[] {
  return pages.map((page) => {
    if (!('record' in page)) return page;
    if (!input.views) throw new Error('article records to render but no view settings');
    const dir = input.views.htmlCacheDir;
    if (!htmlCache || htmlCache.dir !== dir) htmlCache = { dir, cache: createRenderCache(renderMarkdownParsed, dir, { keepInMemory: false, direct: renderPlainMarkdown }) };
    return articleView(page.record, htmlCache.cache.render(page.record.body), input.views.style, page.links);
  });
}

// Eleventy is loaded where a run renders (half a second of start-up): a build's main process
// hands its runs to render workers, and a rebuild with nothing to render needs none.
let eleventyModules: Promise<[typeof import('@11ty/eleventy').default, typeof import('@11ty/eleventy-plugin-rss').default]> | undefined;
export const loadEleventy = () => (eleventyModules ??= Promise.all([import('@11ty/eleventy').then((m) => m.default), import('@11ty/eleventy-plugin-rss').then((m) => m.default)]));

export async function renderRun(input: EleventyInput, run: RenderRun): Promise<string[]> {
  const { ignored, lists } = run;
  const articles = viewsOf(input, run.articles);
  const [Eleventy, rssPlugin] = await loadEleventy();
  const entries = listEntries();
  const elev = new Eleventy(input.templatesDir, input.outDir, {
    quietMode: true,
    config(eleventyConfig: Config) {
      eleventyConfig.addPlugin(rssPlugin); // dateToRfc3339 and friends for the Atom feed
      // Eleventy 3.1 compiles a paginated Nunjucks template once per page: once per run instead.
      eleventyConfig.on('eleventy.engine.njk', ({ environment }: { environment: unknown }) => {
        cacheCompiledTemplates(environment);
        entries.use(environment);
      });
      // Ignore paths are relative to the project root (the working directory).
      for (const template of ignored) eleventyConfig.ignores.add(`./${relative(process.cwd(), join(input.templatesDir, template))}`);
      // Our unified pipeline is the Markdown engine for any .md template.
      eleventyConfig.setLibrary('md', { render: renderMarkdown });
      eleventyConfig.addGlobalData('site', input.site);
      eleventyConfig.addGlobalData('articles', articles);
      eleventyConfig.addGlobalData('home', input.collections.home);
      eleventyConfig.addGlobalData('lists', lists);
      eleventyConfig.addGlobalData('indexes', input.collections.indexes satisfies IndexPage[]);
      eleventyConfig.addGlobalData('feed', input.feed);
      eleventyConfig.addGlobalData('searchFilters', input.searchFilters);
      // Interface numbers follow the digits setting; article text keeps the digits it was written with.
      const num = (n: number | string): string => toDigits(String(n), input.site.digits);
      eleventyConfig.addFilter('num', num);
      eleventyConfig.addFilter('countArticles', (n: number) => countNoun(n, ARTICLE, num));
      eleventyConfig.addFilter('rel', (target: string, fromUrl: string) => relativeHref(target, fromUrl, input.site.pathPrefix));
      // An article's entry in a list, rendered once per run (list-entries.ts); the result is safe HTML.
      eleventyConfig.addFilter('listEntry', (item: ListItem, fromUrl: string, level: number) => new SafeString(entries.entry(item, level, (url) => relativeHref(url, fromUrl, input.site.pathPrefix))));
      // Escapes, then isolates Latin runs; the result is safe HTML.
      eleventyConfig.addFilter('isolate', (text: string) => new SafeString(isolateLatin(String(text ?? ''))));
      eleventyConfig.addFilter('newsArticleJsonLd', (article: ArticleView, site: SiteMeta) => newsArticleJsonLd(article, site));
      eleventyConfig.addFilter('jsonFeed', (feed: { items: FeedItem[] }, site: SiteMeta) => jsonFeed(feed, site));
      return {
        dir: { input: input.templatesDir, includes: '_includes', output: input.outDir },
        templateFormats: ['njk', 'md'],
        // Archived text is data: never run template syntax found in Markdown.
        markdownTemplateEngine: false,
        htmlTemplateEngine: 'njk',
      };
    },
  });
  elev.disableLogger(); // the CLI prints its own summary
  // write() resolves to [passthrough copies, written templates].
  const [, written] = (await elev.write()) as [unknown[], { outputPath?: string | false }[]];
  const outDir = resolve(input.outDir);
  return written.flatMap(({ outputPath }) => (outputPath ? [relative(outDir, resolve(outputPath)).split(sep).join('/')] : []));
}

// Nunjucks marks strings safe with its own SafeString class; Eleventy bundles nunjucks.
const SafeString = nunjucks.runtime.SafeString;
