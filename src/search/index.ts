// Search index: Pagefind over the built article pages, matching on Arabic-normalised keys,
// built in cached shards and merged (normalized-index.ts), plus the browser module that
// normalises queries with the same code (bundle.ts). Pagefind reports failures as `errors`
// arrays instead of throwing: every step is checked, so no index means no build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSearchModule } from './bundle.ts';
import { indexSitePages, NormalisedIndexError, type IndexOptions, type IndexSummary } from './normalized-index.ts';
import { writeFileAtomically } from '../write-atomically.ts';
import { codeVersion, SOURCE_DIR } from '../code-version.ts';
import { PagefindFileError } from './pagefind-files.ts';
import { ShardIndexError } from './shard-index.ts';
import { MergeIndexError } from './merge-index.ts';
import { urlFor } from '../ingest/identity.ts';

export class SearchIndexError extends Error {}

/** An article as the index needs it: where its page is and when it was published. */
export interface IndexedArticle {
  id: string;
  date: string | null;
  /** Its page's render key (changes whenever its HTML does), so the page need not be read to tell. */
  key?: string;
}

/** The browser's search module: bundled by esbuild (~0.8 s), or kept from a build of the same code. */
async function searchModule(cacheDir: string | undefined): Promise<string> {
  const file = cacheDir && join(cacheDir, `arshif-search-${codeVersion([join(SOURCE_DIR, 'search')], ['esbuild'])}.js`);
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  const text = await bundleSearchModule();
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) if (/^arshif-search-.*\.js$/.test(old)) rmSync(join(cacheDir, old), { force: true });
    writeFileAtomically(file, text);
  }
  return text;
}

/** Indexes the article pages of the site built in `siteDir` (only they carry data-pagefind-body). */
export async function indexSite(siteDir: string, articles: readonly IndexedArticle[], options: IndexOptions): Promise<IndexSummary> {
  try {
    const pages = articles.map((article) => {
      const sourcePath = `${urlFor(article.id)}index.html`;
      return { file: `${siteDir}/${sourcePath}`, sourcePath, date: article.date, ...(article.key && { key: article.key }) };
    });
    const summary = await indexSitePages(siteDir, pages, join(siteDir, 'pagefind'), options);
    writeFileSync(join(siteDir, 'assets', 'arshif-search.js'), await searchModule(options.cacheDir));
    return summary;
  } catch (error) {
    if (error instanceof NormalisedIndexError || error instanceof ShardIndexError || error instanceof MergeIndexError || error instanceof PagefindFileError) throw new SearchIndexError(error.message);
    throw error;
  }
}
