// Search page: Pagefind's JS API with an Arabic right-to-left interface. The query lives
// in the URL (?q=…), so results can be shared and the back button works.
const root = new URL('../', import.meta.url);
const form = document.querySelector('.search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const PAGE = 20;

// Pagefind finds pages by Arabic-normalised keys; arshif-search.js (src/search/, bundled at build
// time) normalises the query with the same code and rebuilds excerpts from the published text.
let pagefind;
let arshif;
async function engine() {
  if (!pagefind) {
    [pagefind, arshif] = await Promise.all([
      import(new URL('pagefind/pagefind.js', root).href),
      import(new URL('assets/arshif-search.js', root).href),
    ]);
    await pagefind.options({ baseUrl: root.pathname });
  }
  return pagefind;
}

const arabicCount = (n) => new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(n);
function countText(n) {
  if (n === 0) return 'لا نتائج';
  if (n === 1) return 'نتيجة واحدة';
  if (n === 2) return 'نتيجتان';
  return `${arabicCount(n)} ${n % 100 >= 3 && n % 100 <= 10 ? 'نتائج' : 'نتيجة'}`;
}

function item(data) {
  const li = document.createElement('li');
  const article = document.createElement('article');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h2.append(a);
  article.append(h2);
  if (data.meta.date) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = data.meta.date_display ?? data.meta.date;
    meta.append(time);
    article.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'summary';
  // Pagefind's excerpt is the indexed text, HTML-escaped by Pagefind, with <mark> around hits.
  excerpt.innerHTML = data.excerpt;
  article.append(excerpt);
  li.append(article);
  return li;
}

let current = 0;
async function run(query) {
  const ticket = ++current;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'جارٍ البحث…';
  const pf = await engine();
  const search = await arshif.searchArchive(pf, query, { length: 30 });
  if (ticket !== current) return; // a newer query has started
  const results = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
  if (ticket !== current) return;
  status.textContent = `${countText(search.results.length)} عن «${query}»`;
  list.replaceChildren(...results.map(item));
}

function fromUrl() {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  run(q);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  if (url.href !== location.href) history.pushState({}, '', url);
  run(q);
});
window.addEventListener('popstate', fromUrl);
fromUrl();
