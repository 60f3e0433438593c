// The record digest behind the records manifest and every article page's render key: it must
// change with any field of the record, and be the same for equal records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDigest } from '../../src/records/digest.ts';
import type { Article } from '../../src/schema/article.ts';

const article = (meta: Record<string, unknown>, body: string): Article => ({ meta, body }) as unknown as Article;

test('articleDigest: equal records agree; any change to the metadata or the body changes it', () => {
  const base = article({ id: 'a', title: 'عنوان', tags: ['x'] }, 'نص المقال');
  assert.equal(articleDigest(base), articleDigest(article({ id: 'a', title: 'عنوان', tags: ['x'] }, 'نص المقال')));
  assert.notEqual(articleDigest(base), articleDigest(article({ id: 'a', title: 'عنوان آخر', tags: ['x'] }, 'نص المقال')));
  assert.notEqual(articleDigest(base), articleDigest(article({ id: 'a', title: 'عنوان', tags: ['x', 'y'] }, 'نص المقال')));
  assert.notEqual(articleDigest(base), articleDigest(article({ id: 'a', title: 'عنوان', tags: ['x'] }, 'نص المقال.')));
  // Text cannot move between the metadata and the body unnoticed.
  assert.notEqual(articleDigest(article({ t: 'a' }, '\0b')), articleDigest(article({ t: 'a\0' }, 'b')));
});
