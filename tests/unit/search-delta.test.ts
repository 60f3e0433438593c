// The delta index's pure parts: what goes into a delta, where its pages sort among the base's,
// and how the search page puts the two indexes' results together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_RECORD, deltaLimit, deltaRanks, holdBase, planDelta, type BasePage } from '../../src/search/delta-index.ts';
import { deltaView, sortByDate, withDelta } from '../../src/search/query.ts';
import { pageOrderKey } from '../../src/search/shard-plan.ts';

const page = (url: string, key: string, date: string | null, id = `t/${url}`): BasePage => ({ url, key, id, date });

test('planDelta: added and edited pages go into the delta; edited and removed ones are masked', () => {
  const base = [page('/a/', '1', '2015-08-01'), page('/b/', '1', '2015-08-02'), page('/c/', '1', null)];
  const { changed, masked } = planDelta(base, [
    { url: '/a/', key: '1', date: '2015-08-01' }, // unchanged
    { url: '/b/', key: '2', date: '2015-08-02' }, // edited
    { url: '/d/', key: '1', date: '2015-08-03' }, // added
  ]); // /c/ removed
  assert.deepEqual(changed.map((p) => p.url), ['/b/', '/d/']);
  assert.deepEqual(masked.sort(), ['t//b/', 't//c/']);
  assert.deepEqual(planDelta(base, base), { changed: [], masked: [] }, 'nothing changed: an empty delta');
});

test('deltaRanks: a delta page sorts between the base pages of its date order', () => {
  const dates = ['2015-08-01', '2015-08-01', '2015-08-03', '2015-08-05'];
  // The base in its own page order (pageOrderKey), as the merge lists it.
  const base = dates.map((date, i) => page(`/p${i}/`, 'k', date)).sort((a, b) => (pageOrderKey(a) < pageOrderKey(b) ? -1 : 1));
  const ranks = deltaRanks(base, [
    { id: 'x/0', url: '/new-early/', date: '2015-07-30' },
    { id: 'x/1', url: '/new-mid/', date: '2015-08-04' },
    { id: 'x/2', url: '/new-late/', date: '2015-09-01' },
    { id: 'x/u0', url: '/new-undated/', date: null },
  ]);
  assert.deepEqual(ranks, { 'x/0': -0.5, 'x/1': 2.5, 'x/2': 3.5 }, 'undated pages need no rank');
});

test('deltaLimit: at least 100 changed pages, or 2% of a large archive', () => {
  assert.equal(deltaLimit(10), 100);
  assert.equal(deltaLimit(30_000), 600);
});

test('withDelta: masked base pages dropped, both indexes scored on one scale, best first', () => {
  const delta = deltaView({ basePages: 1000, deltaPages: 2, masked: ['b/old'], ranks: { 'd/0': 4.5 }, undated: ['d/u0'] });
  // A word on 10 of the base's pages and 1 of the delta's: Pagefind scored the delta page by a
  // 2-page index, where the word is common; over both, it is as rare as in the base.
  const base = Array.from({ length: 10 }, (_, i) => ({ id: i === 3 ? 'b/old' : `b/${i}`, score: 10 - i }));
  const merged = withDelta([...base, { id: 'd/0', score: 2 }], delta);
  assert.ok(!merged.some((r) => r.id === 'b/old'), 'the masked page is gone');
  assert.equal(merged.length, 10);
  const idf = (n: number, k: number) => Math.log((n - k + 0.5) / (k + 0.5) + 1);
  const fresh = merged.find((r) => r.id === 'd/0')!;
  assert.ok(Math.abs(fresh.score - (2 * idf(1001, 10)) / idf(2, 1)) < 1e-9, `${fresh.score}`);
  assert.ok(merged.findIndex((r) => r.id === 'd/0') < 3, 'a rare word on the new page ranks it high, as in one index');
  assert.deepEqual(merged.map((r) => r.score), [...merged.map((r) => r.score)].sort((a, b) => b - a));
  // By date, the delta page by its place in the base's order.
  const byDate = sortByDate([{ id: 'b/4' }, { id: 'd/0' }, { id: 'b/5' }, { id: 'd/u0' }], 'asc', delta.ranks);
  assert.deepEqual(byDate.map((r) => r.id), ['b/4', 'd/0', 'b/5', 'd/u0']);
});

test('holdBase: a folder is given the live base by hard links, without the live delta; never when the bases differ', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-delta-'));
  try {
    const live = join(dir, 'live');
    mkdirSync(join(live, 'index'), { recursive: true });
    mkdirSync(join(live, 'delta'), { recursive: true });
    writeFileSync(join(live, BASE_RECORD), JSON.stringify({ merge: 'm1', version: 'v', fragmentBlock: 1024, pages: [] }));
    writeFileSync(join(live, 'index', 'und_1.pf_index'), 'chunk');
    writeFileSync(join(live, 'delta', 'x'), 'old delta');
    writeFileSync(join(live, 'arshif-delta.json'), '{}');
    const spare = join(dir, 'spare');
    mkdirSync(spare);
    writeFileSync(join(spare, 'stale'), 'from an older build');
    assert.equal(holdBase(spare, live, 'm2'), false, 'not the base asked for');
    assert.equal(holdBase(spare, live, 'm1'), true);
    assert.equal(readFileSync(join(spare, 'index', 'und_1.pf_index'), 'utf8'), 'chunk');
    assert.equal(statSync(join(spare, 'index', 'und_1.pf_index')).ino, statSync(join(live, 'index', 'und_1.pf_index')).ino, 'a hard link');
    assert.throws(() => statSync(join(spare, 'stale')), 'what the spare held before is gone');
    assert.throws(() => statSync(join(spare, 'delta', 'x')), 'the live delta is not the new one');
    assert.throws(() => statSync(join(spare, 'arshif-delta.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
