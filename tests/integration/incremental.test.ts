// Rebuilds after a change: only the pages the change touches are rendered, and the changed pages
// indexed in a small delta over the previous build's search index, yet the pages are byte for
// byte what a fresh build of the same inputs gives and the index finds the same pages for every
// word; going back to the earlier inputs gives the earlier output again, index included.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { closeSession, createSession, runBuild, type BuildSession, type BuildSummary } from '../../src/build.ts';
import { readIndex } from '../../src/search/read-index.ts';
import { corpusSample, REPO } from '../support/site.ts';

const FIXTURES = join(REPO, 'tests', 'fixtures', 'site');
const ADDED = 'أعلنت هيئة الأرصاد يوم الثلاثاء 11 من آب 2015 أن منطقة زنجبيلستان شهدت أمطارا غزيرة وسيولا في عدد من الأودية.\nوقال المتحدث باسم الهيئة إن الفرق الميدانية تتابع الوضع على مدار الساعة.\n';
// Small list pages and search shards, so a change moves items across pages and shards stay apart.
const CONFIG = { reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work', base_url: 'https://archive.example.org/', page_size: 5, index_shard_pages: 10, inputs: ['in'] };

let root: string;
const rows = corpusSample(60);

/** The inputs of version 1 (or 2: one article edited, one added, one deleted) written into `dir`/in. */
function writeInputs(dir: string, version: 1 | 2): void {
  const input = join(dir, 'in');
  rmSync(input, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, 'sample.json'), JSON.stringify(rows));
  cpSync(join(REPO, 'seeds'), join(input, 'seeds'), { recursive: true });
  const aleppo = readFileSync(join(FIXTURES, 'aleppo-market.txt'), 'utf8');
  writeFileSync(join(input, 'aleppo-market.txt'), version === 1 ? aleppo : `${aleppo.trimEnd()}\nوأضافت البلدية أن السوق ستفتح أبوابها يوم الجمعة أيضا.\n`);
  if (version === 1) cpSync(join(FIXTURES, 'editorial.md'), join(input, 'editorial.md'));
  else writeFileSync(join(input, 'rain.txt'), ADDED);
}

async function build(dir: string, session?: BuildSession, config: object = {}): Promise<BuildSummary> {
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...CONFIG, ...config }));
  return runBuild(loadConfig(dir, 'config.json'), { ...(session && { session }) });
}

/** Every file of a built site, with its bytes. */
function files(site: string): Map<string, Buffer> {
  const entries = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(site, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function assertSameSite(actual: string, expected: string, skip: (file: string) => boolean = () => false): void {
  const a = new Map([...files(actual)].filter(([file]) => !skip(file)));
  const e = new Map([...files(expected)].filter(([file]) => !skip(file)));
  assert.deepEqual([...a.keys()], [...e.keys()], 'the same files');
  for (const [file, bytes] of e) assert.ok(a.get(file)!.equals(bytes), `${file} differs`);
}

let v1: BuildSummary;
let v1Site: Map<string, Buffer>;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'arshif-incremental-'));
  mkdirSync(join(root, 'a'));
  writeInputs(join(root, 'a'), 1);
  v1 = await build(join(root, 'a'));
  v1Site = files(join(root, 'a', 'site'));
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('after an edit, an addition and a deletion, a rebuild renders only what they touch and gives what a fresh build gives', async () => {
  const dir = join(root, 'a');
  writeInputs(dir, 2);
  const v2 = await build(dir);
  // The dataset and the seed come from the ingest cache; the edited and the added file do not.
  assert.deepEqual(v2.ingest.sources, { hits: 2, misses: 2 });
  const total = v2.units.rendered + v2.units.reused;
  assert.ok(v2.units.rendered > 0 && v2.units.rendered < total / 2, `${v2.units.rendered} of ${total} units rendered`);
  assert.ok(readFileSync(join(dir, 'site', 'articles', 'rain', 'index.html'), 'utf8').includes('زنجبيلستان'));

  const fresh = join(root, 'b');
  mkdirSync(fresh);
  writeInputs(fresh, 2);
  const full = await build(fresh);
  assert.equal(full.units.reused, 0);
  // The pages, byte for byte; the search index by what it finds.
  assertSameSite(join(dir, 'site'), join(fresh, 'site'), (file) => file.startsWith('pagefind/'));
  const manifest = JSON.parse(readFileSync(join(dir, 'site', 'pagefind', 'arshif-delta.json'), 'utf8')) as { deltaPages: number; masked: string[] };
  // The edited and the added article, and the neighbours whose newer/older links changed.
  assert.ok(manifest.deltaPages >= 2 && manifest.deltaPages <= 6, `${manifest.deltaPages} pages in the delta`);
  assert.ok(manifest.masked.length >= 2, `${manifest.masked.length} pages masked: the edited one, the deleted one, the neighbours`);
  const rebuilt = readIndex(join(dir, 'site', 'pagefind')).all();
  const fromScratch = readIndex(join(fresh, 'site', 'pagefind')).all();
  assert.ok(fromScratch.size > 1000, `${fromScratch.size} keys`);
  assert.deepEqual([...rebuilt.keys()].filter((k) => !fromScratch.has(k)), [], 'no key only the rebuild has');
  assert.deepEqual([...fromScratch.keys()].filter((k) => !rebuilt.has(k)), [], 'no key only the fresh build has');
  for (const [key, urls] of fromScratch) assert.deepEqual(rebuilt.get(key), urls, key);
  assert.ok((rebuilt.get('زنجبيلستان§') ?? []).length === 1, 'the added article is found');
});

test('going back to the first inputs gives the first output again, byte for byte', async () => {
  const dir = join(root, 'a');
  writeInputs(dir, 1);
  const v3 = await build(dir);
  assert.equal(v3.units.rendered, 0, 'every page is in the spare tree or the live one');
  const site = files(join(dir, 'site'));
  assert.deepEqual([...site.keys()], [...v1Site.keys()]);
  for (const [file, bytes] of v1Site) assert.ok(site.get(file)!.equals(bytes), `${file} differs`);
  assert.equal(v1.units.reused, 0);
});

test('builds in one process (watch mode) keep outcomes and the render worker between small builds, let both go after a large one, and give what fresh builds give', async () => {
  // Runs of 40 pages: the archive (63 records) renders on the session's worker, a first build
  // renders more than a run, a change less. Two ingest workers, whatever the machine.
  const small = { pages_per_run: 40, ingest_workers: 2 };
  const dir = join(root, 'session');
  mkdirSync(dir);
  /** A cold build of version `v` of the inputs, in a folder of its own. */
  const cold = async (v: 1 | 2): Promise<string> => {
    const fresh = join(root, `fresh${v}`);
    mkdirSync(fresh);
    writeInputs(fresh, v);
    await build(fresh, undefined, small);
    return join(fresh, 'site');
  };
  const session = createSession();
  try {
    writeInputs(dir, 1);
    const first = await build(dir, session, small);
    // A first build: the workers' outcomes carry every body, and a worker that rendered more
    // than a run holds the heap it grew to; neither is kept.
    assert.ok(first.units.rendered > small.pages_per_run, `${first.units.rendered} units rendered`);
    assert.equal(session.renderers, undefined, 'the render workers let go after a large render');
    assert.equal(session.outcomes.size, 0, 'outcomes the ingest workers made are not kept');

    writeInputs(dir, 2);
    const v2 = await build(dir, session, small);
    assert.ok(v2.units.rendered > 0 && v2.units.rendered <= small.pages_per_run && v2.units.rendered < v2.units.reused, `${v2.units.rendered} units rendered`);
    const worker = session.renderers;
    assert.ok(worker, 'a render worker started, and kept after a small render');
    // The two unchanged files read back from the cache and kept; the two changed ones ingested by the workers.
    assert.equal(v2.ingest.sources.hits, 2);
    assert.equal(session.outcomes.size, 2);
    const kept = new Map(session.outcomes);
    // The pages byte for byte (the index is a delta over the first one: the first test checks what it finds).
    assertSameSite(join(dir, 'site'), await cold(2), (file) => file.startsWith('pagefind/'));

    writeInputs(dir, 1);
    const v1Again = await build(dir, session, small);
    assert.ok(v1Again.units.rendered <= small.pages_per_run);
    assert.equal(session.renderers, worker, 'the same worker, not a new one');
    // The unchanged files' outcomes are the very objects the last build kept.
    assert.equal([...session.outcomes.values()].filter((o) => [...kept.values()].includes(o)).length, 2);
    assertSameSite(join(dir, 'site'), await cold(1));
  } finally {
    closeSession(session);
  }
});
