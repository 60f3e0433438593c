// The sharded index: shards planned by date span, built by Pagefind, cached, and merged into
// what one Pagefind run over every page would have written. The check is by meaning, not
// bytes: every word's pages and positions, every filter value's pages, every page's text,
// decoded from Pagefind's own single index and from the merge of several shards.
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeCbor, type Cbor } from '../../src/search/cbor.ts';
import { decodePagefindFile } from '../../src/search/pagefind-files.ts';
import { chunkBounds, compareCodePoints, isCompoundJoin, mergeShards, mergedOrder } from '../../src/search/merge-index.ts';
import { indexShard, INDEX_LANGUAGE, type PageText } from '../../src/search/shard-index.ts';
import { indexSitePages } from '../../src/search/normalized-index.ts';
import { keyShard } from '../../src/search/key-index.ts';
import { readChunk, writeChunk } from '../../src/search/index-chunk.ts';
import { planShards } from '../../src/search/shard-plan.ts';
import { indexText, SENTINEL } from '../../src/search/pagefind-keys.ts';
import { lengthWeight, REFERENCE_WORDS } from '../../src/search/compact-meta.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_8db493ebabbc4d35.txt');
const paragraphs = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

/** 30 pages of seed text: dated across two years, some undated, with filters. */
function pages(): PageText[] {
  return Array.from({ length: 30 }, (_, i) => {
    const date = i % 7 === 6 ? undefined : `${2014 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`;
    const content = `${paragraphs[i % paragraphs.length]} ${paragraphs[(i * 3 + 1) % paragraphs.length]} وثيقة${i}`;
    return {
      url: `/articles/p${String(i).padStart(2, '0')}/`,
      content,
      meta: { title: i % 2 ? `أخبار إيران ${i}` : `عنوان ${i}`, ...(date && { date }) },
      filters: { outlet: [i % 3 === 0 ? 'عكاظ' : 'الرياض'], ...(date && { year: [date.slice(0, 4)] }) },
    };
  });
}

interface Decoded {
  /** word (and `word>form` for the forms Pagefind folded into it) -> "url:positions:metaPositions" entries, sorted. */
  words: Map<string, string[]>;
  /** filter -> value -> urls, sorted. */
  filters: Map<string, Map<string, string[]>>;
  /** url -> [word count, fragment text]. */
  pages: Map<string, [number, string]>;
}

/**
 * A decoded posting (`url:positions:metaPositions`, see decodeIndex) with its page's length
 * folded into its weights: Pagefind's groups of positions by ascending weight, each opened by
 * -(weight + 1), the first position in full and the rest as gaps, regrouped by the new weights.
 */
function foldLengths(entry: string, lengthOf: (url: string) => number): string {
  const [, url, locs, metaLocs] = /^(.*?):(\[.*?\]):(\[.*\])$/.exec(entry)!;
  const occurrences: [weight: number, position: number][] = [];
  let weight = 0;
  let position = 0;
  let opened = false;
  for (const item of JSON.parse(locs!) as number[]) {
    if (item < 0) [weight, opened] = [-item - 1, true];
    else {
      position = opened ? item : position + item;
      opened = false;
      occurrences.push([lengthWeight(weight, lengthOf(url!)), position]);
    }
  }
  const out: number[] = [];
  for (const w of [...new Set(occurrences.map(([x]) => x))].sort((a, b) => a - b)) {
    out.push(-(w + 1));
    let previous = 0;
    for (const [x, p] of occurrences.sort((a, b) => a[1] - b[1])) if (x === w) [out[out.length], previous] = [p - previous, p];
  }
  return `${url}:${JSON.stringify(out)}:${metaLocs}`;
}

/** Reads a Pagefind 1.6 index folder back into meaning, with page numbers resolved to URLs. */
function decodeIndex(dir: string): Decoded {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = decodeCbor(decodePagefindFile(readFileSync(join(dir, `pagefind.${entry.languages[INDEX_LANGUAGE]!.hash}.pf_meta`)))) as Cbor[];
  const urls: string[] = [];
  const pagesOut = new Map<string, [number, string]>();
  for (const [id, words] of meta[1] as [string, number][]) {
    const fragment = JSON.parse(decodePagefindFile(readFileSync(join(dir, 'fragment', `${id}.pf_fragment`))).toString('utf8')) as { url: string; content: string };
    urls.push(fragment.url);
    pagesOut.set(fragment.url, [words, fragment.content]);
  }
  const words = new Map<string, string[]>();
  let previous = '';
  for (const [, , hash] of meta[2] as [string, string, string][]) {
    type Postings = [number, Cbor[], Cbor[]][];
    const [list] = decodeCbor(decodePagefindFile(readFileSync(join(dir, 'index', `${hash}.pf_index`)))) as [[string, Postings, [string, Postings][]][]];
    const read = (postings: Postings): string[] => {
      let page = 0;
      return postings.map(([delta, locs, metaLocs]) => `${urls[(page += delta)]}:${JSON.stringify(locs)}:${JSON.stringify(metaLocs)}`).sort();
    };
    for (const [word, postings, variants] of list) {
      assert.ok(compareCodePoints(previous, word) < 0 || previous === '', `words in order: ${previous} < ${word}`);
      previous = word;
      words.set(word, read(postings));
      for (const [form, formPostings] of variants) words.set(`${word}>${form}`, read(formPostings));
    }
  }
  const filters = new Map<string, Map<string, string[]>>();
  for (const [name, hash] of meta[3] as [string, string][]) {
    const [, values] = decodeCbor(decodePagefindFile(readFileSync(join(dir, 'filter', `${hash}.pf_filter`)))) as [string, [string, number[]][]];
    filters.set(name, new Map(values.map(([value, list]) => [value, list.map((p) => urls[p]!).sort()])));
  }
  return { words, filters, pages: pagesOut };
}

test('code-point order, chunk bounds and compound joins', () => {
  assert.ok(compareCodePoints('a', 'b') < 0);
  assert.ok(compareCodePoints('ab', 'a') > 0);
  // U+FFFD sorts before an astral character in code points, after its surrogates in UTF-16.
  assert.ok(compareCodePoints('\uFFFD', '😀') < 0);
  assert.ok('\uFFFD' > '😀');
  assert.deepEqual(chunkBounds('apple', 'apricot'), ['app', 'apr']);
  assert.deepEqual(chunkBounds('cath', 'cathartic'), ['cath', 'catha']);
  assert.deepEqual(chunkBounds('ريا', 'رياض'), ['ريا', 'رياض']);
  assert.equal(isCompoundJoin(`رياض${SENTINEL}`), false);
  assert.equal(isCompoundJoin(`رياض${SENTINEL}رياضه${SENTINEL}`), true);
  assert.equal(isCompoundJoin('covid'), false);
});

test('shards are date spans cut by halving: a change in one span leaves the others as they were', () => {
  const page = (url: string, date: string | null) => ({ url, date });
  const all = [
    ...Array.from({ length: 6 }, (_, i) => page(`/a${i}/`, `2015-01-0${i + 1}`)),
    ...Array.from({ length: 3 }, (_, i) => page(`/b${i}/`, `2015-09-1${i}`)),
    page('/c/', '2014-05-05'),
    page('/u1/', null),
    page('/u2/', null),
  ];
  const plan = planShards(all, 4);
  assert.deepEqual(plan.map((s) => [s.label, s.pages.length]), [
    ['2014-01-01..2014-12-31', 1],
    ['2015-01-01..2015-01-03', 3],
    ['2015-01-04..2015-01-06', 3],
    ['2015-07-03..2015-12-31', 3],
    ['undated', 2],
  ]);
  assert.equal(plan.flatMap((s) => s.pages).length, all.length, 'every page in one shard');
  // One more page in September: only September's shard changes.
  const again = planShards([...all, page('/b9/', '2015-09-20')], 4);
  const labels = (p: typeof plan) => p.map((s) => `${s.label}:${s.pages.map((x) => x.url).join(',')}`);
  assert.deepEqual(labels(again).filter((l) => !l.includes('/b')), labels(plan).filter((l) => !l.includes('/b')));
  // A day with more pages than a shard holds is split by URL hash, deterministically.
  const crowded = Array.from({ length: 10 }, (_, i) => page(`/d${i}/`, '2016-02-02'));
  const split = planShards(crowded, 4);
  assert.ok(split.every((s) => s.pages.length <= 4 && s.label.startsWith('2016-02-02#')));
  assert.deepEqual(planShards(crowded, 4), split);
  assert.throws(() => planShards(all, 0), RangeError);
});

test('merged shards hold exactly what one Pagefind index of all pages holds, in date order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-merge-'));
  try {
    const all = pages();
    // Pagefind's own index of every page at once, keys as the normalised index writes them.
    const created = await pagefind.createIndex({ includeCharacters: SENTINEL });
    const index = created.index!;
    for (const page of all) await index.addCustomRecord({ url: page.url, content: indexText(page.content), language: INDEX_LANGUAGE, meta: page.meta, filters: page.filters });
    await index.writeFiles({ outputPath: join(dir, 'whole') });
    await index.deleteIndex();
    const whole = decodeIndex(join(dir, 'whole'));
    // Pagefind's own chunks read and written back without decoding positions: the same bytes.
    for (const name of readdirSync(join(dir, 'whole', 'index'))) {
      const payload = decodePagefindFile(readFileSync(join(dir, 'whole', 'index', name)));
      assert.ok(writeChunk(readChunk(payload)).equals(payload), name);
    }

    // Three shards built by Pagefind itself, merged: everything but the compound joins.
    const groups = [all.slice(0, 11), all.slice(11, 20), all.slice(20)];
    const built = [];
    for (const group of groups) built.push(await indexShard(group));
    const summary = await mergeShards(built.map((b) => b.bundle), join(dir, 'merged'), built[0]!.assets);
    const merged = decodeIndex(join(dir, 'merged'));
    const expectedWords = new Map([...whole.words].filter(([word]) => !isCompoundJoin(word.split('>')[0]!)));
    assert.ok(summary.joinsDropped > 0, 'compound joins are left out');
    assert.ok([...merged.words.keys()].some((w) => w.includes('>')), 'forms Pagefind folded (the titles\' hamza) are kept');
    assert.deepEqual(merged.words, expectedWords);
    assert.deepEqual(merged.filters, whole.filters);

    // The same three shards written by key-index.ts: Pagefind's words, pages and positions for
    // every key; not the titles' raw words (no key: they have no sentinel) nor the joins.
    const base = { version: built[0]!.bundle.version, entry: built[0]!.bundle.entry };
    await mergeShards(groups.map((group) => keyShard(group, base)), join(dir, 'keys'), built[0]!.assets);
    const keys = decodeIndex(join(dir, 'keys'));
    // Pagefind's weights with each page's length folded in (compact-meta.ts, lengthWeight).
    const lengthOf = (url: string) => whole.pages.get(url)![0];
    const keyWords = new Map([...expectedWords].filter(([word]) => word.includes(SENTINEL)).map(([word, entries]) => [word, entries.map((e) => foldLengths(e, lengthOf)).sort()]));
    assert.ok(keyWords.size > 100 && keyWords.size < expectedWords.size);
    assert.ok([...whole.pages.values()].some(([words]) => words !== REFERENCE_WORDS), 'pages of other lengths than the reference');
    assert.deepEqual(keys.words, keyWords);
    assert.deepEqual(keys.filters, whole.filters);
    assert.deepEqual(keys.pages, merged.pages, 'the same word counts and texts');
    // Fragments by page rank (their file name; the folder is their block's token).
    const fragments = (d: string) => new Map(readdirSync(join(dir, d, 'fragment'), { recursive: true }).map(String).filter((f) => f.endsWith('.pf_fragment')).map((f) => [f.split('/').pop()!, decodePagefindFile(readFileSync(join(dir, d, 'fragment', f))).toString('utf8')]));
    assert.deepEqual(fragments('keys'), fragments('merged'), 'fragments as Pagefind writes them');
    assert.equal(fragments('merged').size, all.length);
    assert.equal(merged.pages.size, all.length);
    for (const page of all) {
      const [words, text] = merged.pages.get(page.url)!;
      assert.equal(text, page.content, 'the published text, not the keys');
      assert.equal(words, REFERENCE_WORDS, 'one length for every page: theirs is in the weights');
    }
    // Listed in date order (a day's pages, and the undated, by URL hash): ids are date ranks.
    const order = mergedOrder(built.map((b) => b.bundle)).map((o) => o.page.url);
    const urlHash = (url: string) => createHash('sha256').update(url).digest('hex');
    const byDate = [...all].sort((a, b) => (a.meta.date && b.meta.date ? a.meta.date.localeCompare(b.meta.date) || urlHash(a.url).localeCompare(urlHash(b.url)) : a.meta.date ? -1 : b.meta.date ? 1 : urlHash(a.url).localeCompare(urlHash(b.url))));
    assert.deepEqual(order, byDate.map((p) => p.url));
    assert.deepEqual(readdirSync(join(dir, 'merged', 'fragment')).length, all.some((p) => !p.meta.date) ? 2 : 1, 'fragments under one token per block (dated, undated)');

    // The same shards merged in another order: the same bytes.
    await mergeShards([built[2]!, built[0]!, built[1]!].map((b) => b.bundle), join(dir, 'merged2'), built[0]!.assets);
    const names = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();
    assert.deepEqual(names(join(dir, 'merged2')), names(join(dir, 'merged')));
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rebuild re-indexes only the shards whose pages changed, and gives the same index', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-shards-'));
  try {
    const site = join(dir, 'site');
    const all = pages();
    const write = (list: PageText[]) =>
      list.map((page) => {
        const file = join(site, page.url, 'index.html');
        mkdirSync(join(site, page.url), { recursive: true });
        const meta = Object.entries(page.meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${v}</span>`).join('');
        const filters = Object.entries(page.filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}">${v}</span>`)).join('');
        writeFileSync(file, `<!doctype html><html lang="ar"><body><main data-pagefind-body><p>${page.content}</p></main><div hidden data-pagefind-ignore>${meta}${filters}</div></body></html>`);
        return { file, date: page.meta.date ?? null };
      });
    const cacheDir = join(dir, 'cache');
    const seen: boolean[] = [];
    const options = { cacheDir, shardPages: 8, onShard: (s: { cached: boolean }) => seen.push(s.cached) };
    const first = await indexSitePages(site, write(all), join(dir, 'out1'), options);
    assert.ok(first.shards >= 4 && first.cachedShards === 0, `${first.shards} shards, none cached`);
    assert.equal(first.decoded, 0, 'every shard is one run of the merged order: postings copied');
    assert.equal(first.pages, all.length);

    seen.length = 0;
    const same = await indexSitePages(site, write(all), join(dir, 'out2'), options);
    assert.equal(same.cachedShards, same.shards, 'unchanged pages: every shard from the cache');
    const files = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();
    assert.deepEqual(files(join(dir, 'out2')), files(join(dir, 'out1')));
    for (const f of files(join(dir, 'out1')).filter((f) => f.includes('.'))) assert.ok(readFileSync(join(dir, 'out1', f)).equals(readFileSync(join(dir, 'out2', f))), f);
    assert.ok(first.merged && same.merged, 'new folders: merged');
    // The same pages into a folder that holds their merge: nothing is written.
    const stamps = new Map(files(join(dir, 'out2')).map((f) => [f, statSync(join(dir, 'out2', f)).mtimeMs]));
    const again = await indexSitePages(site, write(all), join(dir, 'out2'), options);
    assert.equal(again.merged, false, 'the folder holds this merge already');
    assert.deepEqual({ pages: again.pages, words: again.words, chunks: again.chunks }, { pages: same.pages, words: same.words, chunks: same.chunks });
    assert.deepEqual(new Map(files(join(dir, 'out2')).map((f) => [f, statSync(join(dir, 'out2', f)).mtimeMs])), stamps);

    // Edit one page: one shard is built again, and the index is what a cold build gives.
    const edited = all.map((p, i) => (i === 4 ? { ...p, content: `${p.content} كلمةجديدة` } : p));
    seen.length = 0;
    const after = await indexSitePages(site, write(edited), join(dir, 'out3'), options);
    assert.equal(after.shards - after.cachedShards, 1, 'one shard re-indexed');
    assert.ok(decodeIndex(join(dir, 'out3')).words.has(`كلمهجديده${SENTINEL}`) || [...decodeIndex(join(dir, 'out3')).words.keys()].some((w) => w.startsWith('كلمه')));
    await indexSitePages(site, write(edited), join(dir, 'out4'), { shardPages: 8 });
    assert.deepEqual(files(join(dir, 'out4')), files(join(dir, 'out3')));

    // Merged into the folder of the first index: what the cold build gives, byte for byte, with
    // the first index's files that still hold (the other blocks' fragments, chunks) not written again.
    const fragmentFiles = (d: string) => files(d).filter((f) => f.endsWith('.pf_fragment'));
    const mtimes = new Map(files(join(dir, 'out1')).filter((f) => f.includes('.')).map((f) => [f, statSync(join(dir, 'out1', f)).mtimeMs]));
    await indexSitePages(site, write(edited), join(dir, 'out1'), options);
    assert.deepEqual(files(join(dir, 'out1')), files(join(dir, 'out4')));
    for (const f of files(join(dir, 'out4')).filter((f) => f.includes('.'))) assert.ok(readFileSync(join(dir, 'out1', f)).equals(readFileSync(join(dir, 'out4', f))), f);
    const untouched = files(join(dir, 'out1')).filter((f) => f.includes('.') && mtimes.get(f) === statSync(join(dir, 'out1', f)).mtimeMs);
    assert.ok(untouched.length > 0, 'the files that still hold are kept, not written again');
    assert.equal(fragmentFiles(join(dir, 'out1')).length, all.length);
    // In blocks of 4 pages, a change to one page renames its block's fragments only.
    await indexSitePages(site, write(all), join(dir, 'blocks'), { ...options, fragmentBlock: 4 });
    const before = new Map(fragmentFiles(join(dir, 'blocks')).map((f) => [f, statSync(join(dir, 'blocks', f)).mtimeMs]));
    assert.ok(readdirSync(join(dir, 'blocks', 'fragment')).length >= all.length / 4);
    await indexSitePages(site, write(edited), join(dir, 'blocks'), { ...options, fragmentBlock: 4 });
    const renamed = fragmentFiles(join(dir, 'blocks')).filter((f) => before.get(f) !== statSync(join(dir, 'blocks', f)).mtimeMs);
    assert.ok(renamed.length >= 1 && renamed.length <= 4, `${renamed.length} fragments written again`);
    assert.equal(fragmentFiles(join(dir, 'blocks')).length, all.length, 'the old block is gone');
    const cached = readdirSync(cacheDir);
    assert.equal(cached.filter((f) => !f.includes('.')).length, after.shards + 1, 'stale shards pruned (plus Pagefind code)');
    assert.equal(cached.filter((f) => f.startsWith('texts-')).length, after.shards, 'and their texts');
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with page keys, a shard built again has Pagefind read only the pages whose key changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-shards-'));
  try {
    const site = join(dir, 'site');
    const all = pages();
    const write = (list: PageText[], keys: (i: number) => string) =>
      list.map((page, i) => {
        const file = join(site, page.url, 'index.html');
        mkdirSync(join(site, page.url), { recursive: true });
        writeFileSync(file, `<!doctype html><html lang="ar"><body><main data-pagefind-body><p>${page.content}</p></main></body></html>`);
        return { file, date: page.meta.date ?? null, key: keys(i) };
      });
    const options = { cacheDir: join(dir, 'cache'), shardPages: 8 };
    const first = await indexSitePages(site, write(all, (i) => `k${i}`), join(dir, 'out'), options);
    // Page 4 gets a new key (and text); page 5, in the same shard, new text under its old key. Pagefind
    // reads page 4 again; page 5's text is taken as kept, which is why a key must change with the HTML.
    const added = ['زنجبيلستان', 'قرطبيلونة'];
    const changed = all.map((p, i) => (i === 4 || i === 5 ? { ...p, content: `${p.content} ${added[i - 4]}` } : p));
    const again = await indexSitePages(site, write(changed, (i) => (i === 4 ? 'k4-new' : `k${i}`)), join(dir, 'out'), options);
    assert.ok(again.shards - again.cachedShards >= 1 && again.shards === first.shards);
    const words = [...decodeIndex(join(dir, 'out')).words.keys()];
    assert.ok(words.some((w) => w.startsWith('زنجبيلستان')), 'the page with a new key is read again');
    assert.ok(!words.some((w) => w.startsWith('قرطبيلونه')), 'the page under its old key is not');
    // Without keys, every page is read (its HTML is the key): the same edit shows.
    const cold = await indexSitePages(site, changed.map((p) => ({ file: join(site, p.url, 'index.html'), date: p.meta.date ?? null })), join(dir, 'cold'), { shardPages: 8 });
    assert.equal(cold.pages, all.length);
    assert.ok([...decodeIndex(join(dir, 'cold')).words.keys()].some((w) => w.startsWith('قرطبيلونه')));
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a day cut by URL hash still merges by copying, into the index one shard of all pages gives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-day-'));
  try {
    const site = join(dir, 'site');
    const day = Array.from({ length: 40 }, (_, i) => ({ url: `articles/day-${i}/`, date: i % 9 === 8 ? null : '2015-08-01', text: `${paragraphs[i % paragraphs.length]} يوم${i % 3}` }));
    const pages = day.map(({ url, date, text }) => {
      mkdirSync(join(site, url), { recursive: true });
      const time = date ? `<time datetime="${date}" data-pagefind-meta="date[datetime]">${date}</time>` : '';
      writeFileSync(join(site, url, 'index.html'), `<!doctype html><html lang="ar"><body><article data-pagefind-body><h1>${url}</h1>${time}<p>${text}</p></article></body></html>`);
      return { file: join(site, url, 'index.html'), date };
    });
    assert.ok(planShards(day, 6).filter((shard) => shard.label.startsWith('2015-08-01#')).length >= 4, 'the day is cut by URL hash');
    const sharded = await indexSitePages(site, pages, join(dir, 'sharded'), { shardPages: 6 });
    assert.equal(sharded.decoded, 0, 'each hash-cut shard is one run of the merged order');
    await indexSitePages(site, pages, join(dir, 'whole'), { shardPages: 1000 });
    // All but the merge's stamp and the base's record, which name the shards it was made from.
    const files = (d: string) => readdirSync(join(dir, d), { recursive: true }).map(String).filter((f) => f !== '.arshif-merge.json' && f !== '.arshif-base.json').sort();
    assert.deepEqual(files('sharded'), files('whole'));
    for (const f of files('whole').filter((f) => f.includes('.'))) assert.ok(readFileSync(join(dir, 'sharded', f)).equals(readFileSync(join(dir, 'whole', f))), f);
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
