// An archive rebuilt after an article is added, edited and deleted, searched in headless
// Chromium after each rebuild: the changed pages come from the delta index over the first
// build's (delta-index.ts), and the old text of an edited or deleted article is found no more.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { runBuild } from '../../src/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { corpusSample, REPO, RESULTS_IN, serve } from '../support/site.ts';

const article = (place: string): string =>
  `أعلنت هيئة الأرصاد يوم الثلاثاء 11 من آب 2015 أن منطقة ${place} شهدت أمطارا غزيرة وسيولا في عدد من الأودية.\n` +
  'وقال المتحدث باسم الهيئة إن الفرق الميدانية تتابع الوضع على مدار الساعة.\n';

let dir: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;

async function build(): Promise<{ deltaPages: number; masked: string[] }> {
  const summary = await runBuild(loadConfig(dir, 'config.json'));
  return JSON.parse(readFileSync(join(summary.outDir, 'pagefind', 'arshif-delta.json'), 'utf8')) as { deltaPages: number; masked: string[] };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'arshif-rebuild-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'sample.json'), JSON.stringify(corpusSample(40)));
  cpSync(join(REPO, 'seeds'), join(dir, 'in', 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work', index_shard_pages: 10 }));
  const first = await build();
  assert.equal(first.deltaPages, 0, 'a first build is one whole index');
  server = await serve(join(dir, 'site'));
  ({ browser, close: closeBrowser } = await launchBrowser());
});

after(async () => {
  await closeBrowser?.();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The search page's answer for `query` in a fresh browser context: its status line and result links. */
async function search(query: string): Promise<{ status: string; links: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status', { hasText: `«${query}»` }).waitFor();
  if (!(await page.locator('#search-status').textContent())!.includes('لا نتائج')) await page.locator(RESULTS_IN).first().waitFor();
  const result = { status: (await page.locator('#search-status').textContent())!, links: await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)) };
  assert.deepEqual(failures, []);
  await context.close();
  return result;
}

/** The result count the status line gives (in words for none, one and two). */
const count = (status: string): number => (status.startsWith('لا نتائج') ? 0 : status.startsWith('نتيجة واحدة') ? 1 : status.startsWith('نتيجتان') ? 2 : Number(status.match(/^[\d,]+/)![0].replace(/,/g, '')));

test('an added, edited and deleted article is searchable as changed after each rebuild', { timeout: 240_000 }, async () => {
  const before = await search('أمطار');
  assert.equal((await search('زنجبيلستان')).links.length, 0);

  writeFileSync(join(dir, 'in', 'rain.txt'), article('زنجبيلستان'));
  const added = await build();
  assert.ok(added.deltaPages >= 1, 'the new page went into a delta');
  const found = await search('زنجبيلستان');
  assert.equal(found.links.length, 1, found.status);
  const page = found.links[0]!;
  const rain = await search('أمطار');
  assert.equal(count(rain.status), count(before.status) + 1, `${before.status} -> ${rain.status}: the added page is among a common word's results too`);

  writeFileSync(join(dir, 'in', 'rain.txt'), article('قرطبيلونة'));
  const edited = await build();
  assert.ok(edited.masked.length >= 1, 'the first version is masked');
  assert.equal((await search('زنجبيلستان')).links.length, 0, 'the old text is found no more');
  assert.deepEqual((await search('قرطبيلونة')).links, [page]);

  rmSync(join(dir, 'in', 'rain.txt'));
  await build();
  assert.equal((await search('قرطبيلونة')).links.length, 0, 'nor the deleted article');
  assert.equal((await search('أمطار')).status, before.status, 'and a common word finds what it found before the article came');
});
