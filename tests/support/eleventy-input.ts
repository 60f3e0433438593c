// A minimal Eleventy site for tests of the render machinery: one paginated article template
// and the EleventyInput that renders the given articles with it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EleventyInput } from '../../src/site/eleventy.ts';
import type { Digits } from '../../src/site/format-date.ts';
import type { ArticleView } from '../../src/site/view.ts';

/** `dir`/templates with article.njk (`body` after its pagination front matter); output to `dir`/site. */
export function articleTemplateInput(dir: string, body: string, articles: readonly object[], digits: Digits = 'latn'): EleventyInput {
  const templatesDir = join(dir, 'templates');
  mkdirSync(join(templatesDir, 'assets'), { recursive: true });
  writeFileSync(join(templatesDir, 'article.njk'), `---\npagination:\n  data: articles\n  size: 1\n  alias: article\npermalink: "/{{ article.url }}"\n---\n${body}`);
  return {
    templatesDir,
    outDir: join(dir, 'site'),
    site: { name: 'أرشيف', description: '', pathPrefix: '/', aboutHtml: '', nav: [], digits, ogLocale: 'ar_AR' },
    articles: articles as ArticleView[],
    collections: { home: [] as never, lists: [], indexes: [] },
    feed: { updated: new Date(0), items: [] },
    searchFilters: { year: [], section: [], outlet: [], place: [] },
  };
}
