// The search index's own formats: the CBOR subset, the compacted pf_meta, date order by id,
// and a real Pagefind bundle rewritten on a few pages (searching it in Chromium is the e2e
// tests' part).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCbor, encodeCbor, CborError, type Cbor } from '../../src/search/cbor.ts';
import { dateOrder, lengthWeight, pageId, REFERENCE_WORDS, roundWordCount } from '../../src/search/compact-meta.ts';
import { sortByDate } from '../../src/search/query.ts';
import { decodePagefindFile, writeNormalisedIndex, type PageText } from '../../src/search/normalized-index.ts';
import { mergedOrder } from '../../src/search/merge-index.ts';
import * as pagefind from 'pagefind';

test('CBOR: integers at every length boundary, UTF-8 text and nested arrays round-trip', () => {
  const values: Cbor[] = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -24, -25, -169, -256, -257, -(2 ** 32), '', 'أرشيف', 'x'.repeat(300), [], [[1, 'a'], [2, ['b', []]]], Array.from({ length: 70_000 }, (_, i) => i)];
  for (const value of values) assert.deepEqual(decodeCbor(encodeCbor(value)), value);
  // Shortest forms, as minicbor writes them.
  assert.deepEqual([...encodeCbor(23)], [0x17]);
  assert.deepEqual([...encodeCbor(24)], [0x18, 24]);
  assert.deepEqual([...encodeCbor(256)], [0x19, 1, 0]);
  assert.deepEqual([...encodeCbor(['a'])], [0x81, 0x61, 0x61]);
  assert.deepEqual([...encodeCbor(-25)], [0x38, 24]); // a Pagefind weight marker
});

test('CBOR: what Pagefind never writes is refused, not misread', () => {
  assert.throws(() => decodeCbor(Uint8Array.from([0x9f])), CborError); // indefinite array
  assert.throws(() => decodeCbor(Uint8Array.from([0x63, 0x61])), CborError); // truncated text
  assert.throws(() => decodeCbor(Uint8Array.from([0x01, 0x02])), CborError); // trailing bytes
  assert.throws(() => decodeCbor(Uint8Array.from([0xa0])), CborError); // map
  assert.throws(() => encodeCbor(1.5), CborError);
});

test('word counts are exact below 16, then steps of a 1.25 scale, at most 12% off', () => {
  assert.equal(roundWordCount(0), 0);
  assert.equal(roundWordCount(15), 15);
  assert.equal(roundWordCount(100), 108); // 1.25^21; 1.25^20 = 86.7 is farther in log scale
  const steps = new Set<number>();
  for (let n = 1; n < 50_000; n += 7) {
    const rounded = roundWordCount(n);
    assert.ok(Math.abs(rounded - n) / n <= 0.12, String(n));
    if (n >= 16) steps.add(rounded);
  }
  assert.ok(steps.size <= 37, `${steps.size} distinct counts from 16 to 50,000`);
});

// Pagefind 1.6's BM25 term frequency (pagefind_web search.rs, default ranking: k1 1.4, b 0.75),
// as a function of a page's word weights and its length against the average.
const bm25Tf = (weights: number[], length: number, average: number): number => {
  const tf = weights.reduce((a, w) => a + w, 0) / 24;
  return (2.4 * tf) / (1.4 * (0.25 + (0.75 * length) / average) + tf);
};

test('a page length folded into its weights gives the BM25 term frequency of the length', () => {
  assert.equal(lengthWeight(24, REFERENCE_WORDS), 24);
  assert.equal(lengthWeight(24, 0), 96); // shortest: n = 1 - b
  assert.equal(lengthWeight(12, 100_000), 1); // never 0: the occurrence still counts
  for (const length of [5, 40, 150, 300, 700, 2_000, 6_000]) {
    for (const weights of [[24], [24, 24, 24], [12, 12], Array(9).fill(24) as number[], [8, 24, 6]]) {
      // A compound word's parts (weights 6-12) on the few longest pages round to 1 or 2: left out.
      if (length > 2_000 && weights.some((w) => w < 24)) continue;
      // Against the length rounded as pf_meta used to hold it (roundWordCount, tested above).
      const real = bm25Tf(weights, roundWordCount(length), REFERENCE_WORDS);
      const folded = bm25Tf(weights.map((w) => lengthWeight(w, length)), REFERENCE_WORDS, REFERENCE_WORDS);
      // Whole-number weights: within 3% up to 700 words (90% of the corpus's pages); on the
      // longest, where weights are a few steps apart, up to 20% (2,000 words) or 30% (6,000).
      assert.ok(Math.abs(folded - real) / real <= (length <= 700 ? 0.03 : length <= 2_000 ? 0.2 : 0.3), `${length} words, weights ${weights.join(' ')}: ${folded} vs ${real}`);
    }
  }
  // Longer pages still rank lower for the same occurrences, as BM25 wants.
  assert.ok(lengthWeight(24, 100) > lengthWeight(24, 300) && lengthWeight(24, 300) > lengthWeight(24, 900));
});

test('page ids carry date order: dated by rank, undated after them', () => {
  assert.equal(pageId('ab12', { rank: 36, dated: true }), 'ab12/10');
  assert.equal(pageId('ab12', { rank: 5, dated: false }), 'ab12/u5');
  assert.deepEqual(dateOrder('ab12/10'), { dated: true, rank: 36 });
  assert.deepEqual(dateOrder('ab12/u5'), { dated: false, rank: 5 });
  const results = ['t/u1', 't/2', 't/10', 't/u0', 't/0'].map((id) => ({ id }));
  assert.deepEqual(sortByDate(results, 'asc').map((r) => r.id), ['t/0', 't/2', 't/10', 't/u1', 't/u0']);
  assert.deepEqual(sortByDate(results, 'desc').map((r) => r.id), ['t/10', 't/2', 't/0', 't/u1', 't/u0']);
});

test('date order for indexing: dated pages oldest first (the URL hash breaks ties), then undated by URL hash', () => {
  const page = (url: string, date: string | null) => ({ url, date, fragment: Buffer.alloc(0) });
  const order = mergedOrder([{ pages: [page('/c/', null), page('/b/', '2015-08-01'), page('/a/', '2015-08-01')] }, { pages: [page('/d/', '2014-01-01'), page('/a0/', null)] }]);
  // sha256: /b/ 80adb18c… before /a/ 8290412f…; /c/ eeafdc68… before /a0/ f582d224….
  assert.deepEqual(order.map((o) => [o.page.url, o.rank.dated, o.rank.rank]), [
    ['/d/', true, 0], ['/b/', true, 1], ['/a/', true, 2], ['/c/', false, 0], ['/a0/', false, 1],
  ]);
  assert.throws(() => mergedOrder([{ pages: [page('/a/', null)] }, { pages: [page('/a/', null)] }]), /in two shards/);
});

test('a real Pagefind bundle after the rewrite: compact meta, fragments at their new ids with the published text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-index-'));
  try {
    const pages: PageText[] = [
      { url: '/articles/b/', content: 'وقال المسؤولون إن الهجوم وقع في الرياض', meta: { title: 'ب', date: '2015-08-02' }, filters: { year: ['2015'] } },
      { url: '/articles/a/', content: 'أعلنت وزارة الصحة عن حالات جديدة', meta: { title: 'أ', date: '2015-08-01' }, filters: { year: ['2015'] } },
      { url: '/articles/c/', content: 'نص بلا تاريخ عن الرياض', meta: { title: 'ج' }, filters: {} },
    ];
    await writeNormalisedIndex(pages, dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { und: { hash: string; page_count: number } } };
    assert.equal(entry.languages.und.page_count, 3);
    const metaFiles = readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));
    assert.deepEqual(metaFiles, [`pagefind.${entry.languages.und.hash}.pf_meta`], 'one meta, named in the entry');
    const meta = decodeCbor(decodePagefindFile(readFileSync(join(dir, metaFiles[0]!)))) as Cbor[];
    const ids = (meta[1] as Cbor[][]).map((p) => p[0] as string);
    const token = ids[0]!.split('/')[0]!;
    const undatedToken = ids[2]!.split('/')[0]!;
    assert.deepEqual(ids, [`${token}/0`, `${token}/1`, `${undatedToken}/u0`], 'indexed in date order, named by rank');
    assert.notEqual(undatedToken, token, 'dated and undated pages are separate blocks');
    assert.deepEqual(meta[4], [], 'no sort permutation');
    assert.deepEqual(readdirSync(join(dir, 'fragment')).sort(), [token, undatedToken].sort(), 'every fragment moved under its block\'s token');
    for (const [i, id] of ids.entries()) {
      const fragment = JSON.parse(decodePagefindFile(readFileSync(join(dir, 'fragment', `${id}.pf_fragment`))).toString('utf8')) as PageText;
      const page = [pages[1], pages[0], pages[2]][i]!;
      assert.equal(fragment.url, page.url);
      assert.equal(fragment.content, page.content, 'the text as published, not the keys');
    }
    // Same input, same bytes: the token and every name are content-derived.
    const again = join(dir, 'again');
    await writeNormalisedIndex(pages, again);
    assert.deepEqual(readdirSync(again).sort(), readdirSync(dir).filter((f) => f !== 'again').sort());
    assert.ok(existsSync(join(again, 'fragment', token)));
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
