// Eleventy 3.1 compiles a paginated Nunjucks template again for every page; the patch in
// src/site/nunjucks-compile-cache.ts compiles it once per process (per source and environment
// settings), whatever the number of runs. Same pages, far fewer compiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSite } from '../../src/site/eleventy.ts';
import { articleTemplateInput } from '../support/eleventy-input.ts';
import { nunjucks } from '../../src/site/nunjucks-compile-cache.ts';


/** Runs `body` in a fresh folder with Nunjucks' compiler counted: `compiles()` is how many so far. */
async function withCompileCount(body: (dir: string, compiles: () => number) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-njk-'));
  const original = nunjucks.compiler.compile;
  let count = 0;
  nunjucks.compiler.compile = (...args) => {
    count++;
    return original(...args);
  };
  try {
    await body(dir, () => count);
  } finally {
    nunjucks.compiler.compile = original;
    rmSync(dir, { recursive: true, force: true });
  }
}

const articles = Array.from({ length: 60 }, (_, i) => ({ url: `articles/a${i}/`, title: `مقال ${i}`, n: i }));

test('a paginated template is compiled once, not once per page, and renders the same', () =>
  withCompileCount(async (dir, compiles) => {
    const input = articleTemplateInput(dir, '{% extends "base.njk" %}{% block main %}<h1>{{ article.title }}</h1>{% if article.n > 20 %}<p>{{ article.n | num }}</p>{% endif %}{% endblock %}', articles, 'arab');
    mkdirSync(join(input.templatesDir, '_includes'), { recursive: true });
    writeFileSync(join(input.templatesDir, '_includes', 'base.njk'), '<main>{% block main %}{% endblock %}</main>');
    const { pages } = await renderSite(input, 1000, 1);
    assert.equal(pages, 60);
    assert.equal(readFileSync(join(dir, 'site', 'articles', 'a5', 'index.html'), 'utf8'), '<main><h1>مقال 5</h1></main>');
    assert.equal(readFileSync(join(dir, 'site', 'articles', 'a42', 'index.html'), 'utf8'), '<main><h1>مقال 42</h1><p>٤٢</p></main>');
    // The page template, its permalink and the layout, once each (plus the single-page run's
    // own), where Eleventy 3.1 alone compiles the page template 60 times.
    assert.ok(compiles() < 12, `${compiles()} compiles for 60 pages`);
  }));

test('every run after the first, in any later render of the process, reuses the compiled templates', () =>
  withCompileCount(async (dir, compiles) => {
    const input = articleTemplateInput(dir, '<h1>{{ article.title }}</h1>', articles, 'arab');
    // Three runs of 20 pages (and the single pages' run), each with its own Eleventy and Nunjucks environment.
    assert.equal((await renderSite(input, 20, 1)).runs, 4);
    const first = compiles();
    assert.ok(first > 0 && first < 8, `${first} compiles for the first render`);
    await renderSite(input, 20, 1);
    assert.equal(compiles(), first, 'a second render of the same templates compiles nothing');
    assert.equal(readFileSync(join(dir, 'site', 'articles', 'a45', 'index.html'), 'utf8'), '<h1>مقال 45</h1>');
  }));
