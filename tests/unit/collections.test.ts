import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollections, DEFAULT_OPTIONS } from '../../src/site/collections.ts';
import type { Article, ArticleMeta } from '../../src/schema/article.ts';
import { byDateDesc } from '../../src/site/view.ts';

const STYLE = { digits: 'latn', months: 'levantine' } as const;

function article(id: string, date: string | null, extra: Partial<ArticleMeta> = {}): Article {
  const meta = {
    id, url: `articles/${id}/`, title: `عنوان ${id}`, title_source: 'given', date,
    date_source: date ? { kind: 'given', field: 'date' } : { kind: 'unknown', reason: 'none' },
    summary: `ملخص ${id}`, places: [], organisations: [], tags: [], related: [], provenance: {},
    source: { file: `in/${id}.md`, sha256: '0'.repeat(64) }, lang: 'ar', word_count: 10, warnings: [], ...extra,
  } as ArticleMeta;
  return { meta, body: 'نص' };
}

const sorted = (articles: Article[]) => [...articles].sort((a, b) => byDateDesc({ date: a.meta.date, id: a.meta.id }, { date: b.meta.date, id: b.meta.id }));

test('archive: year -> month -> day pages with counts, undated articles on their own page', () => {
  const site = buildCollections(sorted([article('a', '2015-08-10'), article('b', '2015-08-10'), article('c', '2015-07-21'), article('d', null)]), { ...DEFAULT_OPTIONS, style: STYLE });
  const urls = site.lists.map((l) => l.url);
  for (const url of ['latest/', 'archive/2015/', 'archive/2015/08/', 'archive/2015/08/10/', 'archive/2015/07/', 'archive/2015/07/21/', 'archive/undated/']) assert.ok(urls.includes(url), url);
  const year = site.lists.find((l) => l.url === 'archive/2015/')!;
  assert.deepEqual(year.children, [{ url: 'archive/2015/08/', label: 'آب 2015', count: 2 }, { url: 'archive/2015/07/', label: 'تموز 2015', count: 1 }]);
  const month = site.lists.find((l) => l.url === 'archive/2015/08/')!;
  assert.deepEqual(month.children, [{ url: 'archive/2015/08/10/', label: 'الاثنين 10 آب 2015', count: 2 }]);
  assert.deepEqual(month.items.map((i) => i.url), ['articles/a/', 'articles/b/']);
  assert.deepEqual(site.indexes.find((i) => i.url === 'archive/')!.entries.map((e) => [e.url, e.count]), [['archive/2015/', 3], ['archive/undated/', 1]]);
  assert.deepEqual(site.links.get('a')!.dateLinks.map((l) => l.url), ['archive/2015/08/10/', 'archive/2015/08/', 'archive/2015/']);
});

test('lists paginate with stable URLs', () => {
  const many = sorted(Array.from({ length: 12 }, (_, i) => article(`x${String(i).padStart(2, '0')}`, '2015-08-10')));
  const site = buildCollections(many, { ...DEFAULT_OPTIONS, pageSize: 5, style: STYLE });
  const latest = site.lists.filter((l) => l.kind === 'latest');
  assert.deepEqual(latest.map((l) => [l.url, l.items.length, l.prev, l.next]), [
    ['latest/', 5, undefined, 'latest/page/2/'],
    ['latest/page/2/', 5, 'latest/', 'latest/page/3/'],
    ['latest/page/3/', 2, 'latest/page/2/', undefined],
  ]);
  assert.ok(latest.every((l) => l.pageCount === 3 && l.total === 12));
  assert.ok(latest.every((l) => !l.older), 'the whole archive fits: no pointer to older articles');
});

test('other lists are numbered from their oldest end: every article listed once, newest first, the first page S to 2S-1 long', () => {
  for (let n = 1; n <= 23; n++) {
    const many = sorted(Array.from({ length: n }, (_, i) => article(`x${String(i).padStart(2, '0')}`, '2015-08-10', { places: ['حلب'] })));
    const pages = buildCollections(many, { ...DEFAULT_OPTIONS, pageSize: 5, style: STYLE }).lists.filter((l) => l.kind === 'place');
    assert.deepEqual(pages.flatMap((l) => l.items.map((i) => i.url)), many.map((a) => a.meta.url), `${n} articles, in order, each once`);
    assert.equal(pages[0]!.url, 'places/حلب/');
    assert.equal(pages[0]!.total, n);
    assert.ok(n < 10 ? pages.length === 1 : pages[0]!.items.length >= 5 && pages[0]!.items.length <= 9, `${n}: first page ${pages[0]!.items.length} long`);
    // Newer-to-older links walk the pages in order, and back.
    pages.forEach((page, i) => {
      assert.equal(page.next, pages[i + 1]?.url, `${n}: page ${page.url} older link`);
      assert.equal(page.prev, pages[i - 1]?.url, `${n}: page ${page.url} newer link`);
    });
    for (const page of pages.slice(1)) {
      assert.equal(page.url, `places/حلب/page/${page.pageNumber}/`);
      assert.equal(page.items.length, 5);
      assert.deepEqual(page.span, { from: (page.pageNumber - 1) * 5 + 1, to: page.pageNumber * 5 });
      assert.equal(page.total, undefined, 'a numbered page does not print the list size, which changes');
    }
  }
});

test('a new article changes a list’s first page and at most two numbered ones', () => {
  const pagesOf = (n: number) => {
    const many = sorted(Array.from({ length: n }, (_, i) => article(`x${String(i).padStart(2, '0')}`, `2015-08-${String(i + 1).padStart(2, '0')}`, { places: ['حلب'] })));
    return new Map(buildCollections(many, { ...DEFAULT_OPTIONS, pageSize: 5, style: STYLE }).lists.filter((l) => l.kind === 'place').map((l) => [l.url, JSON.stringify(l)]));
  };
  for (let n = 10; n < 25; n++) {
    const before = pagesOf(n);
    const after = pagesOf(n + 1); // the added article is the newest
    const changed = [...after].filter(([url, page]) => before.get(url) !== page).map(([url]) => url);
    assert.ok(changed.includes('places/حلب/'));
    assert.ok(changed.length <= 3, `${n} -> ${n + 1}: ${changed.join(' ')}`);
    assert.ok([...before.keys()].every((url) => after.has(url)), 'no page goes away');
  }
});

test('the latest list stops after latestPages pages and points to the archive by date for the rest', () => {
  const many = sorted(Array.from({ length: 12 }, (_, i) => article(`x${String(i).padStart(2, '0')}`, `2015-08-${String(i + 1).padStart(2, '0')}`)));
  const site = buildCollections(many, { ...DEFAULT_OPTIONS, pageSize: 5, latestPages: 2, style: STYLE });
  const latest = site.lists.filter((l) => l.kind === 'latest');
  assert.deepEqual(latest.map((l) => [l.url, l.items.length, l.next, l.older?.url]), [
    ['latest/', 5, 'latest/page/2/', undefined],
    ['latest/page/2/', 5, undefined, 'archive/'],
  ]);
  assert.deepEqual(latest.flatMap((l) => l.items.map((i) => i.url)), many.slice(0, 10).map((a) => `articles/${a.meta.id}/`), 'the ten newest, in order');
  // The two oldest are still listed, on their day's page.
  for (const a of many.slice(10)) assert.ok(site.lists.some((l) => l.kind === 'day' && l.items.some((i) => i.url === `articles/${a.meta.id}/`)), a.meta.id);
});

test('terms: spellings merged, one-article tags get no page, places and outlets always do', () => {
  const site = buildCollections(
    sorted([
      article('a', '2015-08-10', { tags: ['إيران', 'نادر'], places: ['الرياض'], outlet: 'عكاظ', section: 'سياسة' }),
      article('b', '2015-08-09', { tags: ['ايران'], places: [], outlet: 'عكاظ', section: 'سياسة' }),
    ]),
    { ...DEFAULT_OPTIONS, style: STYLE },
  );
  const tags = site.indexes.find((i) => i.url === 'tags/')!;
  assert.deepEqual(tags.entries, [{ url: 'tags/إيران/', label: 'إيران', count: 2 }]);
  assert.deepEqual(site.links.get('a')!.tags, [{ label: 'إيران', url: 'tags/إيران/' }, { label: 'نادر' }]);
  assert.deepEqual(site.links.get('b')!.tags, [{ label: 'ايران', url: 'tags/إيران/' }]);
  assert.deepEqual(site.links.get('a')!.places, [{ label: 'الرياض', url: 'places/الرياض/' }]);
  assert.deepEqual(site.links.get('a')!.outletLink, { url: 'outlets/عكاظ/', label: 'عكاظ' });
  assert.deepEqual(site.home.sections.map((s) => [s.url, s.items.length]), [['sections/سياسة/', 2]]);
});

test('related items link to archived headlines; neighbours follow date order', () => {
  const site = buildCollections(
    sorted([
      article('new', '2015-08-10', { related: [{ text: '“عنوان old”' }, { text: 'خبر غير موجود' }] }),
      article('old', '2015-08-01'),
    ]),
    { ...DEFAULT_OPTIONS, style: STYLE },
  );
  assert.deepEqual(site.links.get('new')!.related, [{ text: '“عنوان old”', url: 'articles/old/' }, { text: 'خبر غير موجود' }]);
  assert.deepEqual(site.links.get('new')!.older, { url: 'articles/old/', label: 'عنوان old' });
  assert.equal(site.links.get('new')!.newer, undefined);
  assert.deepEqual(site.links.get('old')!.newer, { url: 'articles/new/', label: 'عنوان new' });
});
