// A real build of three articles (the seed, a raw .txt full of markup, a .md record) plus one
// broken input, into a temporary folder; then the HTML is read as a browser would get it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { runBuild, type BuildSummary } from '../../src/build.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SEED_ID = '000-8db493ebabbc4d35';
const HEADLINE = 'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا';

let dir: string;
let site: string;
let first: BuildSummary;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'arshif-build-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  copyFileSync(join(REPO, 'seeds', '000_8db493ebabbc4d35.txt'), join(input, '000_8db493ebabbc4d35.txt'));
  for (const name of ['aleppo-market.txt', 'editorial.md']) copyFileSync(join(REPO, 'tests', 'fixtures', 'site', name), join(input, name));
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work' }));
  first = await runBuild(loadConfig(dir, 'config.json'));
  site = join(dir, 'site');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (path: string): string => readFileSync(join(site, path), 'utf8');
const htmlFiles = (): string[] =>
  readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();

const decode = (html: string): string =>
  html.replace(/<\/?bdi>/g, '').replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|#39));/gi, (_, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name!]!,
  );
/** Inner HTML of the first element matching `open` (no nesting of the same tag inside). */
function inner(html: string, open: RegExp, tag: string): string {
  const m = new RegExp(`${open.source}([\\s\\S]*?)</${tag}>`).exec(html);
  assert.ok(m, `no ${open} in page`);
  return m[1]!;
}

test('ingest accounts for every input; the broken one is rejected, the rest built', () => {
  const outcomes = Object.fromEntries(first.ingest.inputs.map((i) => [i.file.split('/').pop(), i.outcome]));
  assert.deepEqual(outcomes, { '000_8db493ebabbc4d35.txt': 'written', 'aleppo-market.txt': 'written', 'editorial.md': 'written', 'empty.txt': 'rejected' });
  assert.deepEqual(first.ingest.inputs.find((i) => i.outcome === 'rejected')!.problems.map((p) => p.message), ['file is empty']);
  assert.deepEqual(readdirSync(join(dir, 'work', 'records')).sort(), [`${SEED_ID}.md`, 'aleppo-market.md', 'editorial.md']);
  const report = JSON.parse(readFileSync(join(dir, 'work', 'ingest-report.json'), 'utf8')) as { reference_date: string; inputs: unknown[] };
  assert.equal(report.reference_date, '2026-11-23');
  assert.equal(report.inputs.length, 4);
  assert.deepEqual(first.rendered, { hits: 0, misses: 2, direct: 1 }, 'the feed\'s three articles rendered, none from the cache; the plain one directly, never cached');
  assert.equal(first.indexed, 3);
});

test('every page is Arabic, right-to-left, UTF-8', () => {
  const files = htmlFiles();
  for (const page of ['404.html', 'index.html', 'about/index.html', 'search/index.html', 'latest/index.html', 'archive/index.html', 'archive/2023/index.html', 'archive/2023/04/index.html', 'archive/2023/04/11/index.html', `articles/${SEED_ID}/index.html`, 'articles/aleppo-market/index.html', 'articles/editorial/index.html', 'places/index.html', 'places/سوريا/index.html']) {
    assert.ok(files.includes(page), `${page} is built`);
  }
  for (const file of files) {
    const html = read(file);
    assert.ok(html.includes('<html lang="ar" dir="rtl">'), `${file}: <html lang="ar" dir="rtl">`);
    assert.ok(html.includes('<meta charset="utf-8">'), `${file}: <meta charset="utf-8">`);
  }
});

test('seed article page: headline, Arabic date, 13 paragraphs, 2 related items', () => {
  const html = read(`articles/${SEED_ID}/index.html`);
  assert.equal(inner(html, /<h1>/, 'h1'), HEADLINE);
  assert.match(html, /<time datetime="2023-04-11"[^>]*>الثلاثاء 11 نيسان 2023<\/time>/);
  const body = inner(html, /<div class="body">/, 'div');
  assert.equal(body.match(/<p>/g)?.length, 13);
  assert.ok(decode(body).includes('صباح اليوم، الثلاثاء 11 من نيسان،'));
  assert.doesNotMatch(html, /<p class="summary">/, 'the lede opens the body: no standfirst repeating it');
  const related = inner(html, /<aside class="related"[^>]*>/, 'aside');
  assert.deepEqual(
    [...related.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]),
    ['“المقاومة الشعبية”.. خيار إيراني يغطّيه الأسد لإزعاج التحالف شمال شرقي سوريا', 'بين إيران وأمريكا.. ما تداعيات التصعيد العسكري في سوريا'],
  );
});

test('markup and template syntax in articles is shown as text, never run', () => {
  const raw = read('articles/aleppo-market/index.html');
  const body = inner(raw, /<div class="body">/, 'div');
  assert.deepEqual(
    [...decode(body).matchAll(/<p>([^\n]*)<\/p>/g)].map((m) => m[1]!).slice(2, 5),
    ['<script>alert("x")</script>', '{{ x }}', '{% raw %}'],
  );
  assert.match(raw, /<time datetime="2023-03-05"[^>]*>الأحد 5 آذار 2023<\/time>/);

  const md = read('articles/editorial/index.html');
  assert.equal(decode(inner(md, /<h1>/, 'h1')), 'عنوان <b>عريض</b> <script>alert(1)</script> {{ y }} {% raw %}');
  assert.ok(inner(md, /<h1>/, 'h1').replace(/<\/?bdi>/g, '').includes('&lt;b&gt;'));
  assert.ok(md.includes('<strong>تأكيد</strong>'), 'real Markdown in a .md record renders');
  assert.ok(decode(md).includes('فقرة ثانية فيها <i>وسم</i> يظهر نصًا.'));
  assert.match(md, /<p class="summary">ملخص كتبه المحرر للمقالة المنظمة.<\/p>/);

  for (const file of htmlFiles()) {
    const html = read(file);
    assert.doesNotMatch(html, /<script>alert|<b>|<i>/, `${file} has no element from article text`);
    assert.deepEqual(html.match(/<script\b[^>]*>/g) ?? [], file === 'search/index.html' ? ['<script type="module" src="../assets/search.js">'] : [], file);
  }
});

test('home lists the three articles newest first, with links to existing pages', () => {
  const home = read('index.html');
  const hrefs = [...home.matchAll(/<h3><a href="([^"]+)">/g)].map((m) => m[1]!);
  assert.deepEqual(hrefs, [`articles/${SEED_ID}/`, 'articles/aleppo-market/', 'articles/editorial/']);
  for (const href of hrefs) assert.ok(existsSync(join(site, href, 'index.html')), href);
  assert.ok(home.includes('3 مقالات في الأرشيف'));
  assert.ok(home.includes(`>${HEADLINE}</a>`));
  // Every relative link and asset on the article pages resolves too.
  for (const file of htmlFiles().filter((f) => f !== '404.html')) {
    for (const [, href] of read(file).matchAll(/(?:href|src)="([^"#?]+)"/g)) {
      const target = join(site, file, '..', href!);
      assert.ok(existsSync(href!.endsWith('/') ? join(target, 'index.html') : target), `${file} -> ${href} (${relative(site, target)})`);
    }
  }
});

test('search page loads its script, and the index holds the 3 Arabic pages', () => {
  assert.ok(read('search/index.html').includes('<script type="module" src="../assets/search.js"></script>'));
  assert.ok(existsSync(join(site, 'assets', 'search.js')));
  const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
  // Keys are already Arabic-normalised: the index's language is 'und', so Pagefind does not stem them again.
  assert.deepEqual(Object.keys(entry.languages), ['und']);
  assert.equal(entry.languages.und!.page_count, 3);
});

test('a second build of the same input renders nothing and gives byte-identical pages', async () => {
  const before = new Map(htmlFiles().map((f) => [f, read(f)]));
  const second = await runBuild(loadConfig(dir, 'config.json'));
  assert.equal(second.rendered.misses, 0);
  assert.equal(second.units.rendered, 0);
  assert.equal(second.ingest.sources.misses, 0);
  assert.deepEqual(second.ingest.records, { written: 0, unchanged: 3, removed: 0 });
  assert.deepEqual(htmlFiles(), [...before.keys()]);
  for (const [file, html] of before) assert.equal(read(file), html, file);
});

test('digits and month names follow the configuration across the site', async () => {
  const { buildSite: build } = await import('../support/site.ts');
  const built = await build([join(REPO, 'seeds'), join(REPO, 'tests', 'fixtures', 'site', 'aleppo-market.txt'), join(REPO, 'tests', 'fixtures', 'site', 'editorial.md')], { digits: 'arab', month_names: 'both', locale: 'ar-SY', base_url: 'https://example.org/' });
  try {
    const page = (file: string) => readFileSync(join(built.siteDir, file), 'utf8');
    assert.match(page(`articles/${SEED_ID}/index.html`), /<time datetime="2023-04-11"[^>]*>الثلاثاء ١١ نيسان\/أبريل ٢٠٢٣<\/time>/);
    assert.ok(page('latest/index.html').includes('<p class="count">٣ مقالات</p>'));
    assert.ok(page('archive/index.html').includes('<span class="n">٣</span>'));
    assert.ok(page('index.html').includes('<meta property="og:locale" content="ar_SY">'));
    assert.ok(decode(page(`articles/${SEED_ID}/index.html`)).includes('الثلاثاء 11 من نيسان'), 'article text keeps its own digits');
  } finally {
    built.remove();
  }
});

test('rendering in bounded runs, on three processes at once, gives the same site as one run', async () => {
  const { buildSite: build } = await import('../support/site.ts');
  const inputs = [join(REPO, 'seeds'), join(REPO, 'tests', 'fixtures', 'site', 'aleppo-market.txt'), join(REPO, 'tests', 'fixtures', 'site', 'editorial.md')];
  const one = await build(inputs, { pages_per_run: 100_000, render_workers: 1 });
  const many = await build(inputs, { pages_per_run: 1, render_workers: 3 });
  try {
    const pages = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html') || f.endsWith('.xml') || f.endsWith('.json')).filter((f) => !f.startsWith('pagefind')).sort();
    assert.deepEqual(pages(many.siteDir), pages(one.siteDir));
    assert.ok(pages(one.siteDir).length > 15);
    for (const page of pages(one.siteDir)) assert.equal(readFileSync(join(many.siteDir, page), 'utf8'), readFileSync(join(one.siteDir, page), 'utf8'), page);
  } finally {
    one.remove();
    many.remove();
  }
});
