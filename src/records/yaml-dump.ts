// The front matter of a record as js-yaml's dump writes it (lineWidth -1, noRefs), byte for
// byte, without its cost: js-yaml builds a syntax tree of every value and tests three regular
// expressions on every string (2.5-3 s of the main thread for the corpus's 30,000 records,
// while the render workers need both cores; this writer takes 0.5 s). A record is mappings, lists and one-line strings; each
// string that is plainly a plain scalar is written as it is, and any other string is written
// by js-yaml itself, alone (a one-line scalar is written the same alone as in a mapping). A
// value of any other shape (a string over several lines, a number that is not an integer…)
// sends the whole record to js-yaml. The test suite checks this against js-yaml on the corpus's
// records and on values built to trip it.
import { DUMP_SCHEMA, dump } from 'js-yaml';

export const DUMP_OPTIONS = { lineWidth: -1, noRefs: true } as const;

/** A value this writer leaves to js-yaml. */
class Unwritable extends Error {}

// A sufficient condition for a one-line plain scalar in block context (YAML 1.2's
// ns-plain-one-line, flow-out): no indicator first (- ? : , [ ] { } # & * ! | > ' " % @ `), no
// space at either end, no colon before a space or at the end, no # after a space, and no
// character outside YAML's printable set or that js-yaml double-quotes to show it (tab, C1
// controls, no-break space, line separators, BOM). Surrogates (characters past the BMP) are
// left to js-yaml. Strings it refuses are written by js-yaml. Without the u flag: three times faster.
const PLAIN_FIRST = /^[^ \-?:,[\]{}#&*!|>'"%@`]/;
const NOT_PLAIN_INSIDE = /[\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]|: |:$| #| $/;
const isPlain = (value: string): boolean => PLAIN_FIRST.test(value) && !NOT_PLAIN_INSIDE.test(value);
// Never plain: a colon before a space or at the end, a # after a space, an indicator first.
const NOT_PLAIN = /: |:$| #|^[,[\]{}#&*!|>'"%@`]/;
// What js-yaml puts in single quotes when plain is out: printable, and none of the characters
// it double-quotes to show them (as above).
const SINGLE = /^[\x20-\x7E\xA1-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]+$/;
const STR_TAG = 'tag:yaml.org,2002:str';
const quoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function scalar(value: string): string {
  if (/[\n\r]/.test(value) || /^(?:---|\.\.\.)/.test(value)) throw new Unwritable();
  if (isPlain(value)) {
    // Only a string that begins with an ASCII character can read as another type (null, a
    // boolean, a number, a date: 2015-07-24 is quoted); js-yaml also quotes a lone =.
    if (value.charCodeAt(0) >= 0x80 || (value !== '=' && DUMP_SCHEMA.resolveImplicitScalarTag(value).tag.tagName === STR_TAG)) return value;
    if (SINGLE.test(value)) return quoted(value);
  } else if (NOT_PLAIN.test(value) && SINGLE.test(value)) return quoted(value);
  return dump(value, DUMP_OPTIONS).slice(0, -1);
}

const keys = new Map<string, string>();
/** Record keys are few: each is written by js-yaml once. */
function key(name: string): string {
  let written = keys.get(name);
  if (written === undefined) {
    written = dump({ [name]: null }, DUMP_OPTIONS).slice(0, -': null\n'.length);
    if (written.includes('\n')) throw new Unwritable();
    keys.set(name, written);
  }
  return written;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A value after `key:` on the same line, or undefined if it goes on the lines below. */
function inline(value: unknown): string | undefined {
  if (typeof value === 'string') return scalar(value);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) throw new Unwritable();
    return String(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (isMapping(value)) return Object.keys(value).length === 0 ? '{}' : undefined;
  throw new Unwritable();
}

function mapping(value: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) throw new Unwritable();
    const written = inline(item);
    if (written !== undefined) out.push(`${indent}${key(name)}: ${written}`);
    else {
      out.push(`${indent}${key(name)}:`);
      if (Array.isArray(item)) sequence(item, `${indent}  `, out);
      else mapping(item as Record<string, unknown>, `${indent}  `, out);
    }
  }
}

function sequence(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    const written = inline(item);
    if (written !== undefined) out.push(`${indent}- ${written}`);
    else if (isMapping(item)) {
      // The first key on the dash's line, the rest under it.
      const lines: string[] = [];
      mapping(item, `${indent}  `, lines);
      out.push(`${indent}- ${lines[0]!.slice(indent.length + 2)}`, ...lines.slice(1));
    } else throw new Unwritable();
  }
}

/** `dump(data, DUMP_OPTIONS)` for a mapping, the same text. */
export function dumpMapping(data: Record<string, unknown>): string {
  if (!isMapping(data) || Object.keys(data).length === 0) return dump(data, DUMP_OPTIONS);
  const out: string[] = [];
  try {
    mapping(data, '', out);
  } catch (error) {
    if (error instanceof Unwritable) return dump(data, DUMP_OPTIONS);
    throw error;
  }
  return `${out.join('\n')}\n`;
}
