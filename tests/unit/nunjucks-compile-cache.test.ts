// Eleventy 3.1 compiles a paginated Nunjucks template again for every page; the patch in
// src/site/nunjucks-compile-cache.ts compiles it once per run. Same pages, far fewer compiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderSite, type EleventyInput } from '../../src/site/eleventy.ts';
import type { ArticleView } from '../../src/site/view.ts';

const nunjucks = createRequire(join(dirname(createRequire(import.meta.url).resolve('@11ty/eleventy')), '..', 'package.json'))('nunjucks') as {
  compiler: { compile: (...args: unknown[]) => string };
};

test('a paginated template is compiled once per run, not once per page, and renders the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-njk-'));
  const original = nunjucks.compiler.compile;
  let compiles = 0;
  nunjucks.compiler.compile = (...args: unknown[]) => {
    compiles++;
    return original(...args);
  };
  try {
    const templatesDir = join(dir, 'templates');
    mkdirSync(join(templatesDir, 'assets'), { recursive: true });
    mkdirSync(join(templatesDir, '_includes'), { recursive: true });
    writeFileSync(join(templatesDir, '_includes', 'base.njk'), '<main>{% block main %}{% endblock %}</main>');
    writeFileSync(join(templatesDir, 'article.njk'), '---\npagination:\n  data: articles\n  size: 1\n  alias: article\npermalink: "/{{ article.url }}"\n---\n{% extends "base.njk" %}{% block main %}<h1>{{ article.title }}</h1>{% if article.n > 20 %}<p>{{ article.n | num }}</p>{% endif %}{% endblock %}');
    const articles = Array.from({ length: 60 }, (_, i) => ({ url: `articles/a${i}/`, title: `مقال ${i}`, n: i }) as unknown as ArticleView);
    const input: EleventyInput = {
      templatesDir,
      outDir: join(dir, 'site'),
      site: { name: 'أرشيف', description: '', pathPrefix: '/', aboutHtml: '', nav: [], digits: 'arab', ogLocale: 'ar_AR' },
      articles,
      collections: { home: [] as never, lists: [], indexes: [] },
      feed: { updated: new Date(0), items: [] },
      searchFilters: { year: [], section: [], outlet: [], place: [] },
    };
    const { pages } = await renderSite(input, 1000, 1);
    assert.equal(pages, 60);
    assert.equal(readFileSync(join(dir, 'site', 'articles', 'a5', 'index.html'), 'utf8'), '<main><h1>مقال 5</h1></main>');
    assert.equal(readFileSync(join(dir, 'site', 'articles', 'a42', 'index.html'), 'utf8'), '<main><h1>مقال 42</h1><p>٤٢</p></main>');
    // The page template, its permalink and the layout, once each (plus the single-page run's
    // own), where Eleventy 3.1 alone compiles the page template 60 times.
    assert.ok(compiles < 12, `${compiles} compiles for 60 pages`);
  } finally {
    nunjucks.compiler.compile = original;
    rmSync(dir, { recursive: true, force: true });
  }
});
