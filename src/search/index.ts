// Search index: Pagefind's Node API over the built pages. The API reports failures as
// `errors` arrays instead of throwing, so every step is checked: no index, no build.
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export class SearchIndexError extends Error {}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check(`indexing ${siteDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    // Count what the index holds (pages with data-pagefind-body), not the files scanned.
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages === 0) throw new SearchIndexError(`Pagefind indexed no pages in ${siteDir}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
