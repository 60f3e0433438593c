// The search page's filter choices: the values article pages give Pagefind, counted per article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterValues, searchFilters } from '../../src/site/search-filters.ts';
import type { ArticleView } from '../../src/site/view.ts';

const article = (date: string | null, outlet: string | undefined, section: string | undefined, places: string[], linked = true): ArticleView =>
  ({
    date,
    ...(outlet && (linked ? { outletLink: { url: 'outlets/x/', label: outlet } } : { outlet })),
    ...(section && { sectionLink: { url: 'sections/x/', label: section } }),
    places: places.map((label) => ({ label })),
  }) as unknown as ArticleView;

test('filter values are those article.njk marks: year of the date, outlet linked or not, section, places once each', () => {
  assert.deepEqual(filterValues(article('2015-07-31', 'عكاظ', 'رياضة', ['جدة', 'جدة', 'الرياض'])), { year: ['2015'], section: ['رياضة'], outlet: ['عكاظ'], place: ['جدة', 'الرياض'] });
  assert.deepEqual(filterValues(article(null, 'سبق', undefined, [], false)), { year: [], section: [], outlet: ['سبق'], place: [] });
});

test('choices with their article counts: years newest first, the rest most used first, then by value', () => {
  const filters = searchFilters([
    article('2014-01-01', 'عكاظ', undefined, ['جدة']),
    article('2015-07-31', 'عكاظ', 'رياضة', ['جدة', 'الرياض']),
    article('2015-08-01', 'سبق', 'رياضة', ['مكة']),
    article(null, undefined, undefined, []),
  ]);
  assert.deepEqual(filters.year, [{ value: '2015', count: 2 }, { value: '2014', count: 1 }]);
  assert.deepEqual(filters.outlet, [{ value: 'عكاظ', count: 2 }, { value: 'سبق', count: 1 }]);
  assert.deepEqual(filters.section, [{ value: 'رياضة', count: 2 }]);
  assert.deepEqual(filters.place.map((c) => `${c.value}:${c.count}`), ['جدة:2', 'الرياض:1', 'مكة:1']);
});

test("a place choice carries the place's other one-word spellings, for the search to read a proclitic on them", () => {
  const filters = searchFilters([article('2015-07-31', 'عكاظ', undefined, ['ميونخ', 'إنجلترا', 'دير الزور', 'حطلة', 'بلدة لا يعرفها الدليل'])]);
  const aliases = Object.fromEntries(filters.place.map((c) => [c.value, c.aliases]));
  assert.deepEqual(aliases['ميونخ'], ['ميونيخ']);
  assert.deepEqual(aliases['إنجلترا'], ['انكلترا', 'إنكلترا']);
  assert.deepEqual(aliases['دير الزور'], ['ديرالزور'], 'a one-word spelling of a two-word name');
  assert.equal(aliases['حطلة'], undefined, 'none');
  assert.equal(aliases['بلدة لا يعرفها الدليل'], undefined, 'a name the gazetteer does not know');
});
