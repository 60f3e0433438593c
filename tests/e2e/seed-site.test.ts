// A reader's path through the seed site in headless Chromium, served under a subpath
// (/archive/) as a static host would: home -> article, and search -> article.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, serve, REPO, RESULTS_IN, type BuiltSite } from '../support/site.ts';

const SEED = join(REPO, 'seeds', '000_8db493ebabbc4d35.txt');
const HEADLINE = 'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا';
const SHOTS = join(REPO, 'tests', 'screenshots');
// The seed has 15 lines (the last has no newline, so `wc -l` says 14): 2 are "اقرأ أيضًا"
// links, moved to related items, and 13 are the story's paragraphs.
const PARAGRAPHS = 13;

let site: BuiltSite;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await buildSite([SEED]);
  server = await serve(site.siteDir, '/archive/');
  ({ browser, close: closeBrowser } = await launchBrowser());
});

after(async () => {
  await closeBrowser?.();
  await server?.close();
  site?.remove();
});

const problems = new WeakMap<Page, string[]>();

/** A page in a new context that records script errors and failed requests. */
async function newPage(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ar', ...options });
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && seen.push(`${response.status()} ${response.url()}`));
  return page;
}

async function done(page: Page): Promise<void> {
  assert.deepEqual(problems.get(page), [], 'no script errors or failed requests');
  await page.context().close();
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByLabel('ابحث في نصوص المقالات').fill(query);
  await page.getByRole('button', { name: 'ابحث' }).click();
  await page.locator(RESULTS_IN).first().waitFor();
}

for (const width of [390, 1280]) {
  test(`home -> article at ${width}px`, async () => {
    const page = await newPage(width);
    await page.goto(server.url);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await page.screenshot({ path: join(SHOTS, `home-${width}.png`), fullPage: true });
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.waitForURL(/\/archive\/articles\/000-8db493ebabbc4d35\/$/);
    assert.equal(await page.locator('h1').textContent(), HEADLINE);
    assert.equal(await page.locator('article time').first().textContent(), 'الثلاثاء 11 نيسان 2023');
    assert.equal(await page.locator('article .body p').count(), PARAGRAPHS);
    // The stylesheet loaded through a relative link under the subpath: RTL body text aligns right.
    const align = await page.locator('article .body p').first().evaluate((p) => getComputedStyle(p).direction);
    assert.equal(align, 'rtl');
    const noOverflow = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(noOverflow, 'no horizontal scrolling');
    await page.screenshot({ path: join(SHOTS, `article-${width}.png`), fullPage: true });
    await done(page);
  });

  test(`search "كونيكو" -> result -> article at ${width}px`, async () => {
    const page = await newPage(width);
    await page.goto(`${server.url}search/`);
    await searchFor(page, 'كونيكو');
    assert.match(await page.locator('#search-status').textContent() ?? '', /نتيجة واحدة/);
    assert.ok(new URL(page.url()).searchParams.get('q') === 'كونيكو', 'the query is in the URL');
    assert.ok(await page.locator('#search-results mark').count() > 0, 'the excerpt highlights the hit');
    await page.screenshot({ path: join(SHOTS, `search-${width}.png`), fullPage: true });
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/archive\/articles\/000-8db493ebabbc4d35\/$/);
    assert.equal(await page.locator('h1').textContent(), HEADLINE);
    await done(page);
  });
}

test('search "ايران" without hamza finds إيران, and the back button restores the query', async () => {
  const page = await newPage(1280);
  await page.goto(`${server.url}search/?q=${encodeURIComponent('ايران')}`);
  await page.locator(RESULTS_IN).first().waitFor();
  assert.equal(await page.getByLabel('ابحث في نصوص المقالات').inputValue(), 'ايران');
  await page.locator('#search-results a').first().click();
  await page.waitForURL(/\/articles\/000-8db493ebabbc4d35\/$/);
  assert.match(await page.locator('article .body').textContent() ?? '', /إيران/);
  await page.goBack();
  await page.locator(RESULTS_IN).first().waitFor();
  assert.equal(await page.getByLabel('ابحث في نصوص المقالات').inputValue(), 'ايران');
  await done(page);
});

test('a query with no match says so', async () => {
  const page = await newPage(1280);
  await page.goto(`${server.url}search/`);
  await page.getByLabel('ابحث في نصوص المقالات').fill('زلزال');
  await page.getByRole('button', { name: 'ابحث' }).click();
  await page.locator('#search-status', { hasText: 'لا نتائج' }).waitFor();
  assert.equal(await page.locator('#search-results li').count(), 0);
  await done(page);
});

test('with JavaScript off the article reads and search says it needs JavaScript', async () => {
  const page = await newPage(390, { javaScriptEnabled: false });
  await page.goto(server.url);
  await page.getByRole('link', { name: HEADLINE }).click();
  assert.equal(await page.locator('article .body p').count(), PARAGRAPHS);
  await page.goto(`${server.url}search/`);
  assert.match(await page.locator('main').textContent() ?? '', /يحتاج إلى تفعيل JavaScript/);
  await done(page);
});
