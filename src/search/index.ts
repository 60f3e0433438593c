// Search index: Pagefind over the built pages, matching on Arabic-normalised keys
// (normalized-index.ts: pass 1 reads what Pagefind extracts from each page, pass 2 indexes the
// normalised words, and fragments get the published text back), plus the browser module that
// normalises queries with the same code (bundle.ts). Pagefind reports failures as `errors`
// arrays instead of throwing: every step is checked there, so no index means no build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSearchModule } from './bundle.ts';
import { indexSiteNormalised, NormalisedIndexError } from './normalized-index.ts';
import { urlFor } from '../ingest/identity.ts';

export class SearchIndexError extends Error {}

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  try {
    // Only article pages carry data-pagefind-body; the lists, a third of the pages, are not read.
    const { pages } = await indexSiteNormalised(siteDir, { glob: `${urlFor('*')}**/*.html` });
    writeFileSync(join(siteDir, 'assets', 'arshif-search.js'), await bundleSearchModule());
    return { pages };
  } catch (error) {
    if (error instanceof NormalisedIndexError) throw new SearchIndexError(error.message);
    throw error;
  }
}
