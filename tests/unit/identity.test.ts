import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { disambiguate, idFor, slugFromName, urlFor } from '../../src/ingest/identity.ts';
import { articleId } from '../../src/schema/article.ts';

const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

test('slugFromName keeps Latin letters and digits of the name, without the extension', () => {
  assert.equal(slugFromName('000_8db493ebabbc4d35.txt'), '000-8db493ebabbc4d35');
  assert.equal(slugFromName('My Report (2).TXT'), 'my-report-2');
  assert.equal(slugFromName('__a..b__.md'), 'a-b');
  assert.equal(slugFromName('تقرير.txt'), '');
  assert.equal(slugFromName('.txt'), '');
  assert.equal(slugFromName(`${'ab-'.repeat(20)}.txt`), 'ab-'.repeat(16).slice(0, 47)); // 48 max, no trailing hyphen
});

test('idFor: the slug when it has a letter, else a hash of the whole key', () => {
  assert.equal(idFor('000_8db493ebabbc4d35.txt'), '000-8db493ebabbc4d35');
  assert.equal(idFor('2023/syria/report.txt'), 'report');
  assert.equal(idFor('أخبار/تقرير.txt'), `a-${hash('أخبار/تقرير.txt').slice(0, 12)}`);
  assert.equal(idFor('2023.txt'), `a-${hash('2023.txt').slice(0, 12)}`);
  assert.notEqual(idFor('a/تقرير.txt'), idFor('b/تقرير.txt'));
  assert.equal(urlFor('report'), 'articles/report/');
});

test('ids are always safe URL segments, whatever the file is called', () => {
  const keys = [
    '../../etc/passwd',
    '..',
    '../',
    '...txt',
    'a/../../b.txt',
    'x\\..\\y.txt',
    'С Новым годом.txt',
    'خبر عاجل!!.txt',
    '%2e%2e%2fsecret.md',
    'file name with spaces & <tags>.txt',
    '\u202Eevil\u202C.txt',
    '-.txt',
    `${'x'.repeat(200)}.txt`,
    '',
  ];
  for (const key of keys) {
    const id = idFor(key);
    assert.match(id, /^[a-z0-9-]+$/, `${JSON.stringify(key)} -> ${id}`);
    assert.ok(articleId.safeParse(id).success, `${JSON.stringify(key)} -> ${id} is a valid article id`);
  }
  const unique = disambiguate(keys.map((key) => ({ key, id: idFor(key) })));
  for (const { id } of unique) assert.ok(articleId.safeParse(id).success, id);
  assert.equal(new Set(unique.map((u) => u.id)).size, keys.length);
});

test('disambiguate: the first key in sort order keeps the id, whatever the input order', () => {
  const items = [
    { key: 'b/x.txt', id: 'x' },
    { key: 'a/x.txt', id: 'x' },
    { key: 'c/x.txt', id: 'x' },
    { key: 'y.txt', id: 'y' },
  ];
  const expected = new Map([
    ['a/x.txt', 'x'],
    ['b/x.txt', `x-${hash('b/x.txt').slice(0, 8)}`],
    ['c/x.txt', `x-${hash('c/x.txt').slice(0, 8)}`],
    ['y.txt', 'y'],
  ]);
  const ids = (list: typeof items) => new Map(disambiguate(list).map((i) => [i.key, i.id]));
  assert.deepEqual(ids(items), expected);
  assert.deepEqual(ids([...items].reverse()), expected);
  assert.deepEqual(ids([items[2]!, items[0]!, items[3]!, items[1]!]), expected);
});
