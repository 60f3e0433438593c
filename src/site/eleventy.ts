// Eleventy 3, driven from code: templates/ is the input, article views arrive as global
// data (never read back from Markdown files, so Eleventy never slugifies or re-renders them).
import Eleventy from '@11ty/eleventy';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../markdown/processor.ts';
import type { ArticleView } from './view.ts';
import { relativeHref } from './url.ts';
import { ARTICLE, countNoun } from './plural.ts';

export interface SiteData {
  name: string;
  description: string;
  /** Where the site is served from, e.g. `/` or `/archive/`: used only by the 404 page. */
  pathPrefix: string;
}

export interface EleventyInput {
  templatesDir: string;
  outDir: string;
  site: SiteData;
  articles: ArticleView[];
}

type Config = {
  setLibrary(ext: string, lib: { render(content: string): string }): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (this: { page?: { url?: string } }, ...args: never[]) => unknown): void;
  setQuietMode(quiet: boolean): void;
};

export async function renderSite(input: EleventyInput): Promise<{ pages: number }> {
  const elev = new Eleventy(input.templatesDir, input.outDir, {
    quietMode: true,
    config(eleventyConfig: Config) {
      // Our unified pipeline is the Markdown engine for any .md template.
      eleventyConfig.setLibrary('md', { render: renderMarkdown });
      eleventyConfig.addGlobalData('site', input.site);
      eleventyConfig.addGlobalData('articles', input.articles);
      eleventyConfig.addFilter('countArticles', (n: number) => countNoun(n, ARTICLE));
      eleventyConfig.addFilter('rel', (target: string, fromUrl: string) => relativeHref(target, fromUrl, input.site.pathPrefix));
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
  const [, written] = (await elev.write()) as [unknown[], unknown[]];
  cpSync(join(input.templatesDir, 'assets'), join(input.outDir, 'assets'), { recursive: true });
  return { pages: written.length };
}
