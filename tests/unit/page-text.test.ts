// The TypeScript page reader against Pagefind itself: on pages built to hit each rule of
// Pagefind's HTML reader, it must read exactly what Pagefind reads (text, meta, filters), or
// say it is not sure (undefined) where the page holds what it does not model.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as pagefind from 'pagefind';
import { readPageText } from '../../src/search/page-text.ts';
import { extractTexts, pagefindUrl } from '../../src/search/shard-index.ts';

after(async () => void (await pagefind.close()));

const page = (body: string, head = '<title>عنوان الصفحة</title>'): string =>
  `<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n${head}\n<script type="application/ld+json">{"a":"<b>"}</script>\n<style>p > a { color: red }</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

/** Read exactly as Pagefind reads them. */
const SURE: Record<string, string> = {
  article: page(`<header><nav><a href="/">أرشيف</a></nav></header>
<main id="main">
<article class="article" data-pagefind-body>
  <header>
    <h1>هجوم على <em>قاعدة</em> التحالف</h1>
    <p class="meta" data-pagefind-ignore>
      <time datetime="2023-04-11" data-pagefind-meta="date[datetime], date_display" data-pagefind-filter="year:2023">الثلاثاء 11 نيسان 2023</time>
      · <a href="/o/" data-pagefind-meta="outlet" data-pagefind-filter="outlet">عين  اليوم</a>
    </p>
  </header>
  <div class="body">
<p>استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا.</p>
<p>قال <strong>المرصد</strong> إن <a href="/x">الهجوم</a>&nbsp;وقع فجراً (بالتوقيت المحلي)</p>
<h2>عنوان فرعي</h2>
<ul>
<li>أولاً</li>
<li>ثانياً: <code>x &lt; y &amp;&amp; z</code></li>
</ul>
<blockquote>
<p>اقتباس&#x27;s &#39;مهم&quot;</p>
</blockquote>
<pre><code>سطر   أول
سطر ثان
</code></pre>
<p>سطر<br>
آخر<bdi dir="ltr">iPhone 6</bdi>و‌نص‏</p>
<hr>
  </div>
  <footer class="article-terms" data-pagefind-ignore>
    <p><a href="/p/" data-pagefind-filter="place">حلب</a>، <a href="/p2/" data-pagefind-filter="place">دمشق</a></p>
  </footer>
</article>
<nav class="neighbours"><a href="/n/">التالي</a></nav>
</main>
<footer class="site-footer"><p>أرشيف</p></footer>`),
  anchors: page(`<h1>خارج</h1><div id="out">zz</div><article data-pagefind-body>foo<span id="x">bar</span>baz<h2 id="a b">h</h2><p>x<span data-pagefind-ignore id="ig">ig</span>y</p></article><article data-pagefind-body><p>ثانٍ</p></article>`),
  punctuation: page(`<article data-pagefind-body><p>a &amp;</p><p>b&gt;</p><p>c&quot;</p><p>٣</p><p>ـ</p><p>x&#41;</p><p>ً</p><p>'q'</p><div>  </div><section>s$</section><p>z*</p><p>w؟</p></article>`),
  whitespace: page(`<article data-pagefind-body>\n  <p>line1\nline2\u00a0nb\u2003em\u3000ideo\u0085nel\u200bzw\ufeffbom</p>  <span data-pagefind-filter="g"> sp  ace </span><span data-pagefind-meta="m">\ta\r\nb\u00a0c\u2028d\n\ne </span><span data-pagefind-meta="empty"> </span></article>`),
  excluded: page(`<article data-pagefind-body><p data-pagefind-ignore="all" data-pagefind-filter="z:1">gone</p><p data-pagefind-ignore data-pagefind-filter="y:1">gone2</p><form><span data-pagefind-filter="k">fk</span></form><label>lb</label><p>باقٍ</p><div data-pagefind-ignore="all"><span data-pagefind-meta="hidden">h</span></div></article>`),
  literals: page(`<article data-pagefind-body data-pagefind-filter="section:أخبار, kind:خبر:عاجل" data-pagefind-meta="a:1, b[data-x]" data-x="قيمة"><p>نص</p></article>`),
  pageTitle: page(`<article data-pagefind-body><p>بلا عنوان رئيسي</p></article>`, '<title>عنوان  &lt;الصفحة&gt;</title>'),
};

/** Left to Pagefind. */
const UNSURE: Record<string, string> = {
  unclosed: page(`<article data-pagefind-body><p>أولى<p>ثانية</article>`),
  legacyEntity: page(`<article data-pagefind-body><p>R&D &copy 2023</p></article>`),
  unknownEntity: page(`<article data-pagefind-body><p>&ndash; شرطة</p></article>`),
  doubleEncodedTitle: page(`<article data-pagefind-body><h1>&amp;#8220;طوارئ&amp;#8221;</h1><p>نص</p></article>`),
  weight: page(`<article data-pagefind-body><p data-pagefind-weight="3">وزن</p></article>`),
  imageAfterTitle: page(`<article data-pagefind-body><h1>عنوان</h1><p><img src="/a.png" alt="صورة"></p></article>`),
  svg: page(`<article data-pagefind-body><svg><title>t</title></svg><p>نص</p></article>`),
  noBody: page(`<main><p>لا جسم</p></main>`),
};

const read = async (cases: Record<string, string>) => {
  const files = Object.entries(cases).map(([name, html]) => ({ sourcePath: `${name}/index.html`, html }));
  const theirs = new Map((await extractTexts(files)).map((text) => [text.url, text]));
  return Object.keys(cases).map((name) => ({ name, ours: readPageText(cases[name]!, pagefindUrl(`${name}/index.html`)), theirs: theirs.get(`/${name}/`) }));
};

test('pages the reader is sure of read exactly as Pagefind reads them', async () => {
  for (const { name, ours, theirs } of await read(SURE)) {
    assert.ok(ours, `${name}: the reader should be sure of this page`);
    assert.deepEqual(ours, theirs, name);
  }
});

test('what the reader does not model is left to Pagefind', async () => {
  for (const { name, ours } of await read(UNSURE)) assert.equal(ours, undefined, name);
});

test('the article page reads as published text, title and filters', async () => {
  const ours = (await read({ article: SURE.article! }))[0]?.ours;
  assert.equal(ours!.meta.title, 'هجوم على قاعدة التحالف');
  assert.deepEqual(ours!.filters, { year: ['2023'], outlet: ['عين اليوم'], place: ['حلب', 'دمشق'] });
  assert.match(ours!.content, /^هجوم على قاعدة التحالف\. استهدف/);
  assert.ok(ours!.content.includes('x < y && z'), 'entities decoded once');
  assert.ok(!ours!.content.includes('أرشيف') && !ours!.content.includes('التالي'), 'nothing outside the body');
});

/** A small deterministic PRNG (mulberry32), so the generated pages are the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 300 pages by default (PAGE_TEXT_PAGES=4000 tries more: all agreed when this was written).
test('generated pages: the reader agrees with Pagefind, or leaves the page to it', async () => {
  const next = random(20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const TEXT = ['نص', 'الرياض', 'iPhone 6', '١١/11', 'a&amp;b', '&lt;b&gt;', '&quot;قول&quot;', '&#39;x&#39;', '&nbsp;', ' ', '\n', '\u00a0', '\u200c', '\u200b', 'ـ', 'كَتَبَ', '(هنا)', 'ثم.', '؟', '$5', '*', "'", '&copy;', 'R&D', '___PAGEFIND_WEIGHT___2', '_x'];
  const TAGS = ['p', 'div', 'span', 'em', 'strong', 'a', 'h2', 'h3', 'li', 'ul', 'section', 'td', 'b', 'code', 'bdi', 'footer', 'nav', 'label', 'time', 'blockquote', 'br', 'hr', 'img'];
  const ATTRIBUTES = ['', '', '', ' id="x y"', ' data-pagefind-ignore', ' data-pagefind-ignore="all"', ' data-pagefind-filter="place"', ' data-pagefind-filter="year:2015"', ' data-pagefind-meta="outlet"', ' data-pagefind-meta="date[datetime]" datetime="2015-07-24"', ' data-pagefind-body', ' class="c"'];
  const VOID = new Set(['br', 'hr', 'img']);
  const fragment = (depth: number): string => {
    let html = '';
    const n = 1 + Math.floor(next() * 4);
    for (let i = 0; i < n; i++) {
      if (depth > 3 || next() < 0.4) html += pick(TEXT);
      else {
        const tag = pick(TAGS);
        const attributes = pick(ATTRIBUTES);
        html += VOID.has(tag) ? `<${tag}${tag === 'img' ? ' src="/a.png" alt="صورة"' : ''}${attributes}>` : `<${tag}${attributes}>${fragment(depth + 1)}</${tag}>`;
      }
    }
    return html;
  };
  const pages: Record<string, string> = {};
  for (let i = 0; i < Number(process.env.PAGE_TEXT_PAGES ?? 300); i++) pages[`g${i}`] = page(`${next() < 0.5 ? '<h1>عنوان</h1>' : ''}<article data-pagefind-body>${fragment(0)}</article>${next() < 0.3 ? `<aside>${fragment(1)}</aside>` : ''}`);
  let sure = 0;
  for (const { name, ours, theirs } of await read(pages)) {
    if (ours === undefined) continue;
    sure++;
    assert.deepEqual(ours, theirs, `${name}: ${pages[name]}`);
  }
  assert.ok(sure >= 75, `the reader was sure of ${sure} of 300 generated pages`);
});
