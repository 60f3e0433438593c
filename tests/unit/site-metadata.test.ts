import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isolateLatin, escapeHtml } from '../../src/site/bidi.ts';
import { jsonFeed, newsArticleJsonLd, sitemaps } from '../../src/site/metadata.ts';
import { termKey, termSlug } from '../../src/site/terms.ts';
import type { ArticleView } from '../../src/site/view.ts';

test('isolateLatin escapes and isolates Latin runs', () => {
  assert.equal(isolateLatin('فاز Real Madrid على <b>'), 'فاز <bdi>Real Madrid</bdi> على &lt;<bdi>b</bdi>&gt;');
  assert.equal(isolateLatin('نص عربي 2015 فقط'), 'نص عربي 2015 فقط');
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('term slugs keep Arabic, drop marks and punctuation; keys fold spellings', () => {
  assert.equal(termSlug('وزارة الصحة'), 'وزارة-الصحة');
  assert.equal(termSlug('مُحَمَّد / ـالعلي؟'), 'محمد-العلي');
  assert.equal(termSlug('Real Madrid'), 'real-madrid');
  assert.equal(termKey('إيران'), termKey('ايران'));
  assert.equal(termKey('المنطقة'), termKey('المنطقه'));
});

const ARTICLE = {
  url: 'articles/x/', title: 'عنوان </script><script>alert(1)</script>', summary: 'ملخص', date: '2023-04-11', dateDisplay: '', id: 'x', hijri: '',
  standfirst: '', html: '<p>نص</p>', dateLinks: [], tags: [], places: [], related: [], keywords: ['سوريا'], wordCount: 3, byline: 'واس',
} as ArticleView;

test('JSON-LD is a NewsArticle that cannot close its <script>', () => {
  const json = newsArticleJsonLd(ARTICLE, { name: 'أرشيف', description: '', baseUrl: 'https://example.org/' });
  assert.doesNotMatch(json, /<\/script>/i);
  const ld = JSON.parse(json) as Record<string, unknown>;
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, ARTICLE.title);
  assert.equal(ld.url, 'https://example.org/articles/x/');
  assert.equal(ld.datePublished, '2023-04-11');
  assert.deepEqual(ld.author, { '@type': 'Person', name: 'واس' });
});

test('JSON Feed 1.1 with absolute URLs', () => {
  const feed = JSON.parse(jsonFeed({ items: [{ url: 'articles/x/', title: 't', summary: 's', html: '<p>h</p>', date: '2023-04-11', updated: new Date(0), tags: [] }] }, { name: 'أرشيف', description: 'd', baseUrl: 'https://example.org/a/' }));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.items[0].url, 'https://example.org/a/articles/x/');
  assert.equal(feed.items[0].date_published, '2023-04-11T00:00:00Z');
});

test('sitemaps: one file up to the limit, an index and parts past it; Arabic paths percent-encoded', () => {
  const one = sitemaps(['', 'tags/سوريا/'], 'https://example.org/');
  assert.equal(one.length, 1);
  assert.ok(one[0]!.xml.includes('<loc>https://example.org/tags/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/</loc>'));
  const split = sitemaps(['a/', 'b/', 'c/', 'd/', 'e/'], 'https://example.org/', 2);
  assert.deepEqual(split.map((s) => s.file), ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
  assert.match(split[0]!.xml, /<sitemapindex[\s\S]*<loc>https:\/\/example.org\/sitemap-3.xml<\/loc>/);
  assert.equal(split[3]!.xml.match(/<url>/g)?.length, 1);
});
