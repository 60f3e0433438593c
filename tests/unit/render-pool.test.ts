// Rendering on several processes: pages from every worker, and a template error in a worker
// fails the render with Eleventy's message instead of hanging or being lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSite, type EleventyInput } from '../../src/site/eleventy.ts';
import { articleTemplateInput } from '../support/eleventy-input.ts';

function input(dir: string, template: string): EleventyInput {
  return articleTemplateInput(dir, template, Array.from({ length: 5 }, (_, i) => ({ url: `articles/a${i}/`, title: `مقال ${i}` })));
}

test('runs on three worker processes write every page, as one process does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-pool-'));
  try {
    const { pages, runs } = await renderSite(input(dir, '<p>{{ article.title }}</p>'), 1, 3);
    assert.equal(runs, 6); // the (empty) singles run and five article runs
    assert.equal(pages, 5);
    for (let i = 0; i < 5; i++) assert.equal(readFileSync(join(dir, 'site', 'articles', `a${i}`, 'index.html'), 'utf8'), `<p>مقال ${i}</p>`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a template error in a worker fails the render, naming the problem', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-pool-'));
  try {
    await assert.rejects(renderSite(input(dir, '{% include "missing.njk" %}'), 1, 2), /rendering failed: .*missing\.njk/s);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
