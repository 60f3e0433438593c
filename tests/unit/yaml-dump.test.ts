import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { dump } from 'js-yaml';
import { DUMP_OPTIONS, dumpMapping } from '../../src/records/yaml-dump.ts';
import { matterOptions, parseMatter, stringifyMatter } from '../../src/records/yaml.ts';
import { ingestSources, readSources } from '../../src/ingest/index.ts';

const jsYaml = (data: object): string => dump(data, DUMP_OPTIONS);

// Strings that sit on every edge of js-yaml's choice between plain, single- and double-quoted.
const TRICKY = [
  '', ' ', 'a', 'نص', 'نص عربي طويل، بفواصل؛ وعلامات؟ و«اقتباس» و"اقتباس" و(أقواس)…', '=', '<<', '~', 'null', 'Null', 'NULL', 'true', 'True',
  'false', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '12', '-1', '+1', '0x1F', '0o17', '0b101', '1e3', '.5', '1_000', '12:30', '.inf', '.NaN',
  '2015-07-24', '2015-07-24 15:54:47', '2015-07-24T15:54:47Z', '3alyoum', 'ar', 'a: b', 'a:b', 'a:', ':a', 'a #b', 'a#b', '#a', '-a', '- a', '-',
  '?a', '? a', ',a', 'a,b', '[a]', '{a}', 'a]', '&a', '*a', '!a', '|a', '>a', "'a", '"a', '%a', '@a', '`a', "it's", 'say "x"', ' a', 'a ', 'a  b',
  'a\tb', '\ta', 'a\u00a0b', 'a\u200fb', 'a\u200db', '\u200fa', 'a\ufeffb', 'a\u2028b', 'a\u0085b', 'a\u007fb', 'a\u0001b', 'a\u2003b', 'a\u3000',
  '😀', 'a😀b', 'a\ud800b', '---', '--- a', '...', '...a', 'a---', 'http://example.org/a?b=c#d', '../../corpus/2015-07-24.json.gz', 'لندن: «الشرق الأوسط»',
  'الرياض:', 'سطر\nسطر', 'سطر\n', '\nسطر', 'a\r\nb', 'C:\\path', '١٢٣', '١٢:٣٠',
];

test('dumpMapping writes what js-yaml writes, for every kind of string, key and value', () => {
  for (const value of TRICKY) {
    for (const data of [{ value }, { list: [value, 'ب'] }, { nested: { deeper: { value } } }, { items: [{ text: value, url: 'x' }, { text: 'y' }] }, { [value || 'k']: 1 }]) {
      assert.equal(dumpMapping(data), jsYaml(data), JSON.stringify(data));
    }
  }
  const shapes = [
    { a: [], b: {}, c: null, d: true, e: false, f: 0, g: 305, h: -7 },
    { float: 1.5, neg: -0, big: 2 ** 60, nan: Number.NaN },
    { lists: [[1, 2], ['a']], empty: [{}], mixed: [null, true, 3, 'x', { k: [] }] },
    { date: new Date(Date.UTC(2023, 3, 11)) },
    { undef: undefined, kept: 'x' },
  ];
  for (const data of shapes) assert.equal(dumpMapping(data), jsYaml(data), String(Object.keys(data)));
});

test('dumpMapping writes what js-yaml writes for random strings of awkward characters', () => {
  const pool = [...'ab ب،: #-?\'"\t\n«»‏‍\u00a0\u2028\ufeff٠1.,[]{}&*!|>%@`=~<😀'];
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 3000; i++) {
    const value = Array.from({ length: 1 + random(8) }, () => pool[random(pool.length)]).join('');
    const data = { value, list: [value] };
    assert.equal(dumpMapping(data), jsYaml(data), JSON.stringify(value));
  }
});

test('records are written as gray-matter writes them: the search suites\' corpus samples and the seed', () => {
  const suites = join(import.meta.dirname, '..', 'search-quality');
  const inputs = readdirSync(suites, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readSources(d.name === 'corpus' ? join(suites, 'corpus') : join(suites, d.name, 'corpus'), suites));
  const seeds = readSources(join(import.meta.dirname, '..', '..', 'seeds'), suites);
  const { articles } = ingestSources([...inputs, ...seeds], { reference: '2026-11-23' });
  assert.ok(articles.length > 700, `${articles.length} records`);
  for (const article of articles) assert.equal(stringifyMatter(article.body, article.meta), matter.stringify(article.body, article.meta, matterOptions), article.meta.id);
});

test('a body that begins with a --- block is kept whole (gray-matter would read it as front matter)', () => {
  const body = '---\nfoo: bar\n---\nنص المقال.\n';
  const text = stringifyMatter(body, { id: 'x', title: 'عنوان' });
  assert.equal(text, `---\nid: x\ntitle: عنوان\n---\n${body}`);
  const back = parseMatter(text);
  assert.deepEqual(back.data, { id: 'x', title: 'عنوان' });
  assert.equal(back.content, body);
  assert.equal(stringifyMatter('نص', {}), 'نص\n');
});
