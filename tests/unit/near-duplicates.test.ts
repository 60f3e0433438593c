import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNearDuplicates, foldWords, sketchText, type NearDupGroup, type NearDupInput } from '../../src/ingest/near-duplicates.ts';

// Deterministic Arabic-like text: a seeded PRNG over common function words and pseudo-words
// built from Arabic letters, so no fixture files and every run sees the same articles.
function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤ';
const FUNCTION_WORDS = ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'مع', 'التي', 'الذي', 'وقال', 'قد', 'كما', 'بعد', 'هذا', 'خلال'];
const VOCAB = (() => {
  const rand = prng(1);
  const words = new Set<string>();
  while (words.size < 3000) {
    let w = rand() < 0.5 ? 'ال' : '';
    const len = 3 + Math.floor(rand() * 5);
    for (let i = 0; i < len; i++) w += LETTERS[Math.floor(rand() * LETTERS.length)];
    words.add(w);
  }
  return [...words];
})();
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function sentence(rand: () => number): string {
  const n = 10 + Math.floor(rand() * 10);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rand() < 0.25 ? pick(rand, FUNCTION_WORDS) : pick(rand, VOCAB));
  return words.join(' ') + (rand() < 0.8 ? '.' : '،');
}
/** An article of about `words` words, as sentences (so a test can change one). */
function article(seed: number, words = 300): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let count = 0; count < words; ) {
    const s = sentence(rand);
    out.push(s);
    count += s.split(' ').length;
  }
  return out;
}
const join = (sentences: readonly string[]): string => sentences.join(' ');
const keysOf = (g: NearDupGroup): string[] => [g.keep, ...g.duplicates.map((d) => d.key)].sort();

test('identical texts form one group; keep is the first in input order', () => {
  const text = join(article(10));
  const groups = findNearDuplicates([
    { key: 'b', text },
    { key: 'x', text: join(article(11)) },
    { key: 'a', text },
    { key: 'c', text },
  ]);
  assert.deepEqual(groups, [{ keep: 'b', duplicates: [{ key: 'a', similarity: 1 }, { key: 'c', similarity: 1 }] }]);
});

test('one sentence changed in a 300-word article: grouped, similarity below 1', () => {
  const a = article(20);
  const b = [...a];
  b[7] = sentence(prng(999));
  const groups = findNearDuplicates([{ key: 'a', text: join(a) }, { key: 'b', text: join(b) }]);
  assert.equal(groups.length, 1);
  const sim = groups[0]!.duplicates[0]!.similarity;
  assert.ok(sim >= 0.8 && sim < 1, `similarity ${sim}`);
});

test('a byline added and trailing text appended: grouped', () => {
  const a = join(article(30));
  const groups = findNearDuplicates([
    { key: 'original', text: a },
    { key: 'byline', text: `الرياض – واس\n${a}` },
    { key: 'trailing', text: `${a}\nاقرأ أيضا: ${join(article(31, 20))}` },
  ]);
  assert.deepEqual(groups.map(keysOf), [['byline', 'original', 'trailing']]);
});

test('spelling noise (hamza, ta marbuta, alef maqsura, harakat, tatweel, digits) does not count', () => {
  const a = 'أعلنت الهيئة العامة للإحصاء أن معدل التضخم ارتفع إلى ٢٫٥ في المئة خلال الربع الأول من العام، وقالت إن أسعار المواد الغذائية والسكن كانت وراء الزيادة التي جاءت أعلى من توقعات المحللين في السوق المحلية.';
  const b = 'اعلنت الهيئه العامه للاحصاء أنّ معدل التضخـــم ارتفع الى 2.5 في المئة خلال الربع الاول من العام، وقالت إنَّ أسعار المواد الغذائية والسكن كانت وراء الزيادة التى جاءت اعلى من توقعات المحللين فى السوق المحلية.';
  assert.equal(foldWords(a), foldWords(b));
  const groups = findNearDuplicates([{ key: 'a', text: a }, { key: 'b', text: b }]);
  assert.deepEqual(groups, [{ keep: 'a', duplicates: [{ key: 'b', similarity: 1 }] }]);
});

test('two different articles on the same topic sharing some phrases: not grouped', () => {
  const shared = article(40, 90); // about 30% of each article is the same wire text
  const a = [...article(41, 210), ...shared];
  const b = [...shared, ...article(42, 210)];
  assert.deepEqual(findNearDuplicates([{ key: 'a', text: join(a) }, { key: 'b', text: join(b) }]), []);
  // Half shared is still two stories.
  const half = article(43, 150);
  const c = [...article(44, 150), ...half];
  const d = [...half, ...article(45, 150)];
  assert.deepEqual(findNearDuplicates([{ key: 'c', text: join(c) }, { key: 'd', text: join(d) }]), []);
});

test('short texts are grouped only when their folded text is identical; empty texts never', () => {
  const groups = findNearDuplicates([
    { key: 's1', text: 'وزير الخارجية يصل إلى القاهرة' },
    { key: 's2', text: 'وزير الخارجية يصل الى القاهرة.' }, // same words after folding
    { key: 's3', text: 'وزير الخارجية يصل إلى عمّان' }, // one word of five differs
    { key: 'e1', text: '' },
    { key: 'e2', text: '' },
    { key: 'e3', text: ' \n… ' },
    { key: 'long', text: `وزير الخارجية يصل إلى القاهرة ${join(article(50, 40))}` },
  ]);
  assert.deepEqual(groups, [{ keep: 's1', duplicates: [{ key: 's2', similarity: 1 }] }]);
  // 19 of 20 words shared: a Jaccard score over so few shingles would say "duplicate".
  const words = article(51, 30).join(' ').split(' ').slice(0, 19);
  assert.deepEqual(findNearDuplicates([
    { key: 'a', text: words.join(' ') },
    { key: 'b', text: [...words.slice(0, 18), 'مختلفة'].join(' ') },
  ]), []);
});

test('order independence: the same groups for any input order; keep is the earliest in the input', () => {
  // 30 distinct articles plus planted copies: 3 exact, 3 edited, and one group of four.
  const items: NearDupInput[] = [];
  for (let i = 0; i < 30; i++) items.push({ key: `art-${String(i).padStart(2, '0')}`, text: join(article(100 + i)) });
  for (let i = 0; i < 3; i++) items.push({ key: `exact-${i}`, text: items[i]!.text });
  for (let i = 3; i < 6; i++) {
    const s = article(100 + i);
    s[2] = sentence(prng(500 + i));
    items.push({ key: `edit-${i}`, text: join(s) });
  }
  for (let j = 0; j < 3; j++) items.push({ key: `multi-${j}`, text: `${join(article(110))} ${sentence(prng(600 + j))}` });

  const expected = [
    ['art-00', 'exact-0'], ['art-01', 'exact-1'], ['art-02', 'exact-2'],
    ['art-03', 'edit-3'], ['art-04', 'edit-4'], ['art-05', 'edit-5'],
    ['art-10', 'multi-0', 'multi-1', 'multi-2'],
  ];
  const rand = prng(7);
  for (let round = 0; round < 10; round++) {
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const position = new Map(shuffled.map((it, i) => [it.key, i]));
    const groups = findNearDuplicates(shuffled);
    assert.deepEqual(groups.map(keysOf).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)), expected);
    for (const g of groups) {
      const earliest = keysOf(g).reduce((p, q) => (position.get(q)! < position.get(p)! ? q : p));
      assert.equal(g.keep, earliest, 'keep is the member that comes first in the input');
      const dupKeys = g.duplicates.map((d) => d.key);
      assert.deepEqual(dupKeys, [...dupKeys].sort(), 'duplicates are sorted by key');
    }
    const keepPositions = groups.map((g) => position.get(g.keep)!);
    assert.deepEqual(keepPositions, [...keepPositions].sort((a, b) => a - b), 'groups are in input order of keep');
  }
});

test('5,000 random distinct articles produce no groups; planted near-duplicates among them are all found', () => {
  const items: NearDupInput[] = [];
  for (let i = 0; i < 5000; i++) items.push({ key: `a${i}`, text: join(article(10_000 + i, 150 + (i % 200))) });
  assert.deepEqual(findNearDuplicates(items), []);

  for (let i = 0; i < 25; i++) {
    const original = items[i * 97]!.text;
    items.push({ key: `copy${i}`, text: `${original} ${sentence(prng(77_000 + i))}` }); // a trailing sentence added
  }
  const groups = findNearDuplicates(items);
  assert.deepEqual(groups.map(keysOf).sort(), Array.from({ length: 25 }, (_, i) => [`a${i * 97}`, `copy${i}`].sort()).sort());
});

test('options are checked', () => {
  const one = [{ key: 'a', text: 'نص' }];
  assert.throws(() => findNearDuplicates(one, { threshold: 0 }), RangeError);
  assert.throws(() => findNearDuplicates(one, { threshold: 1.5 }), RangeError);
  assert.throws(() => findNearDuplicates(one, { shingle: 0 }), RangeError);
  assert.throws(() => findNearDuplicates(one, { hashes: 16, bands: 17 }), RangeError);
  assert.deepEqual(findNearDuplicates([], {}), []);
});

test('explicit hashes/bands and an odd signature length give the same groups', () => {
  const a = article(60);
  const b = [...a];
  b[3] = sentence(prng(61));
  const items = [{ key: 'a', text: join(a) }, { key: 'b', text: join(b) }, { key: 'c', text: join(article(62)) }];
  const expected = findNearDuplicates(items);
  assert.equal(expected.length, 1);
  assert.deepEqual(findNearDuplicates(items, { hashes: 127, bands: 21 }), expected);
  assert.deepEqual(findNearDuplicates(items, { hashes: 128, bands: 32 }), expected);
});

test('sketches made beforehand (as the ingest workers make and cache them) give the same groups and similarities', () => {
  const items: NearDupInput[] = [];
  for (let i = 0; i < 400; i++) items.push({ key: `a${i}`, text: join(article(20_000 + i, 60 + (i % 150))) });
  for (let i = 0; i < 10; i++) items.push({ key: `copy${i}`, text: `${items[i * 31]!.text} ${sentence(prng(88_000 + i))}` });
  items.push({ key: 'short1', text: 'خبر قصير جدا' }, { key: 'short2', text: 'خبرٌ قصيرٌ جداً' }, { key: 'empty', text: '' });
  const plain = findNearDuplicates(items);
  assert.ok(plain.length >= 10 && plain.some((g) => g.keep === 'short1'), JSON.stringify(plain.map((g) => g.keep)));
  const sketched = items.map((item) => ({ ...item, sketch: sketchText(item.text) }));
  assert.deepEqual(findNearDuplicates(sketched), plain);
  // A sketch made with other parameters is not used: the groups are still right.
  assert.deepEqual(findNearDuplicates(items.map((item) => ({ ...item, sketch: sketchText(item.text, { hashes: 32 }) }))), plain);
  assert.deepEqual(findNearDuplicates(sketched, { hashes: 32 }), findNearDuplicates(items, { hashes: 32 }));
});
