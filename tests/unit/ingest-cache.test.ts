import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { codeVersion } from '../../src/code-version.ts';
import { ingestSources, type InputFile } from '../../src/ingest/index.ts';
import { createSourceCache } from '../../src/ingest/source-cache.ts';
import { ingestInParallel } from '../../src/ingest/parallel.ts';
import { startWritingRecords, writeRecords } from '../../src/records/write.ts';
import { articleDigest } from '../../src/records/digest.ts';

const CONTEXT = { reference: '2026-11-23' };
const source = (key: string, text: string | Uint8Array, dataset?: InputFile['dataset']): InputFile => ({ file: `in/${key}`, key, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text, ...(dataset && { dataset }) });
const STORY = 'قصفت طائرات التحالف موقعًا في ريف دير الزور، الثلاثاء 11 من نيسان.\nوقال مصدر محلي إن القصف أوقع قتلى.';
const OTHER = 'افتتحت بلدية حلب سوقًا جديدة، الأحد 5 آذار/مارس 2023.\nوقالت البلدية إن السوق تضم مئة محل.';
const ROWS = gzipSync(JSON.stringify([{ url: 'https://x.example/1', title: 'خبر أول', content: 'نص الخبر الأول عن الأمطار في جدة.', date_extracted: '2015-07-21' }, { url: 'https://x.example/2', title: 'بلا نص', content: '' }]));

/** Every kind of outcome: a raw article, its exact copy, a dataset with a rejected row, an unsupported and a hidden file. */
const SOURCES = [source('a.txt', STORY), source('b.txt', STORY), source('c.txt', OTHER), source('rows.json.gz', ROWS, { preset: 'saudinewsnet' }), source('x.pdf', STORY), source('.DS_Store', new Uint8Array())];

test('ingest through the source cache gives what ingest without it gives, and the second build reads every file from the cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    const plain = ingestSources(SOURCES, CONTEXT);
    assert.deepEqual(new Set(plain.inputs.map((i) => i.outcome)), new Set(['written', 'duplicate', 'rejected', 'skipped']));
    const first = createSourceCache(dir, 'v1');
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, first, 1), plain);
    assert.deepEqual(first.stats(), { hits: 0, misses: SOURCES.length });
    const second = createSourceCache(dir, 'v1');
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, second, 1), plain);
    assert.deepEqual(second.stats(), { hits: SOURCES.length, misses: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an article read back from the cache carries the digest its content has (the records manifest and page keys use it unhashed)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    await ingestInParallel(SOURCES, CONTEXT, createSourceCache(dir, 'v1'), 1);
    const cache = createSourceCache(dir, 'v1');
    const { articles } = await ingestInParallel(SOURCES, CONTEXT, cache, 1);
    assert.equal(cache.stats().misses, 0);
    assert.ok(articles.length >= 3);
    // A structured clone is a new object: its digest is computed from its content.
    for (const article of articles) assert.equal(articleDigest(article), articleDigest(structuredClone(article)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an entry reads its bodies only when one is asked for, and then gives the text, to copies and to other processes too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    const plain = ingestSources(SOURCES, CONTEXT);
    const first = createSourceCache(dir, 'v1');
    await ingestInParallel(SOURCES, CONTEXT, first, 1);
    const outcome = createSourceCache(dir, 'v1').lookup(SOURCES[3]!, CONTEXT)!; // the dataset
    const article = outcome.results.find((r) => r.article)!.article!;
    assert.equal(typeof Object.getOwnPropertyDescriptor(article, 'body')!.get, 'function', 'not read yet');
    const expected = plain.articles.find((a) => a.meta.id === article.meta.id)!.body;
    // A copy (structured clone, as sent to a worker process) carries the text.
    assert.equal(structuredClone(article).body, expected);
    assert.equal(Object.getOwnPropertyDescriptor(article, 'body')!.value, expected, 'a plain value once read');
    assert.deepEqual(Object.keys(article), ['meta', 'body'], 'the key order is kept');
    // An entry whose file went away before its bodies were read names it.
    const later = createSourceCache(dir, 'v1').lookup(SOURCES[2]!, CONTEXT)!;
    for (const name of readdirSync(dir)) rmSync(join(dir, name));
    assert.throws(() => later.results[0]!.article!.body, /ingest cache entry .* could not be read back/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a changed file, another context or another code version is ingested again; a damaged entry is never trusted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    await ingestInParallel(SOURCES, CONTEXT, createSourceCache(dir, 'v1'), 1);
    const edited = SOURCES.map((s) => (s.key === 'c.txt' ? source('c.txt', OTHER.replace('حلب', 'حمص')) : s));
    const cache = createSourceCache(dir, 'v1');
    const { articles } = await ingestInParallel(edited, CONTEXT, cache, 1);
    assert.deepEqual(cache.stats(), { hits: SOURCES.length - 1, misses: 1 });
    assert.match(articles.find((a) => a.meta.id === 'c')!.body, /حمص/);

    const otherDay = createSourceCache(dir, 'v1');
    await ingestInParallel(SOURCES, { reference: '2020-01-01' }, otherDay, 1);
    assert.equal(otherDay.stats().hits, 0);
    const otherCode = createSourceCache(dir, 'v2');
    await ingestInParallel(SOURCES, CONTEXT, otherCode, 1);
    assert.equal(otherCode.stats().hits, 0);

    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'not v8 data');
    const damaged = createSourceCache(dir, 'v2');
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, damaged, 1), ingestSources(SOURCES, CONTEXT));
    assert.deepEqual(damaged.stats(), { hits: 0, misses: SOURCES.length });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('prune keeps only the entries this build used', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    await ingestInParallel(SOURCES, CONTEXT, createSourceCache(dir, 'v1'), 1);
    const cache = createSourceCache(dir, 'v1');
    await ingestInParallel(SOURCES.slice(0, 2), CONTEXT, cache, 1);
    assert.equal(cache.prune(), SOURCES.length - 2);
    assert.equal(readdirSync(dir).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('code versions change with any source file and not otherwise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-code-version-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'sub', 'words.json'), '["كلمة"]');
    writeFileSync(join(dir, 'notes.txt'), 'not code');
    const before = codeVersion([dir], ['js-yaml']);
    assert.equal(codeVersion([dir], ['js-yaml']), before);
    writeFileSync(join(dir, 'notes.txt'), 'still not code');
    assert.equal(codeVersion([dir], ['js-yaml']), before);
    assert.notEqual(codeVersion([dir], ['js-yaml', 'zod']), before);
    writeFileSync(join(dir, 'sub', 'words.json'), '["كلمات"]');
    assert.notEqual(codeVersion([dir], ['js-yaml']), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('records: unchanged articles are not written again, changed ones are, gone ones are removed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-records-'));
  try {
    const records = join(dir, 'records');
    const { articles } = ingestSources([source('a.txt', STORY), source('c.txt', OTHER)], CONTEXT);
    assert.deepEqual(await writeRecords(records, articles), { written: 2, unchanged: 0, removed: 0 });
    const a = join(records, 'a.md');
    const written = statSync(a).mtimeMs;
    const text = readFileSync(a, 'utf8');
    assert.deepEqual(await writeRecords(records, articles), { written: 0, unchanged: 2, removed: 0 });
    assert.equal(statSync(a).mtimeMs, written);
    const edited = ingestSources([source('a.txt', `${STORY}\nوأضاف المصدر أن الطائرات حلقت فوق المدينة.`)], CONTEXT).articles;
    assert.deepEqual(await writeRecords(records, edited), { written: 1, unchanged: 0, removed: 1 });
    assert.notEqual(readFileSync(a, 'utf8'), text);
    assert.deepEqual(readdirSync(records), ['a.md']);
    // A record deleted by hand is written again, whatever the manifest says.
    rmSync(a);
    assert.deepEqual(await writeRecords(records, edited), { written: 1, unchanged: 0, removed: 0 });
    // Written in the background: the counts at once, the files and then the manifest once done;
    // while files change there is no manifest, so a build stopped half-way rewrites them all next time.
    const manifest = `${records}.manifest.json`;
    const writing = startWritingRecords(records, articles);
    assert.deepEqual({ ...writing, done: undefined }, { written: 2, unchanged: 0, removed: 0, done: undefined });
    assert.ok(!existsSync(manifest), 'no manifest while records change');
    await writing.done;
    assert.ok(existsSync(manifest));
    assert.deepEqual(readdirSync(records).sort(), ['a.md', 'c.md']);
    assert.equal(readFileSync(a, 'utf8'), text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest on two worker processes gives what ingestSources gives, and fills the same cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-ingest-cache-'));
  try {
    const plain = ingestSources(SOURCES, CONTEXT);
    const cache = createSourceCache(dir, 'v1');
    const progress: number[] = [];
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, cache, 2, (done) => progress.push(done)), plain);
    assert.equal(progress.at(-1), SOURCES.length);
    assert.deepEqual(cache.stats(), { hits: 0, misses: SOURCES.length });
    const again = createSourceCache(dir, 'v1');
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, again, 2), plain);
    assert.deepEqual(again.stats(), { hits: SOURCES.length, misses: 0 });
    // One worker: the same, in this process.
    const one = createSourceCache(join(dir, 'one'), 'v1');
    assert.deepEqual(await ingestInParallel(SOURCES, CONTEXT, one, 1), plain);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
