import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeHref } from '../../src/site/url.ts';
import { ARTICLE, countNoun } from '../../src/site/plural.ts';
import { articleView, byDateDesc } from '../../src/site/view.ts';
import { markdownFromParagraphs } from '../../src/markdown/from-text.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { articleMeta, type Article } from '../../src/schema/article.ts';

test('relativeHref: relative from every page depth, absolute from the 404 page', () => {
  const cases: [target: string, from: string, expected: string][] = [
    ['', '/', './'],
    ['search/', '/', 'search/'],
    ['articles/x/', '/', 'articles/x/'],
    ['/assets/style.css', '/', 'assets/style.css'],
    ['', '/articles/x/', '../../'],
    ['search/', '/articles/x/', '../../search/'],
    ['assets/search.js', '/search/', '../assets/search.js'],
    ['articles/x/', '/page/2/', '../../articles/x/'],
    ['/page/3/', '/page/2/', '../../page/3/'],
    ['', '/page/2/', '../../'],
  ];
  for (const [target, from, expected] of cases) {
    assert.equal(relativeHref(target, from, '/archive/'), expected, `${target} from ${from}`);
  }
  assert.equal(relativeHref('search/', '/404.html', '/archive/'), '/archive/search/');
  assert.equal(relativeHref('', '/404.html', '/archive'), '/archive/');
  assert.equal(relativeHref('assets/style.css', '/404.html'), '/assets/style.css');
});

test('countNoun follows Arabic number agreement', () => {
  const counts = [1, 2, 3, 10, 11, 100, 103, 110, 111];
  assert.deepEqual(
    counts.map((n) => countNoun(n, ARTICLE)),
    ['مقالة واحدة', 'مقالتان', '3 مقالات', '10 مقالات', '11 مقالة', '100 مقالة', '103 مقالات', '110 مقالات', '111 مقالة'],
  );
  assert.equal(countNoun(12, ARTICLE, (n) => n.toLocaleString('ar-EG')), '١٢ مقالة');
});

test('byDateDesc: newest first, undated last, ties by id', () => {
  const items = [
    { id: 'c', date: '2023-01-15' },
    { id: 'z', date: null },
    { id: 'b', date: '2023-04-11' },
    { id: 'a', date: null },
    { id: 'a2', date: '2023-04-11' },
    { id: 'd', date: '2023-03-05' },
  ];
  const order = (list: typeof items) => [...list].sort(byDateDesc).map((i) => i.id);
  assert.deepEqual(order(items), ['a2', 'b', 'd', 'c', 'a', 'z']);
  assert.deepEqual(order([...items].reverse()), ['a2', 'b', 'd', 'c', 'a', 'z']);
});

function article(paragraphs: string[], patch: Record<string, unknown> = {}): Article {
  const meta = articleMeta.parse({
    id: 'x',
    url: 'articles/x/',
    title: 'عنوان',
    title_source: 'lede',
    date: '2023-04-11',
    date_source: { kind: 'given', field: 'date' },
    summary: paragraphs[0],
    source: { file: 'x.txt', sha256: '0'.repeat(64) },
    lang: 'ar',
    word_count: 3,
    related: [{ text: 'خبر آخر' }],
    ...patch,
  });
  return { meta, body: markdownFromParagraphs(paragraphs) };
}
const STYLE = { digits: 'latn', months: 'levantine' } as const;
const view = (a: Article) => articleView(a, renderMarkdown(a.body), STYLE);

test('articleView: dates for display, related kept', () => {
  const v = view(article(['الفقرة الأولى.', 'الثانية.']));
  assert.deepEqual(
    { id: v.id, url: v.url, title: v.title, date: v.date, dateDisplay: v.dateDisplay, hijri: v.hijri, related: v.related },
    { id: 'x', url: 'articles/x/', title: 'عنوان', date: '2023-04-11', dateDisplay: 'الثلاثاء 11 نيسان 2023', hijri: '20 رمضان 1444 هـ', related: [{ text: 'خبر آخر' }] },
  );
  assert.equal(v.html, '<p>الفقرة الأولى.</p>\n<p>الثانية.</p>');
  const undated = view(article(['نص'], { date: null, date_source: { kind: 'unknown', reason: 'none' } }));
  assert.deepEqual([undated.date, undated.dateDisplay, undated.hijri], [null, '', '']);
});

test('articleView: no standfirst when the body opens with the summary', () => {
  const lede = 'قال “المتحدث” إن <الهجوم> & الرد تما، اليوم.';
  assert.equal(view(article([lede, 'تتمة.'])).standfirst, '');
  // A summary cut at a word (with …) still opens the body.
  assert.equal(view(article([lede, 'تتمة.'], { summary: 'قال “المتحدث” إن…' })).standfirst, '');
  // A summary the body does not open with is shown.
  assert.equal(view(article(['نص مختلف.'], { summary: 'ملخص كتبه المحرر' })).standfirst, 'ملخص كتبه المحرر');
  assert.equal(view(article(['نص.'], { summary: '' })).standfirst, '');
});
