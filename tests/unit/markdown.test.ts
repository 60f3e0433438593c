import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownFromParagraphs } from '../../src/markdown/from-text.ts';
import { plainParagraphsTree, renderMarkdown, renderMarkdownParsed, renderPlainMarkdown } from '../../src/markdown/processor.ts';
import { createRenderCache } from '../../src/markdown/cache.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Character references -> characters, in one pass (so `&#x26;amp;` stays `&amp;`). */
const decode = (html: string): string =>
  html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi, (_, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!]!,
  );

/** <bdi> isolates Latin runs (tested on its own below); these tests are about the text. */
const withoutBdi = (html: string): string => html.replace(/<\/?bdi>/g, '');

/** The text of each <p>, if the HTML is nothing but paragraphs of text (and <bdi> isolation). */
function paragraphTexts(html: string): string[] {
  const blocks = withoutBdi(html).trim().split('\n');
  return blocks.map((block) => {
    const m = /^<p>([^<]*)<\/p>$/.exec(block);
    assert.ok(m, `expected a paragraph of plain text, got ${block}`);
    return decode(m[1]!);
  });
}

const TRICKY = [
  '<script>alert(1)</script>',
  '{{ x }}',
  '{% y %}',
  '# not heading',
  '1. not list',
  '1) not list',
  '- not list',
  '> not a quote',
  '---',
  '*x* and _y_',
  '[a](b) ![i](j) <http://a.b>',
  '`code`',
  '&amp; &lt; a\\b',
  '<!-- comment -->',
  '    indented',
  'قال “نعم” في 11 من نيسان. #وسم',
];

test('raw paragraphs come back as exactly those paragraphs of text', () => {
  const html = renderMarkdown(markdownFromParagraphs(TRICKY));
  assert.deepEqual(paragraphTexts(html), TRICKY);
  assert.doesNotMatch(html, /<(?!\/?(?:p|bdi)>)/, 'no element other than <p> and <bdi>');
  assert.ok(withoutBdi(html).includes('<p>{{ x }}</p>') && withoutBdi(html).includes('<p>{% y %}</p>'));
});

test('raw HTML in Markdown is shown as text; script URLs lose their href', () => {
  assert.equal(withoutBdi(renderMarkdown('نص <b>عريض</b> و<img src=x onerror=alert(1)>')), '<p>نص &#x3C;b>عريض&#x3C;/b> و&#x3C;img src=x onerror=alert(1)></p>');
  assert.equal(withoutBdi(renderMarkdown('<div onclick="x">\nكتلة\n</div>')), '<p>&#x3C;div onclick="x">\nكتلة\n&#x3C;/div></p>');
  assert.equal(withoutBdi(renderMarkdown('<script>alert(1)</script>')), '<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  assert.equal(withoutBdi(renderMarkdown('[رابط](javascript:alert(1))')), '<p><a>رابط</a></p>');
  assert.equal(withoutBdi(renderMarkdown('[رابط](https://example.org/a)')), '<p><a href="https://example.org/a">رابط</a></p>');
});

test('real Markdown in a structured article still renders', () => {
  assert.equal(renderMarkdown('## قسم\n\n- أ\n- ب\n\n*مائل*'), '<h2>قسم</h2>\n<ul>\n<li>أ</li>\n<li>ب</li>\n</ul>\n<p><em>مائل</em></p>');
});

test('render cache: memory hits and misses', () => {
  let calls = 0;
  const cache = createRenderCache((md) => (calls++, renderMarkdown(md)));
  assert.equal(cache.render('أ'), '<p>أ</p>');
  assert.equal(cache.render('أ'), '<p>أ</p>');
  assert.equal(cache.render('ب'), '<p>ب</p>');
  assert.deepEqual(cache.stats(), { hits: 1, misses: 2, direct: 0 });
  assert.equal(calls, 2);
});

test('render cache on disk is reused by the next build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
  try {
    const first = createRenderCache(renderMarkdown, join(dir, 'html'));
    first.render('أ');
    first.render('ب');
    assert.deepEqual(first.stats(), { hits: 0, misses: 2, direct: 0 });
    assert.equal(readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html')).length, 2);

    const second = createRenderCache(() => assert.fail('should not render again'), join(dir, 'html'));
    assert.equal(second.render('أ'), '<p>أ</p>');
    assert.equal(second.render('ب'), '<p>ب</p>');
    assert.equal(second.render('أ'), '<p>أ</p>');
    assert.deepEqual(second.stats(), { hits: 3, misses: 0, direct: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('render cache: plain paragraphs are rendered directly, never written; the rest are cached', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
  try {
    const plain = 'فقرة أولى.\n\nفقرة ثانية.\n';
    const marked = '## قسم\n\n*مائل*\n';
    const first = createRenderCache(renderMarkdownParsed, join(dir, 'html'), { direct: renderPlainMarkdown });
    assert.equal(first.render(plain), renderMarkdownParsed(plain));
    assert.equal(first.render(marked), renderMarkdownParsed(marked));
    assert.deepEqual(first.stats(), { hits: 0, misses: 1, direct: 1 });
    assert.equal(readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html')).length, 1, 'only the parsed article is on disk');

    const second = createRenderCache(() => assert.fail('should not parse again'), join(dir, 'html'), { direct: renderPlainMarkdown });
    assert.equal(second.render(marked), renderMarkdownParsed(marked));
    assert.equal(second.render(plain), renderMarkdownParsed(plain));
    assert.deepEqual(second.stats(), { hits: 1, misses: 0, direct: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plain paragraphs skip the serializer and give exactly its output', async () => {
  const { markdownFromParagraphs, markdownBySerializer, isPlainParagraph } = await import('../../src/markdown/from-text.ts');
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '000_8db493ebabbc4d35.txt'), 'utf8').split('\n').filter(Boolean);
  const samples = [
    ...seed,
    'رقم 3.5 مليون (تقريبا) - قال: نعم؛ والنسبة 40% في 2023/4/11.',
    'http://example.org/news?a=1 و www.example.com',
    'سطر فيه 1. في الوسط و - في الوسط و + أيضا',
    '1. يبدأ برقم',
    '- يبدأ بشرطة',
    'فيه <وسم> و *نجمة* و _خط_ و [قوس] و `شيفرة` و & و # و ! و | و ~',
    '   يبدأ بمسافات',
  ];
  for (const text of samples) {
    assert.equal(markdownFromParagraphs([text]), markdownBySerializer([text]), text);
  }
  assert.equal(markdownFromParagraphs(seed), markdownBySerializer(seed));
  assert.ok(seed.every(isPlainParagraph), 'the seed takes the shortcut');
  assert.equal(isPlainParagraph('1. يبدأ برقم'), false);
});

test('plain paragraphs skip remark-parse: the same tree and the same HTML as parsing them', async () => {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  // remark-parse's tree without its source positions (the shortcut has none; nothing after
  // the parse reads them into the HTML).
  const parse = (markdown: string): unknown => JSON.parse(JSON.stringify(unified().use(remarkParse).parse(markdown), (key, value: unknown) => (key === 'position' ? undefined : value)));
  // Every article of the search-quality suites' corpus samples (SaudiNewsNet rows), one
  // paragraph a line as ingest reads them, plus the seed.
  const suites = join(import.meta.dirname, '..', 'search-quality');
  const articles = readdirSync(suites, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const folder = join(suites, d.name, 'corpus');
      try {
        return readdirSync(folder).filter((f) => f.endsWith('.json')).flatMap((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { content: string }[]).map((row) => row.content));
      } catch {
        return [];
      }
    });
  articles.push(readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '000_8db493ebabbc4d35.txt'), 'utf8'));
  assert.ok(articles.length > 600, `${articles.length} articles`);
  let plain = 0;
  for (const content of articles) {
    const markdown = markdownFromParagraphs(content.split('\n').map((line) => line.trim()).filter(Boolean));
    const tree = plainParagraphsTree(markdown);
    if (tree) plain++, assert.deepEqual(tree, parse(markdown), markdown.slice(0, 80));
    assert.equal(renderMarkdown(markdown), renderMarkdownParsed(markdown), markdown.slice(0, 80));
  }
  assert.ok(plain > articles.length / 2, `${plain} of ${articles.length} took the shortcut`);
  // Anything else is parsed: syntax characters, block starts, line endings micromark reads
  // (\r), NUL (which it replaces), empty paragraphs, a missing or doubled final newline.
  const refused = ['<script>alert(1)</script>', '# not heading', '1. not list', '- not list', '> not a quote', '*x* and _y_', '`code`', '&amp;', '    indented', 'سطر\rثان', 'نص\0نص', 'نص ', ' نص', 'نص\u00a0'];
  for (const text of [...TRICKY, ...refused]) {
    const markdown = `نص أول\n\n${text}\n`;
    const tree = plainParagraphsTree(markdown);
    if (refused.includes(text)) assert.equal(tree, undefined, JSON.stringify(text));
    else if (tree) assert.deepEqual(tree, parse(markdown), JSON.stringify(text));
    assert.equal(renderMarkdown(markdown), renderMarkdownParsed(markdown), JSON.stringify(text));
  }
  for (const markdown of ['نص', 'نص\n\n', 'نص\n\n\nنص\n', '\n', 'نص\nنص\n']) assert.equal(plainParagraphsTree(markdown), undefined, JSON.stringify(markdown));
  assert.deepEqual(plainParagraphsTree(''), parse(''));
  assert.deepEqual(plainParagraphsTree('أ\n\nب ج\n'), parse('أ\n\nب ج\n'));
});

test('Latin runs inside Arabic text are isolated in <bdi>', () => {
  assert.equal(
    renderMarkdown('كشفت صحيفة “sport24” أن Real Madrid دفع 1.5 مليون'),
    '<p>كشفت صحيفة “<bdi>sport24</bdi>” أن <bdi>Real Madrid</bdi> دفع 1.5 مليون</p>',
  );
  assert.equal(renderMarkdown('`code x` و **bold**'), '<p><code>code x</code> و <strong><bdi>bold</bdi></strong></p>');
});
