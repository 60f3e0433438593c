import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, decodeText, paragraphsOf } from '../../src/ingest/text.ts';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

function decoded(bytes: Uint8Array): { text: string; notes: string[] } {
  const r = decodeText(bytes);
  assert.ok(r.ok, `expected text, got ${JSON.stringify(r)}`);
  return { text: r.text, notes: r.notes };
}

function rejected(bytes: Uint8Array): string {
  const r = decodeText(bytes);
  assert.equal(r.ok, false, `expected a rejection, got ${JSON.stringify(r)}`);
  return r.ok ? '' : r.reason;
}

test('rejects empty, binary, non-UTF-8 and invisible-only files, saying why', () => {
  assert.equal(rejected(new Uint8Array()), 'file is empty');
  assert.match(rejected(utf8('نص\u0000نص')), /NUL bytes/);
  // "café crème" in Latin-1: not UTF-8, and not Arabic in any legacy code page either.
  assert.match(rejected(Buffer.from('café crème', 'latin1')), /not valid UTF-8 and not recognisable as Windows-1256/);
  assert.equal(rejected(utf8('\uFEFF \r\n\u200B\n')), 'file has no visible text');
});

test('Windows-1256 Arabic is converted, with a note', () => {
  // "السلام عليكم" in Windows-1256.
  const bytes = Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3]);
  assert.deepEqual(decoded(bytes), { text: 'السلام عليكم', notes: ['converted from Windows-1256 to UTF-8: check the text'] });
});

test('BOM and CRLF are removed, and noted', () => {
  assert.deepEqual(decoded(utf8('\uFEFFسطر أول\r\nسطر ثان\r\n')), {
    text: 'سطر أول\nسطر ثان\n',
    notes: ['removed a byte order mark', 'converted CRLF/CR line endings to LF'],
  });
  assert.deepEqual(decoded(utf8('سطر\rسطر')), { text: 'سطر\nسطر', notes: ['converted CRLF/CR line endings to LF'] });
  assert.deepEqual(decoded(utf8('نص نظيف\n')).notes, []);
});

test('zero-width and bidi controls are dropped; ZWNJ is kept', () => {
  const dirty = '\u200Fقال\u200B المتحدث\u202B «نعم»\u202C\u2066 اليوم\u2069\u200E \u061Cالشا\u00ADرع';
  assert.equal(decoded(utf8(dirty)).text, 'قال المتحدث «نعم» اليوم الشارع');
  assert.equal(decoded(utf8('محمد\u200Cجواد ظريف')).text, 'محمد\u200Cجواد ظريف');
  assert.equal(decoded(utf8('a\u200Db')).text, 'ab'); // ZWJ goes
});

test('presentation forms become plain letters', () => {
  // ﻻ (U+FEFB lam-alef), ﺍﻟﺴﻼﻡ (isolated/initial/medial/final forms), ﷲ (U+FDF2)
  assert.equal(decoded(utf8('\uFEFB \uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 \uFDF2')).text, 'لا السلام الله');
});

test('spaces collapse and lines are trimmed; words, harakat and tatweel are untouched', () => {
  assert.equal(decoded(utf8('  كلمة \t\u00A0 أخرى\u3000ثالثة  \n  سطر  ')).text, 'كلمة أخرى ثالثة\nسطر');
  const words = 'عُثر على صاروخ مُعَد للإطلاق، جـــديد؛ پیام ١١ و11 ـ “كونيكو”';
  assert.equal(decoded(utf8(words)).text, words);
});

test('countWords counts runs with a letter or digit', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('قال المتحدث  - إن 11 صاروخًا — سقطت'), 6);
  assert.equal(countWords('“كونيكو”، ... (قسد)\nسطر'), 3);
  assert.equal(countWords('١١ … ؟'), 1);
});

test('paragraphsOf: one paragraph a non-empty line', () => {
  assert.deepEqual(paragraphsOf('أول\n\nثان\nثالث\n'), ['أول', 'ثان', 'ثالث']);
  assert.deepEqual(paragraphsOf(''), []);
});
