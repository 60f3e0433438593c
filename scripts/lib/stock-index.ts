// Stock Pagefind over a built site, the baseline the search scripts compare against: its
// default configuration (Arabic stemming, prefix matching) and nothing of Arshif's search.
import * as pagefind from 'pagefind';

/** Indexes every page of `siteDir` with stock Pagefind into `outputPath`; the number of pages. */
export async function writeStockIndex(siteDir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`stock index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`stock index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`stock index: ${written.errors.join('; ')}`);
  return added.page_count;
}
