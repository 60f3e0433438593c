import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ingestSources } from '../../src/ingest/index.ts';
import type { SourceFile } from '../../src/ingest/source.ts';

const CONTEXT = { reference: '2026-11-23' };
const source = (key: string, text: string): SourceFile => ({ file: `in/${key}`, key, bytes: Buffer.from(text, 'utf8') });
const STORY = 'قصفت طائرات التحالف موقعًا في ريف دير الزور، الثلاثاء 11 من نيسان.\nوقال مصدر محلي إن القصف أوقع قتلى.';
const OTHER = 'افتتحت بلدية حلب سوقًا جديدة، الأحد 5 آذار/مارس 2023.\nوقالت البلدية إن السوق تضم مئة محل.';

test('an exact duplicate under another name is merged into the first record', () => {
  const { articles, inputs } = ingestSources([source('a.txt', STORY), source('b.txt', `${STORY}\n`), source('c.txt', OTHER)], CONTEXT);
  assert.deepEqual(articles.map((a) => a.meta.id), ['a', 'c']);
  assert.deepEqual(
    inputs.map(({ file, outcome, id, duplicate_of }) => ({ file, outcome, id, duplicate_of })),
    [
      { file: 'in/a.txt', outcome: 'written', id: 'a', duplicate_of: undefined },
      { file: 'in/b.txt', outcome: 'duplicate', id: undefined, duplicate_of: 'in/a.txt' },
      { file: 'in/c.txt', outcome: 'written', id: 'c', duplicate_of: undefined },
    ],
  );
  assert.deepEqual(inputs[1]!.problems, [
    { severity: 'warning', file: 'in/b.txt', message: 'the same article text as in/a.txt: merged into that record' },
  ]);
});

test('unsupported and broken files are rejected with a reason; the others are still ingested', () => {
  const { articles, inputs } = ingestSources(
    [
      source('a.pdf', STORY),
      source('empty.txt', ''),
      { file: 'in/latin1.txt', key: 'latin1.txt', bytes: Buffer.from('café crème', 'latin1') },
      source('notitle.md', '---\ndate: 2023-04-11\n---\nنص\n'),
      source('README', 'نص'),
      source('good.txt', STORY),
    ],
    CONTEXT,
  );
  assert.deepEqual(articles.map((a) => a.meta.id), ['good']);
  const rejected = inputs.filter((i) => i.outcome === 'rejected');
  assert.deepEqual(
    rejected.map((i) => [i.file, i.problems.map((p) => p.message)]),
    [
      ['in/a.pdf', ['unsupported file type ".pdf": inputs are .txt (raw articles), .md (front matter records) or .json/.jsonl datasets, optionally .gz']],
      ['in/empty.txt', ['file is empty']],
      ['in/latin1.txt', ['not valid UTF-8 and not recognisable as Windows-1256 or ISO-8859-6 Arabic: save it as UTF-8']],
      ['in/notitle.md', ['required (string)']],
      ['in/README', ['unsupported file type "(none)": inputs are .txt (raw articles), .md (front matter records) or .json/.jsonl datasets, optionally .gz']],
    ],
  );
  assert.ok(rejected.every((i) => i.problems.every((p) => p.severity === 'error' && p.file === i.file)));
  assert.equal(inputs.find((i) => i.file === 'in/good.txt')?.outcome, 'written');
});

test('same file name in two folders: distinct ids, the same whatever the input order', () => {
  const sources = [source('a/x.txt', STORY), source('b/x.txt', OTHER), source('x.md', '---\ntitle: ثالث\n---\nنص ثالث\n')];
  const forward = ingestSources(sources, CONTEXT);
  const backward = ingestSources([...sources].reverse(), CONTEXT);

  const suffix = createHash('sha256').update('b/x.txt').digest('hex').slice(0, 8);
  const idsByFile = (out: typeof forward) => Object.fromEntries(out.inputs.map((i) => [i.file, i.id]));
  assert.deepEqual(idsByFile(forward), { 'in/a/x.txt': 'x', 'in/b/x.txt': `x-${suffix}`, 'in/x.md': `x-${createHash('sha256').update('x.md').digest('hex').slice(0, 8)}` });
  assert.deepEqual(idsByFile(backward), idsByFile(forward));

  const byId = (out: typeof forward) => [...out.articles].sort((p, q) => (p.meta.id < q.meta.id ? -1 : 1));
  assert.deepEqual(byId(backward), byId(forward));
  for (const a of forward.articles) assert.equal(a.meta.url, `articles/${a.meta.id}/`);
});

test('a 5 MB raw article ingests whole: every paragraph kept, nothing cut', () => {
  const paragraph = 'وقال المتحدث باسم الوزارة إن المشروع يشمل إنشاء طرق جديدة وتوسعة الشبكة القائمة في عدة مدن خلال السنوات المقبلة.';
  const count = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`${paragraph}\n`));
  const text = Array.from({ length: count }, (_, i) => `${paragraph} (${i + 1})`).join('\n');
  assert.ok(Buffer.byteLength(text) >= 5 * 1024 * 1024);
  const { articles, inputs } = ingestSources([{ file: 'in/huge.txt', key: 'huge.txt', bytes: Buffer.from(text) }], CONTEXT);
  assert.equal(inputs[0]?.outcome, 'written');
  const body = articles[0]!.body;
  assert.equal(body.split('\n\n').length, count);
  assert.ok(body.includes(`(${count})`), 'the last paragraph is there');
  assert.ok(articles[0]!.meta.title.length <= 91, 'the headline is still a headline');
});
