// Search page: Pagefind's search engine with an Arabic right-to-left interface. The query lives
// in the URL (?q=…), so results can be shared and the back button works.
const root = new URL('../', import.meta.url);
const form = document.querySelector('.search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const PAGE = 10; // results per batch: each needs its page's text fetched
const more = document.getElementById('search-more');

// Pagefind finds pages by Arabic-normalised keys; arshif-search.js (src/search/, bundled at build
// time) normalises the query with the same code and rebuilds excerpts from the published text.
let arshif;
let loading;
// A rebuild that changed a few pages leaves them in a small second index (arshif-delta.json
// says which, and which pages of the main one they replace): merged in, sharing its engine.
let delta;
// One load, however many searches ask for it at once. arshif-search.js runs Pagefind's engine
// (its WebAssembly) in the page itself, without pagefind.js (src/search/pagefind-runtime.ts).
function engine() {
  loading ??= Promise.all([
    import(new URL('assets/arshif-search.js', root).href),
    fetch(new URL('pagefind/arshif-delta.json', root))
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined), // no manifest: the main index alone
  ]).then(async ([lib, manifest]) => {
    const archive = await lib.PagefindArchive.open({ basePath: new URL('pagefind/', root).pathname, baseUrl: root.pathname });
    if (manifest?.deltaPages > 0) await archive.merge({ basePath: new URL(`pagefind/${manifest.path}`, root).pathname, baseUrl: root.pathname });
    if (manifest?.deltaPages > 0 || manifest?.masked.length > 0) delta = lib.deltaView(manifest);
    arshif = lib;
    return archive;
  });
  loading.catch(() => (loading = undefined)); // the next search tries again
  return loading;
}

// Pagefind's engine is WebAssembly, and its files are gzip the browser itself decompresses.
const capable = () => typeof WebAssembly === 'object' && typeof DecompressionStream === 'function';

const numbers = new Intl.NumberFormat('ar', { numberingSystem: 'latn' });
const arabicCount = (n) => numbers.format(n);
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
    if (data.meta.outlet) meta.append(` · ${data.meta.outlet}`);
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

const options = form.querySelector('.search-options');
const selects = [...form.querySelectorAll('select')];
const filterSelects = selects.filter((select) => select.dataset.filter);
const sortSelect = form.elements.namedItem('sort');
// The archive's places, from the place filter: a proclitic typed on one (بدمشق, بميونيخ) searches the name.
const placeOptions = form.querySelector('select[data-filter="place"]')?.options ?? [];
let names;

/** The URL's state: the query, each filter, the sort. */
const state = () => {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q') ?? '', filters: Object.fromEntries(['year', 'section', 'outlet', 'place'].filter((f) => params.get(f)).map((f) => [f, params.get(f)])), sort: params.get('sort') ?? '' };
};

// Recent searches, kept: Pagefind recomputes a search in full each time (for a word on
// thousands of pages that is most of a second); going back to a query should be instant.
const recent = new Map();
const RECENT = 20;
async function searched(query, filters, sort) {
  const key = JSON.stringify([query, filters, sort]);
  let search = recent.get(key);
  if (!search) {
    const pf = await engine();
    search = arshif.searchArchive(pf, query, {
      length: 30,
      names: (names ??= arshif.nameKeys(arshif.placeNames(placeOptions))),
      ...(delta && { delta }),
      ...(Object.keys(filters).length && { filters }),
      ...(sort && { sort: { date: sort } }),
    });
    search.catch(() => recent.delete(key));
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value);
  } else recent.delete(key); // re-inserted below: the most recent last
  recent.set(key, search);
  return search;
}

let current = 0;
let shown = { results: [], count: 0, describe: () => '' };

/**
 * Appends the next PAGE results of the current search, each as soon as it and those before it
 * have their page's text: the first result shows without waiting for the slowest of ten fetches.
 * The list is aria-busy until the batch is in; the status is written once, at the first result.
 */
async function showMore(ticket) {
  const batch = shown.results.slice(shown.count, shown.count + PAGE);
  const pending = batch.map((r) => r.data());
  const target = (shown.count += batch.length);
  more.hidden = true; // until this batch is in: a second click would ask for the same results
  list.setAttribute('aria-busy', 'true');
  for (const [i, loading] of pending.entries()) {
    const data = await loading;
    if (ticket !== current) return;
    list.append(item(data));
    if (i === 0) status.textContent = shown.describe(target);
  }
  if (batch.length === 0) status.textContent = shown.describe(target);
  list.setAttribute('aria-busy', 'false');
  more.hidden = shown.count >= shown.results.length;
}

async function run({ q: query, filters, sort }) {
  const ticket = ++current;
  list.replaceChildren();
  more.hidden = true;
  list.setAttribute('aria-busy', String(Boolean(query.trim())));
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'جارٍ البحث…';
  let search;
  try {
    search = await searched(query, filters, sort);
  } catch (error) {
    if (ticket !== current) return;
    list.setAttribute('aria-busy', 'false');
    status.textContent = capable()
      ? 'تعذّر البحث: لم يُحمَّل فهرس البحث. أعد المحاولة بعد قليل.'
      : 'البحث في الأرشيف يحتاج متصفحًا أحدث من هذا. ما زال التصفّح بالتاريخ والموضوع والمكان متاحًا.';
    console.error(error);
    return;
  }
  if (ticket !== current) return; // a newer query has started
  const narrowed = Object.values(filters).length ? ` (${Object.values(filters).join('، ')})` : '';
  const total = search.results.length;
  shown = {
    results: search.results,
    count: 0,
    // When the query as typed found nothing, the search without its proclitics (بتنومة: تنومة) says so.
    describe: (count) =>
      `${search.instead ? `لا نتائج عن «${query}»؛ ` : ''}${countText(total)} عن «${search.instead ?? query}»${narrowed}${total > count ? `، يظهر أول ${arabicCount(count)} منها` : ''}`,
  };
  await showMore(ticket);
}

more.addEventListener('click', () => showMore(current));

function fromUrl() {
  const s = state();
  input.value = s.q;
  for (const select of filterSelects) {
    const value = s.filters[select.dataset.filter] ?? '';
    // A value this build has no articles for (an old link) still shows what is asked for.
    if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
    select.value = value;
  }
  sortSelect.value = s.sort;
  run(s);
}

/** On load: the URL's search, unless the reader has already started typing or searching. */
function start() {
  if (state().q || !input.value) fromUrl();
}

function submit() {
  const url = new URL(location.href);
  url.search = '';
  const q = input.value.trim();
  if (q) url.searchParams.set('q', q);
  for (const select of selects) if (select.value) url.searchParams.set(select.name, select.value);
  if (url.href !== location.href) history.pushState({}, '', url);
  run(state());
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
for (const select of selects) select.addEventListener('change', () => input.value.trim() && submit());
window.addEventListener('popstate', fromUrl);
// The choices are in the page (counted at build time); they need this script to work.
options.hidden = false;
start();
