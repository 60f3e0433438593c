// An article page's key covers its links beyond its record (src/site/build-site.ts linkKey):
// every link a page shows that another article can change must change the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkKey } from '../../src/site/build-site.ts';
import type { ArticleLinks } from '../../src/site/view.ts';

const links = (): ArticleLinks => ({
  dateLinks: [{ url: 'archive/2015/08/10/', label: 'الاثنين 10 آب 2015' }],
  outletLink: { url: 'outlets/عكاظ/', label: 'عكاظ' },
  sectionLink: { url: 'sections/سياسة/', label: 'سياسة' },
  tags: [{ label: 'إيران', url: 'tags/إيران/' }, { label: 'نادر' }],
  places: [{ label: 'الرياض', url: 'places/الرياض/' }],
  related: [{ text: 'خبر سابق' }],
  newer: { url: 'articles/b/', label: 'عنوان أحدث' },
  older: { url: 'articles/c/', label: 'عنوان أقدم' },
});

test('linkKey: changes with every link another article can change', () => {
  const base = linkKey(links());
  assert.equal(linkKey(links()), base, 'equal links, equal keys');
  const changes: [string, (l: ArticleLinks) => void][] = [
    ['a tag page appears', (l) => (l.tags[1]!.url = 'tags/نادر/')],
    ['a tag page goes', (l) => delete l.tags[0]!.url],
    ['a place page moves', (l) => (l.places[0]!.url = 'places/الرياض-2/')],
    ['a related headline is found', (l) => (l.related[0]!.url = 'articles/d/')],
    ['the outlet page moves', (l) => (l.outletLink!.url = 'outlets/عكاظ-2/')],
    ['the section page moves', (l) => (l.sectionLink!.url = 'sections/سياسه/')],
    ['a newer neighbour', (l) => (l.newer = { url: 'articles/e/', label: 'عنوان أحدث' })],
    ['the newer neighbour retitled', (l) => (l.newer!.label = 'عنوان آخر')],
    ['no older neighbour', (l) => delete l.older],
    ['the older neighbour retitled', (l) => (l.older!.label = 'عنوان آخر')],
  ];
  for (const [what, change] of changes) {
    const changed = links();
    change(changed);
    assert.notEqual(linkKey(changed), base, what);
  }
});
