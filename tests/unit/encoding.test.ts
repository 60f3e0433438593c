import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, type Decoding } from '../../src/ingest/encoding.ts';

// Hand-written encoders, independent of TextDecoder: byte -> character tables for the Arabic
// parts of each code page (ASCII passes through).
function table(entries: Record<number, string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [start, chars] of Object.entries(entries)) [...chars].forEach((ch, i) => map.set(ch, Number(start) + i));
  return map;
}
const WINDOWS_1256 = table({
  0xa1: '،', 0xba: '؛', 0xbf: '؟',
  0xc1: 'ءآأؤإئابةتثجحخدذرزسشصض', 0xd8: 'طظعغـفقك', 0xe1: 'ل', 0xe3: 'منهو', 0xec: 'ىي',
  0xf0: 'ًٌٍَ', 0xf5: 'ُِ', 0xf8: 'ّ', 0xfa: 'ْ',
});
const ISO_8859_6 = table({
  0xac: '،', 0xbb: '؛', 0xbf: '؟',
  0xc1: 'ءآأؤإئابةتثجحخدذرزسشصضطظعغ', 0xe0: 'ـفقكلمنهوىيًٌٍَُِّْ',
});
// Other languages' legacy code pages, to check they are not "converted" into Arabic-looking text.
const LATIN_1 = table({ 0xc0: 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ', 0xd8: 'ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö', 0xf8: 'øùúûüýþÿ', 0xa1: '¡', 0xbf: '¿', 0xab: '«', 0xbb: '»' });
const WINDOWS_1251 = table({ 0xc0: 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя' });
const WINDOWS_1255 = table({ 0xe0: 'אבגדהוזחטיךכלםמןנסעףפץצקרשת' });

function encode(text: string, map: Map<string, number>): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = map.get(ch);
    if (byte === undefined) throw new Error(`test encoder cannot encode ${JSON.stringify(ch)}`);
    return byte;
  });
}
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}
function ok(d: Decoding): Extract<Decoding, { ok: true }> {
  assert.equal(d.ok, true, JSON.stringify(d));
  if (!d.ok) throw new Error('unreachable');
  return d;
}
const REJECT_LEGACY = 'not valid UTF-8 and not recognisable as Windows-1256 or ISO-8859-6 Arabic: save it as UTF-8';

const SENTENCE = 'استهدف هجوم صاروخي قاعدة التحالف الدولي في سوريا، يوم الثلاثاء.';
const PARAGRAPH = [
  'وقالت القيادة المركزية الأمريكية (CENTCOM) عبر تويتر صباح اليوم، الثلاثاء 11 من نيسان، إن الهجوم لم يخلّف أي خسائر؟',
  'وأضافت: "لم تُسجَّل إصابات أو أضرار في القاعدة"؛ فيما نقلت وكالة Reuters عن مصادر محلية أن القصف استمر ساعتين.',
].join('\r\n');

test('empty input', () => {
  assert.deepEqual(decodeBytes(new Uint8Array()), { ok: false, reason: 'file is empty' });
});

test('valid UTF-8 passes through; a UTF-8 byte order mark is removed with a note', () => {
  const bytes = new TextEncoder().encode(SENTENCE);
  assert.deepEqual(decodeBytes(bytes), { ok: true, text: SENTENCE, encoding: 'utf-8', notes: [] });
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  assert.deepEqual(decodeBytes(withBom), { ok: true, text: SENTENCE, encoding: 'utf-8', notes: ['removed a byte order mark'] });
});

test('UTF-16 with a byte order mark, little and big endian', () => {
  for (const [littleEndian, encoding] of [[true, 'utf-16le'], [false, 'utf-16be']] as const) {
    const d = ok(decodeBytes(utf16(PARAGRAPH, littleEndian)));
    assert.equal(d.text, PARAGRAPH);
    assert.equal(d.encoding, encoding);
    assert.deepEqual(d.notes, [`converted from ${encoding.toUpperCase()} to UTF-8 (removed the byte order mark)`]);
  }
  // A UTF-16 BOM followed by an odd number of bytes, or an unpaired surrogate, is not UTF-16.
  const odd = decodeBytes(new Uint8Array([0xff, 0xfe, 0x27, 0x06, 0x44]));
  assert.equal(odd.ok, false);
  const lone = decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
  assert.deepEqual(lone, { ok: false, reason: 'starts with a UTF-16LE byte order mark but is not valid UTF-16LE' });
});

test('NUL bytes without a UTF-16 byte order mark: binary', () => {
  assert.deepEqual(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { ok: false, reason: 'file contains NUL bytes: binary, not text' });
});

test('Windows-1256 Arabic is converted, with a note', () => {
  for (const text of [SENTENCE, PARAGRAPH]) {
    assert.deepEqual(decodeBytes(encode(text, WINDOWS_1256)), { ok: true, text, encoding: 'windows-1256', notes: ['converted from Windows-1256 to UTF-8: check the text'] });
  }
});

test('ISO-8859-6 Arabic is converted, with a note (and not mistaken for Windows-1256)', () => {
  for (const text of [SENTENCE, PARAGRAPH]) {
    assert.deepEqual(decodeBytes(encode(text, ISO_8859_6)), { ok: true, text, encoding: 'iso-8859-6', notes: ['converted from ISO-8859-6 to UTF-8: check the text'] });
  }
});

test('other languages in legacy code pages are rejected, not turned into mojibake', () => {
  const samples: [string, Map<string, number>][] = [
    ['café crème brûlée', LATIN_1],
    ["Le ministre a déclaré mardi que la réforme, très attendue, serait présentée à l'été; « c'est une priorité », a-t-il ajouté.", LATIN_1],
    ['¿Qué tal, señor Álvarez? La niña comió piñones en Málaga y Córdoba.', LATIN_1],
    ['Die Straßenbahn fährt über die Brücke, während die Bürger Äpfel und Möhren kaufen.', LATIN_1],
    ['Министр заявил во вторник, что реформа будет представлена летом, и это главный приоритет правительства.', WINDOWS_1251],
    ['השר אמר ביום שלישי כי הרפורמה תוצג בקיץ וכי זו העדיפות העליונה של הממשלה.', WINDOWS_1255],
  ];
  for (const [text, map] of samples) {
    assert.deepEqual(decodeBytes(encode(text, map)), { ok: false, reason: REJECT_LEGACY }, text);
  }
  // Mostly English with one Arabic word: perhaps Windows-1256, but not Arabic prose, so not guessed.
  assert.deepEqual(decodeBytes(encode('The word for peace is سلام in Arabic.', WINDOWS_1256)), { ok: false, reason: REJECT_LEGACY });
});

test('random bytes are rejected', () => {
  let s = 42;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) | 0;
    return (s >>> 24) & 0xff;
  };
  for (let round = 0; round < 20; round++) {
    const any = Uint8Array.from({ length: 2000 }, rand);
    assert.equal(decodeBytes(any).ok, false);
    const noNul = Uint8Array.from({ length: 2000 }, () => rand() | 1);
    assert.deepEqual(decodeBytes(noNul), { ok: false, reason: REJECT_LEGACY });
    const high = Uint8Array.from({ length: 2000 }, () => rand() | 0x80);
    assert.deepEqual(decodeBytes(high), { ok: false, reason: REJECT_LEGACY });
  }
});

test('a 5 MB Windows-1256 article decodes in linear time', () => {
  const unit = encode(PARAGRAPH + '\r\n', WINDOWS_1256);
  const copies = Math.ceil((5 * 1024 * 1024) / unit.length);
  const bytes = new Uint8Array(unit.length * copies);
  for (let i = 0; i < copies; i++) bytes.set(unit, i * unit.length);
  const start = performance.now();
  const d = ok(decodeBytes(bytes));
  const ms = performance.now() - start;
  assert.equal(d.encoding, 'windows-1256');
  assert.equal(d.text.length, (PARAGRAPH.length + 2) * copies);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});
