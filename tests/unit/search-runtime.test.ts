// The search page's driver of Pagefind's engine (pagefind-runtime.ts) against pagefind.js itself:
// both load the same normalised index (and a second one merged beside it) in Node, with files
// served from disk, and every search must give the same pages, scores, hit positions and
// fragments. The e2e tests then run the query suites through the runtime in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { writeNormalisedIndex, type PageText } from '../../src/search/normalized-index.ts';
import { joinUrl, PagefindArchive, PagefindRuntimeError, prepareTerm } from '../../src/search/pagefind-runtime.ts';
import { planQuery } from '../../src/search/query.ts';
import { SENTINEL } from '../../src/search/pagefind-keys.ts';

const SENTENCES = [
  'أعلنت وزارة الصحة في الرياض عن حالات جديدة من فيروس كورونا',
  'وقال المسؤولون إن الهجوم على المواقع وقع صباح الثلاثاء',
  'ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك',
  'استقبل الطلاب العام الدراسي الجديد في مدارس جدة',
  'حذرت الأرصاد من أمطار غزيرة على المناطق الجنوبية',
  'أكدت إيران أن الحوثيين أطلقوا صواريخ باتجاه الحدود',
  'ناقش مجلس الشورى مشروع نظام مكافحة الإرهاب وتمويله',
  'The Saudi Press Agency reported on COVID-19 and the ١١ cases',
];

/** Pages of two to four sentences, dated across two years, one undated, with filters. */
function pages(count: number, prefix: string): PageText[] {
  return Array.from({ length: count }, (_, i): PageText => {
    const text = Array.from({ length: 2 + (i % 3) }, (_, k) => SENTENCES[(i * 3 + k * 5) % SENTENCES.length]).join(' ');
    const year = i % 2 === 0 ? '2015' : '2016';
    const dated = i !== count - 1;
    return {
      url: `/${prefix}/${i}/`,
      content: text,
      meta: { title: `${prefix} ${i}`, ...(dated && { date: `${year}-0${1 + (i % 9)}-1${i % 10}` }) },
      filters: dated ? { year: [year], place: [i % 3 === 0 ? 'الرياض' : 'جدة'] } : ({} as Record<string, string[]>),
    };
  });
}

/** fetch over a folder: URLs' paths are files under it (query strings ignored). */
const serveFrom = (root: string) => async (url: string | URL | Request): Promise<Response> => {
  const path = join(root, decodeURIComponent(new URL(String(url), 'http://site.test/').pathname));
  return existsSync(path) ? new Response(readFileSync(path)) : new Response('not found', { status: 404 });
};

const describe = (r: { id: string; score: number; words: number[] }): string => `${r.id} ${r.score.toFixed(6)} ${r.words.join(',')}`;

test('the runtime gives pagefind.js\'s results: pages, scores, hits and fragments, with filters, phrases and a merged index', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-runtime-'));
  const realFetch = globalThis.fetch;
  try {
    await writeNormalisedIndex(pages(30, 'articles'), join(dir, 'pagefind'));
    await writeNormalisedIndex(pages(4, 'new'), join(dir, 'pagefind', 'delta'));
    const fetchFile = serveFrom(dir);
    globalThis.fetch = fetchFile as typeof fetch; // pagefind.js fetches with the global
    const pf = (await import(pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href)) as { createInstance: (o: object) => { init: () => Promise<void>; mergeIndex: (p: string, o: object) => Promise<void>; search: (t: string, o: object) => Promise<{ results: { id: string; score: number; words: number[]; data: () => Promise<Record<string, unknown>> }[] }> } };
    const theirs = pf.createInstance({ basePath: '/pagefind/', baseUrl: '/site/', noWorker: true });
    await theirs.init();
    await theirs.mergeIndex('/pagefind/delta/', { language: 'und', baseUrl: '/site/' });
    const ours = await PagefindArchive.open({ basePath: '/pagefind/', baseUrl: '/site/', fetch: fetchFile });
    await ours.merge({ basePath: '/pagefind/delta/', baseUrl: '/site/' });

    let compared = 0;
    for (const query of ['الرياض', 'وزارة الصحة', 'صاروخ', 'المسئولون', '"مكافحة الإرهاب"', 'النفط أوبك', 'covid', '11', 'كلمةغائبة']) {
      for (const term of planQuery(query).searches.flat()) {
        for (const filters of [{}, { year: '2016' }, { place: 'الرياض' }]) {
          const expected = (await theirs.search(term, { filters })).results;
          const got = (await ours.search(term, { filters })).results;
          assert.deepEqual(got.map(describe), expected.map(describe), `${term} ${JSON.stringify(filters)}`);
          for (const [i, result] of expected.slice(0, 3).entries()) {
            const a = await result.data();
            const b = await got[i]!.data();
            for (const field of ['url', 'content', 'meta', 'filters', 'weighted_locations', 'locations'] as const) assert.deepEqual(b[field], a[field], `${term}: ${field}`);
          }
          if (expected.length > 0) compared++;
        }
      }
    }
    assert.ok(compared >= 15, `${compared} searches with results compared`);
    const found = (await ours.search(`رياض${SENTINEL}`)).results;
    assert.ok(found.some((r) => r.id.includes('/')) && (await found[0]!.data()).url.startsWith('/site/'), 'results from both indexes, URLs under the site\'s base');
  } finally {
    globalThis.fetch = realFetch;
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the runtime names the file it could not load or read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-runtime-'));
  try {
    await writeNormalisedIndex(pages(3, 'articles'), join(dir, 'pagefind'));
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { und: { hash: string } } };
    const meta = `pagefind.${entry.languages.und.hash}.pf_meta`;
    rmSync(join(dir, 'pagefind', meta));
    await assert.rejects(PagefindArchive.open({ basePath: '/pagefind/', baseUrl: '/', fetch: serveFrom(dir) }), (e: unknown) => e instanceof PagefindRuntimeError && e.message.includes(meta) && e.message.includes('404'));
    const unreadable = (e: unknown) => e instanceof PagefindRuntimeError && e.message.startsWith(`/pagefind/${meta}: not a Pagefind file`);
    writeFileSync(join(dir, 'pagefind', meta), 'not gzip, not Pagefind');
    await assert.rejects(PagefindArchive.open({ basePath: '/pagefind/', baseUrl: '/', fetch: serveFrom(dir) }), unreadable);
    writeFileSync(join(dir, 'pagefind', meta), gzipSync('pagefind_dc? almost'));
    await assert.rejects(PagefindArchive.open({ basePath: '/pagefind/', baseUrl: '/', fetch: serveFrom(dir) }), unreadable);
    await assert.rejects(PagefindArchive.open({ basePath: '/nowhere/', baseUrl: '/', fetch: serveFrom(dir) }), /\/nowhere\/pagefind-entry\.json: HTTP 404/);
    // An index of another Pagefind version: refused by name, not misread.
    const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
    writeFileSync(entryFile, JSON.stringify({ ...JSON.parse(readFileSync(entryFile, 'utf8')), version: '1.7.0' }));
    await assert.rejects(PagefindArchive.open({ basePath: '/pagefind/', baseUrl: '/', fetch: serveFrom(dir) }), /an index of Pagefind 1\.7\.0; this search page reads Pagefind 1\.6's/);
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a query is prepared as pagefind.js prepares it', () => {
  assert.deepEqual(prepareTerm(`رياض${SENTINEL} صحه${SENTINEL}`, [SENTINEL]), { term: `رياض${SENTINEL} صحه${SENTINEL}`, original: `رياض${SENTINEL} صحه${SENTINEL}`, exact: false });
  assert.deepEqual(prepareTerm('«COVID-19»،  Café!', []), { term: 'covid19 cafe', original: 'covid19 café', exact: false });
  // Quotes make a phrase; marks go, the hamza under إ too (NFD), as pagefind.js strips them.
  assert.deepEqual(prepareTerm('"مكافحة الإرهاب"', []), { term: 'مكافحة الارهاب', original: 'مكافحة الإرهاب', exact: true });
  assert.equal(prepareTerm(' ؟!، ', []), undefined);
  // Without Intl.Segmenter (Firefox before 125), code points: the same preparation.
  const segmenter = Intl.Segmenter;
  try {
    (Intl as { Segmenter?: unknown }).Segmenter = undefined;
    assert.deepEqual(prepareTerm('«COVID-19»،  Café!', []), { term: 'covid19 cafe', original: 'covid19 café', exact: false });
    assert.deepEqual(prepareTerm(`"مكافحة الإرهاب" رياض${SENTINEL}`, [SENTINEL]), { term: `مكافحة الارهاب رياض${SENTINEL}`, original: `مكافحة الإرهاب رياض${SENTINEL}`, exact: false });
  } finally {
    (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
  }
  assert.equal(joinUrl('/archive/', '/articles/1/'), '/archive/articles/1/');
  assert.equal(joinUrl('/', 'articles/1/'), '/articles/1/');
  assert.equal(joinUrl('/archive/', 'https://example.org/a/'), 'https://example.org/a/');
});
