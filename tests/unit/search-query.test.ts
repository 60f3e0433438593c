// searchArchive (src/search/query.ts) over a stand-in for Pagefind's JS API: how the plan's
// groups combine (a group's searches joined, the groups intersected), and what a page's text
// and excerpt are made of. The real Pagefind runs in the end-to-end tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWord, seatAlternative } from '../../src/search/normalize.ts';
import { SENTINEL } from '../../src/search/pagefind-keys.ts';
import { fallbackQueries, searchArchive, withoutProcliticsQuery, type PagefindApi } from '../../src/search/query.ts';

interface Hit { id: string; score: number; words: number[] }

/** A Pagefind whose every search string has fixed results; a string it does not know finds nothing. */
function fakePagefind(results: Record<string, Hit[]>, texts: Record<string, string>): PagefindApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: async (term) => {
      asked.push(term);
      return {
        results: (results[term] ?? []).map((hit) => ({
          ...hit,
          data: async () => ({
            url: `/articles/${hit.id}/`,
            content: texts[hit.id] ?? '',
            meta: { title: hit.id },
            excerpt: '',
            word_count: 0,
            locations: hit.words,
            weighted_locations: hit.words.map((location) => ({ location, balanced_score: 1, weight: 1 })),
          }),
        })),
      };
    },
  };
}

const key = (word: string): string => normalizeWord(word) + SENTINEL;

test('a word with two readings: the pages of either, each once, by its best score', async () => {
  const either = seatAlternative('اعداد')! + SENTINEL;
  const pagefind = fakePagefind(
    {
      [key('اعداد')]: [{ id: 'numbers', score: 2, words: [0] }, { id: 'both', score: 1, words: [0] }],
      [either]: [{ id: 'preparing', score: 3, words: [1] }, { id: 'both', score: 5, words: [2] }],
    },
    { numbers: 'اعداد كبيرة', preparing: 'بدأ اعداد الخطة', both: 'اعداد و اعداد و إعداد' },
  );
  const { results } = await searchArchive(pagefind, 'اعداد');
  assert.deepEqual(pagefind.asked.sort(), [key('اعداد'), either].sort(), 'both readings searched, each alone');
  assert.deepEqual(results.map((r) => [r.id, r.score]), [['both', 5], ['preparing', 3], ['numbers', 2]]);
  // A page found by both readings is marked where either found it.
  const both = await results[0]!.data();
  assert.deepEqual(both.locations, [0, 2]);
});

test('with another word: pages need both words, and a reading no page has does not widen the search', async () => {
  const either = seatAlternative('اعداد')! + SENTINEL;
  const pagefind = fakePagefind(
    {
      // Pagefind drops a query word it does not know and matches the others: had the unknown
      // reading been searched with الطلاب, every page with الطلاب would have come back.
      [key('الطلاب')]: [{ id: 'students', score: 4, words: [1] }, { id: 'both', score: 1, words: [3] }],
      [key('اعداد')]: [{ id: 'both', score: 2, words: [2] }],
    },
    { students: 'الطلاب', both: 'أعداد الطلاب' },
  );
  const { results, plan } = await searchArchive(pagefind, 'اعداد الطلاب');
  assert.deepEqual(plan.searches, [[key('اعداد'), either], [key('الطلاب')]]);
  assert.deepEqual(results.map((r) => r.id), ['both'], 'only the page with both words');
  assert.ok(!pagefind.asked.some((term) => term.includes(' ') && term.includes(either)), 'the other reading never shares a search');
});

test('a typed hamza has one reading: one search', async () => {
  const pagefind = fakePagefind({ [key('إعداد')]: [{ id: 'preparing', score: 1, words: [0] }] }, { preparing: 'إعداد' });
  const { results } = await searchArchive(pagefind, 'إعداد');
  assert.deepEqual(pagefind.asked, [key('إعداد')]);
  assert.deepEqual(results.map((r) => r.id), ['preparing']);
});

test('a query that finds nothing as typed is searched again without its proclitics, and says so', async () => {
  // The archive writes the place bare or with another clitic; the reader typed بتنومة.
  const pagefind = fakePagefind({ [key('تنومة')]: [{ id: 'tanomah', score: 1, words: [1] }] }, { tanomah: 'أمطار وتنومة' });
  const search = await searchArchive(pagefind, 'بتنومة');
  assert.deepEqual(pagefind.asked, [key('بتنومة'), key('تنومة')]);
  assert.deepEqual(search.results.map((r) => r.id), ['tanomah']);
  assert.equal(search.instead, 'تنومة');
});

test('a query that finds pages as typed is not searched again, nor one with no proclitic to drop', async () => {
  const pagefind = fakePagefind({ [key('بنما')]: [{ id: 'panama', score: 1, words: [0] }], [key('نما')]: [{ id: 'grew', score: 1, words: [0] }] }, {});
  const panama = await searchArchive(pagefind, 'بنما');
  assert.deepEqual(panama.results.map((r) => r.id), ['panama'], 'بنما is Panama where the archive has it, not ب + نما');
  assert.equal(panama.instead, undefined);
  assert.deepEqual(pagefind.asked, [key('بنما')]);
  const none = await searchArchive(pagefind, 'تنومة');
  assert.deepEqual([none.results.length, none.instead], [0, undefined]);
});

test('withoutProcliticsQuery drops proclitics where the index reads the word so, in phrases too', () => {
  assert.equal(withoutProcliticsQuery('وبتنومة'), 'تنومة', 'two proclitics after و');
  assert.equal(withoutProcliticsQuery('محطة ورابغ'), 'محطة رابغ');
  assert.equal(withoutProcliticsQuery('"أمطار بتنومة"'), '"أمطار تنومة"');
  assert.equal(withoutProcliticsQuery('فالهجوم'), undefined, 'ف before ال: every reading already drops it');
  assert.equal(withoutProcliticsQuery('كتب'), undefined, 'not down to two letters');
  assert.equal(withoutProcliticsQuery('مطر'), undefined);
  assert.equal(withoutProcliticsQuery('لظريف'), 'ظريف');
  assert.equal(withoutProcliticsQuery('لهيروشيما'), undefined, 'a rest of six letters: the plan already searches هيروشيما');
});

test('a hamza inside a word typed on the other seat: searched again with it on the right one when nothing is found', async () => {
  const pagefind = fakePagefind({ [key('التساؤل')]: [{ id: 'asking', score: 1, words: [0] }] }, { asking: 'التساؤل مشروع' });
  const search = await searchArchive(pagefind, 'التسائل');
  assert.deepEqual(search.results.map((r) => r.id), ['asking']);
  assert.equal(search.instead, 'التساؤل');
  // Typed right, a word is searched as it is: سؤال (question) is not سئال, nor رئيس رؤيس.
  assert.deepEqual(fallbackQueries('مسئول'), [], 'ئو is already ؤو');
  assert.deepEqual(fallbackQueries('بتفائل'), ['تفائل', 'بتفاؤل', 'تفاؤل'], 'without proclitics, then the other seat, then both');
  const found = fakePagefind({ [key('سؤال')]: [{ id: 'q', score: 1, words: [0] }] }, {});
  assert.equal((await searchArchive(found, 'سؤال')).instead, undefined);
  assert.deepEqual(found.asked, [key('سؤال')]);
});
