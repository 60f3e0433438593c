// The whole output, checked like a publisher would before deploying: valid HTML on every
// page, no broken internal link, feeds, sitemap and structured data that parse. On the seed
// build and on a 1,000-article build from the shared corpus.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenLinks } from '../support/links.ts';
import { buildCorpusSite, buildSite, REPO, serve, type BuiltSite } from '../support/site.ts';
import { crawl } from '../support/crawl.ts';
import { htmlPages, validateSite } from '../support/validate-html.ts';

const builds: [string, () => Promise<BuiltSite>, string][] = [
  ['seed build', () => buildSite([join(REPO, 'seeds')], { base_url: 'https://example.org/archive/', path_prefix: '/archive/' }), '/archive/'],
  ['1,000 corpus articles', () => buildCorpusSite(1000), '/arshif/'],
];

for (const [name, build, prefix] of builds) {
  describe(name, { timeout: 600_000 }, () => {
    let site: BuiltSite;
    before(async () => {
      site = await build();
    });
    after(() => site?.remove());

    test('html-validate finds nothing on any page', async () => {
      const { files, problems } = await validateSite(site.siteDir);
      assert.ok(files > 10, `${files} pages`);
      assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    });

    test('no broken internal link or asset on any page', () => {
      assert.deepEqual(brokenLinks(site.siteDir, prefix), []);
    });

    test(`served under ${prefix}, every page and asset reachable by links answers 200`, async () => {
      const server = await serve(site.siteDir, prefix);
      try {
        const { pages, checked, broken } = await crawl(server.url);
        assert.deepEqual(broken, []);
        assert.equal(pages, htmlPages(site.siteDir).filter((p) => p !== '404.html').length, `crawled every page (${checked} URLs checked)`);
      } finally {
        await server.close();
      }
    });

    test('feeds, sitemap, robots.txt and JSON-LD parse and point at real pages', () => {
      const read = (file: string) => readFileSync(join(site.siteDir, file), 'utf8');
      const base = prefix === '/archive/' ? 'https://example.org/archive/' : 'https://archive.example.org/arshif/';
      const sitemap = read('sitemap.xml');
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(m[1]!));
      const pages = htmlPages(site.siteDir).filter((p) => p !== '404.html').map((p) => `${base}${p.replace(/index\.html$/, '')}`);
      assert.deepEqual([...locs].sort(), [...pages].sort(), 'the sitemap lists every page but 404');
      assert.match(read('robots.txt'), new RegExp(`Sitemap: ${base}sitemap.xml`));

      const feed = JSON.parse(read('feed.json')) as { version: string; items: { url: string; title: string; content_html: string }[] };
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.ok(feed.items.length > 0 && feed.items.length <= 50);
      for (const item of feed.items) assert.ok(pages.includes(item.url), item.url);
      const atom = read('feed.xml');
      assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/);
      assert.equal(atom.match(/<entry>/g)?.length, feed.items.length);
      assert.doesNotMatch(atom, /<(?!\/?(?:feed|title|subtitle|link|updated|id|entry|author|name|summary|content)\b|\?xml)/, 'no stray markup: article HTML is escaped');

      const article = htmlPages(site.siteDir).find((p) => p.startsWith('articles/'))!;
      const html = read(article);
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.inLanguage, 'ar');
      assert.equal(ld.url, `${base}${article.replace(/index\.html$/, '')}`);
      assert.match(html, new RegExp(`<link rel="canonical" href="${base}${article.replace(/index\.html$/, '')}">`));
      assert.match(html, /<meta property="og:type" content="article">/);
    });
  });
}
