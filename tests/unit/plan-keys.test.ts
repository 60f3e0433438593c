// A page unit's key (src/site/build-site.ts planSite) is what decides whether a rebuild renders
// it again: it must change with anything the page shows, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleUnit, listUnit, planSite, type SiteOptions } from '../../src/site/build-site.ts';
import { TEMPLATES_DIR } from '../../src/build.ts';
import { createRenderCache } from '../../src/markdown/cache.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import type { Article, ArticleMeta } from '../../src/schema/article.ts';

const OPTIONS: SiteOptions = {
  templatesDir: TEMPLATES_DIR, name: 'أرشيف', description: 'اختبار', pathPrefix: '/', about: '', pageSize: 3,
  locale: 'ar', style: { digits: 'latn', months: 'levantine' }, cache: createRenderCache(renderMarkdown),
};

function article(id: string, date: string, extra: Partial<ArticleMeta> = {}): Article {
  const meta = {
    id, url: `articles/${id}/`, title: `عنوان ${id}`, title_source: 'given', date, date_source: { kind: 'given', field: 'date' },
    summary: `ملخص ${id}`, places: ['حلب'], organisations: [], tags: [], related: [], provenance: {},
    source: { file: `in/${id}.md`, sha256: '0'.repeat(64) }, lang: 'ar', word_count: 10, warnings: [], ...extra,
  } as ArticleMeta;
  return { meta, body: `نص ${id}` };
}

// Ten articles in the place حلب, one a day in one month: those lists have a front page and two
// numbered pages of 3; the latest list, numbered from the newest, four pages.
const archive = (change: (a: Article) => Article = (a) => a): Article[] =>
  Array.from({ length: 10 }, (_, i) => change(article(`a${i}`, `2015-08-${String(10 + i).padStart(2, '0')}`)));

const keys = (records: Article[]) => planSite(records, OPTIONS).keys;

test('plan keys: a retitled article changes its page, its neighbours and the lists that show it, nothing else', () => {
  const before = keys(archive());
  assert.deepEqual(keys(archive()), before, 'the same records, the same keys');
  const after = keys(archive((a) => (a.meta.id === 'a1' ? { ...a, meta: { ...a.meta, title: 'عنوان جديد' } } : a)));
  const changed = [...before].filter(([unit, key]) => after.get(unit) !== key).map(([unit]) => unit).sort();
  assert.deepEqual(changed, [
    articleUnit('a0'), articleUnit('a1'), articleUnit('a2'), // its page and its neighbours' links to it
    // the pages listing it: its day, the oldest pages of its month and place, the latest list's last
    listUnit('archive/2015/08/11/'), listUnit('archive/2015/08/page/1/'), listUnit('places/حلب/page/1/'), listUnit('latest/page/3/'),
    'singles', // the feed and the home page list it only when among the newest; the search filters always count it
  ].sort());
});

test('plan keys: a list item stands in its list key by its record, so a change in the body alone changes the lists too', () => {
  const before = keys(archive());
  const after = keys(archive((a) => (a.meta.id === 'a5' ? { ...a, body: 'نص آخر' } : a)));
  for (const unit of [articleUnit('a5'), listUnit('archive/2015/08/15/'), listUnit('places/حلب/page/2/')]) assert.notEqual(after.get(unit), before.get(unit), unit);
  for (const unit of [articleUnit('a4'), listUnit('archive/2015/08/14/'), listUnit('places/حلب/page/1/')]) assert.equal(after.get(unit), before.get(unit), unit);
});
