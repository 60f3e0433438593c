import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRY_TEMPLATE, listEntries } from '../../src/site/list-entries.ts';
import type { ListItem } from '../../src/site/view.ts';

const item = (url: string): ListItem => ({ url, title: `عنوان ${url}`, date: '2023-04-11', dateDisplay: '11 نيسان 2023', summary: 'ملخص' });

test('a list entry is rendered once per article and level, its link put in for each page', () => {
  const calls: unknown[] = [];
  const entries = listEntries();
  entries.use({
    render(name: string, context: { item: ListItem; level: number; href: string }) {
      assert.equal(name, ENTRY_TEMPLATE);
      calls.push(context);
      return `<li><h${context.level}><a href="${context.href}">${context.item.title}</a></h${context.level}></li>`;
    },
  });
  const a = item('articles/a/');
  const fromTag = (url: string): string => `../../${url}`;
  const fromDay = (url: string): string => `../../../../${url}`;
  assert.equal(entries.entry(a, 2, fromTag), '<li><h2><a href="../../articles/a/">عنوان articles/a/</a></h2></li>');
  assert.equal(entries.entry(a, 2, fromDay), '<li><h2><a href="../../../../articles/a/">عنوان articles/a/</a></h2></li>');
  assert.equal(entries.entry(a, 3, fromTag), '<li><h3><a href="../../articles/a/">عنوان articles/a/</a></h3></li>');
  assert.equal(entries.entry(item('articles/b/'), 2, fromTag), '<li><h2><a href="../../articles/b/">عنوان articles/b/</a></h2></li>');
  assert.equal(calls.length, 3, 'a, level 2 and 3, and b');
  // A new run (a new environment) renders afresh: its template may differ.
  entries.use({ render: () => '<li>x</li>' });
  assert.equal(entries.entry(a, 2, fromTag), '<li>x</li>');
});

test('list entries need Nunjucks first', () => {
  assert.throws(() => listEntries().entry(item('articles/a/'), 2, (u) => u), /before Nunjucks/);
});

test('the link is escaped as the template\'s {{ }} escapes it', () => {
  const entries = listEntries();
  entries.use({ render: (_name: string, context: { href: string }) => `<a href="${context.href}">x</a>` });
  assert.equal(entries.entry(item('a/'), 2, () => `q?a=1&b="2"'<>\\`), '<a href="q?a=1&amp;b=&quot;2&quot;&#39;&lt;&gt;&#92;">x</a>');
});

test('an item whose text holds the link\'s mark (NUL) is rendered whole, with its link', () => {
  const calls: string[] = [];
  const entries = listEntries();
  entries.use({ render: (_name: string, context: { item: ListItem; href: string }) => (calls.push(context.href), `<a href="${context.href}">${context.item.title}</a>`) });
  const odd = { ...item('articles/odd/'), title: 'عنوان\u0000غريب' };
  assert.equal(entries.entry(odd, 2, (url) => `../${url}`), '<a href="../articles/odd/">عنوان\u0000غريب</a>');
  assert.equal(entries.entry(odd, 2, (url) => `../../${url}`), '<a href="../../articles/odd/">عنوان\u0000غريب</a>');
  assert.deepEqual(calls, ['../articles/odd/', '../../articles/odd/']);
});
