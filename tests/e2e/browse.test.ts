// A reader browsing a 1,000-article archive (from the shared corpus) in headless Chromium,
// served under a subpath: home -> year -> month -> article -> tag -> another article, in light
// and dark mode, on a phone and a desktop; axe-core finds no accessibility violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildCorpusSite, REPO, RESULTS_IN, serve, type BuiltSite } from '../support/site.ts';

const SHOTS = join(REPO, 'tests', 'screenshots');
let site: BuiltSite;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await buildCorpusSite(1000);
  server = await serve(site.siteDir, '/arshif/');
  ({ browser, close: closeBrowser } = await launchBrowser());
}, { timeout: 300_000 });

after(async () => {
  await closeBrowser?.();
  await server?.close();
  site?.remove();
});

async function open(width: number, scheme: 'light' | 'dark'): Promise<{ page: Page; failures: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'ar' });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  return { page, failures };
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`home -> year -> month -> article -> tag -> another article (${scheme}, ${width}px)`, { timeout: 120_000 }, async () => {
      const { page, failures } = await open(width, scheme);
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `browse-${name}-${scheme}-${width}.png`), fullPage: false });
      await page.goto(server.url);
      await shot('home');
      await page.getByRole('navigation', { name: 'أقسام الموقع' }).getByRole('link', { name: 'الأرشيف' }).click();
      await page.getByRole('link', { name: '2015' }).first().click();
      assert.equal(await page.locator('h1').textContent(), 'أرشيف 2015');
      await page.getByRole('link', { name: 'آب 2015' }).click();
      assert.equal(await page.locator('h1').textContent(), 'آب 2015');
      await shot('month');
      const firstTitle = (await page.locator('.article-list h2 a').first().textContent())!;
      await page.locator('.article-list h2 a').first().click();
      assert.equal(await page.locator('article h1').textContent(), firstTitle);
      assert.match((await page.locator('article time').textContent())!, /آب 2015$/);
      await shot('article');
      const tag = page.locator('.article-terms a[href*="tags/"]').first();
      const tagName = (await tag.textContent())!;
      await tag.click();
      assert.equal(await page.locator('h1').textContent(), tagName);
      const others = page.locator('.article-list h2 a').filter({ hasNotText: firstTitle });
      assert.ok((await others.count()) >= 1, 'the tag page lists another article');
      const otherTitle = (await others.first().textContent())!;
      await others.first().click();
      assert.equal(await page.locator('article h1').textContent(), otherTitle);
      assert.ok(await page.locator(`.article-terms a:text-is("${tagName}")`).count(), 'it carries the same tag');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling');
      assert.deepEqual(failures, []);
      await page.context().close();
    });
  }

  test(`axe-core finds no violation on home, article, month, tag, place and search pages (${scheme})`, { timeout: 120_000 }, async () => {
    const { page, failures } = await open(1280, scheme);
    // The first link of a list page, as an absolute URL.
    const firstLink = async (path: string, selector: string): Promise<string> => {
      await page.goto(new URL(path, server.url).href);
      return new URL((await page.locator(selector).first().getAttribute('href'))!, page.url()).href;
    };
    const pages = [
      server.url,
      await firstLink('', '.article-list h3 a'),
      new URL('archive/2015/08/', server.url).href,
      await firstLink('tags/', '.term-list a'),
      await firstLink('places/', '.term-list a'),
      new URL(`search/?q=${encodeURIComponent('الرياض')}`, server.url).href,
    ];
    const violations: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      if (url.includes('/search/')) await page.locator(RESULTS_IN).first().waitFor();
      assert.equal(await page.locator('h1').count(), 1, `${url} has its page`);
      violations.push(...(await axeViolations(page)).map((v) => `${decodeURI(url)}: ${v}`));
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(failures, []);
    await page.context().close();
  });
}

test('the axe harness does report violations (a page with an unlabelled image and no lang)', async () => {
  const { page } = await open(800, 'light');
  await page.setContent('<html><head><title>x</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const violations = await axeViolations(page);
  assert.ok(violations.some((v) => v.startsWith('image-alt')), violations.join('\n'));
  assert.ok(violations.some((v) => v.startsWith('html-has-lang')), violations.join('\n'));
  await page.context().close();
});

test('search narrows by outlet and year, sorts by date, and keeps it all in the URL', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(1280, 'light');
  await page.goto(`${server.url}search/?q=${encodeURIComponent('الرياض')}`);
  await page.locator(RESULTS_IN).first().waitFor();
  const total = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
  await page.getByLabel('المصدر').selectOption('عكاظ');
  await page.locator('#search-status', { hasText: '(عكاظ)' }).waitFor();
  await page.locator(RESULTS_IN).first().waitFor();
  const metas = await page.locator('#search-results .meta').allTextContents();
  assert.ok(metas.length > 0 && metas.every((m) => m.endsWith('· عكاظ')), metas.join('\n'));
  assert.ok(metas.length < total, 'fewer results than without the filter');
  assert.equal(new URL(page.url()).searchParams.get('outlet'), 'عكاظ');
  await page.getByLabel('الترتيب').selectOption('asc');
  await page.waitForURL(/sort=asc/);
  await page.locator(RESULTS_IN).first().waitFor();
  const dates = await page.locator('#search-results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  await page.screenshot({ path: join(SHOTS, 'browse-search-filters-light-1280.png') });
  await page.reload();
  await page.locator(RESULTS_IN).first().waitFor();
  assert.equal(await page.getByLabel('المصدر').inputValue(), 'عكاظ', 'the filter survives a reload');
  assert.equal(await page.getByLabel('الترتيب').inputValue(), 'asc');
  assert.deepEqual(failures, []);
  await page.context().close();
});

test('search shows results ten at a time; "more" adds the next ten, newest first across both', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(390, 'light');
  await page.goto(`${server.url}search/?q=${encodeURIComponent('الرياض')}&sort=desc`);
  await page.locator(RESULTS_IN).first().waitFor();
  assert.equal(await page.locator('#search-results li').count(), 10);
  assert.match((await page.locator('#search-status').textContent())!, /يظهر أول 10 منها/);
  const more = page.getByRole('button', { name: 'المزيد من النتائج' });
  await more.click();
  await page.locator(RESULTS_IN).nth(19).waitFor();
  assert.equal(await page.locator('#search-results li').count(), 20);
  assert.match((await page.locator('#search-status').textContent())!, /يظهر أول 20 منها/);
  const dates = await page.locator('#search-results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  assert.equal(dates.length, 20);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, across both batches');
  await page.screenshot({ path: join(SHOTS, 'browse-search-more-light-390.png'), fullPage: true });
  assert.deepEqual(failures, []);
  await page.context().close();
});

test('search shows its first result without waiting for the other nine, and keeps their order', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(1280, 'light');
  await page.goto(`${server.url}search/`);
  // Hold every result's page text until released, in the order the page asks for them.
  const held: (() => Promise<void>)[] = [];
  await page.route('**/*.pf_fragment', (route) => void held.push(() => route.continue()));
  await page.getByLabel('ابحث في نصوص المقالات').fill('الرياض');
  await page.getByRole('button', { name: 'ابحث' }).click();
  await expectTrue(() => held.length === 10, 'ten texts asked for at once');
  const list = page.locator('#search-results');
  await held[1]!(); // the second result's text first: nothing shows before the first's
  await page.waitForTimeout(200);
  assert.equal(await list.locator('li').count(), 0);
  await held[0]!();
  await list.locator('li').nth(1).waitFor();
  assert.equal(await list.locator('li').count(), 2, 'the first two, in order, while eight are still loading');
  assert.equal(await list.getAttribute('aria-busy'), 'true');
  assert.match((await page.locator('#search-status').textContent())!, /يظهر أول 10 منها/, 'the status is written once, for the whole batch');
  for (const release of held.slice(2)) await release();
  await page.locator(RESULTS_IN).nth(9).waitFor();
  assert.equal(await list.getAttribute('aria-busy'), 'false');
  assert.deepEqual(failures, []);
  await page.context().close();
});

test('search says when its index cannot be loaded, and searches again once it can', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(390, 'light');
  await page.goto(`${server.url}search/`);
  await page.route('**/*.pf_meta', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.getByLabel('ابحث في نصوص المقالات').fill('الرياض');
  await page.getByRole('button', { name: 'ابحث' }).click();
  const status = page.locator('#search-status');
  await status.filter({ hasText: 'تعذّر البحث' }).waitFor();
  assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), 'false');
  assert.equal(await page.locator('#search-results li').count(), 0);
  await page.unroute('**/*.pf_meta');
  await page.getByRole('button', { name: 'ابحث' }).click();
  await page.locator(RESULTS_IN).first().waitFor();
  assert.match((await status.textContent())!, /نتيجة|نتائج/);
  assert.deepEqual(failures.filter((f) => !/^503 .*\.pf_meta$/.test(f)), [], 'nothing failed but the meta held back');
  await page.context().close();
});

async function expectTrue(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    assert.ok(waited < 30_000, `timed out: ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

test('a proclitic typed on a place of the archive searches the place: «بجدة» finds what «جدة» finds', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(1280, 'light');
  const count = async (query: string): Promise<number> => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.locator(RESULTS_IN).first().waitFor();
    return Number((await page.locator('#search-status').textContent())!.match(/[\d,]+/)![0]!.replace(/,/g, ''));
  };
  await page.goto(`${server.url}search/`);
  assert.equal(await page.locator('select[data-filter="place"] option[value="جدة"]').count(), 1, 'جدة is one of the archive\'s places');
  const plain = await count('جدة');
  assert.ok(plain > 1, `${plain} results for جدة`);
  assert.equal(await count('بجدة'), plain);
  assert.equal(await count('وجدة'), plain);
  assert.deepEqual(failures, []);
  await page.context().close();
});

test('a word typed with a proclitic that no page has is searched without it, and the status says so: «لظريف» finds what «ظريف» finds; «لروحاني» finds «روحاني» at once', { timeout: 120_000 }, async () => {
  const { page, failures } = await open(1280, 'light');
  const status = async (query: string): Promise<string> => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.locator(RESULTS_IN).first().waitFor();
    return (await page.locator('#search-status').textContent())!;
  };
  const countOf = (text: string): string => text.match(/^(\d+|نتيجة واحدة|نتيجتان)/)![0];
  // ظريف and روحاني (names, not among the archive's places) are on a few pages of this sample,
  // never with ل. The short one is searched as typed first, then without the ل; the long one
  // (six letters past the ل) is searched both ways at once.
  const plain = await status('ظريف');
  assert.doesNotMatch(plain, /لا نتائج/);
  const typed = await status('لظريف');
  assert.ok(typed.startsWith(`لا نتائج عن «لظريف»؛ ${countOf(plain)}`), typed);
  assert.match(typed, /عن «ظريف»/);
  await page.screenshot({ path: join(SHOTS, 'search-without-proclitic.png') });
  const long = await status('روحاني');
  assert.doesNotMatch(long, /لا نتائج/);
  assert.equal(await status('لروحاني'), long.replace('«روحاني»', '«لروحاني»'));
  assert.deepEqual(failures, []);
  await page.context().close();
});
