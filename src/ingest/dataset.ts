// Bulk exports: a JSON array or JSON Lines of article objects, optionally gzip-compressed,
// read through a field mapping (which key holds the body, the title, the date…). Presets
// name the mappings of known datasets; SaudiNewsNet is detected by its keys.
import { gunzipSync } from 'node:zlib';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from '../schema/problems.ts';

export interface FieldMapping {
  /** Key of the article text (paragraphs separated by newlines). Required. */
  body: string;
  title?: string;
  /** A date or date-time; its calendar day, as written, becomes the record's date. */
  date?: string;
  author?: string;
  url?: string;
  /** Key of the outlet's id; display names come from the preset or the configuration. */
  outlet?: string;
  id?: string;
  /** Keywords: an array of strings or one string separated by commas. */
  tags?: string;
  section?: string;
}

export interface DatasetPreset {
  mapping: FieldMapping;
  /** Outlet id -> Arabic display name. */
  outlets: Record<string, string>;
  /** Outlet id -> section of every article, for single-subject outlets. */
  outletSections: Record<string, string>;
  /** Title prefixes ("اقتصادي / …", the Saudi Press Agency's style) -> section. */
  titlePrefixSections?: Record<string, string>;
}

/** Section named by a title prefix like "اقتصادي / تراجع أسعار النفط"; the title stays as published. */
export function sectionFromTitle(title: string, prefixes: Record<string, string>): string | undefined {
  const prefix = /^\s*(\S+)\s+\/\s/u.exec(title)?.[1];
  return prefix ? prefixes[prefix] : undefined;
}

/** URL path words -> Arabic section names (checked in order, first match wins). */
export const URL_SECTIONS: readonly [RegExp, string][] = [
  [/\/(?:sports?|riyadh?a|رياض[ةه])\b/i, 'رياضة'],
  [/\/(?:economy|econ|business|اقتصاد)\b/i, 'اقتصاد'],
  [/\/(?:politics|pol|world|international|سياسة)\b/i, 'سياسة'],
  [/\/(?:local|محليات)\b/i, 'محليات'],
  [/\/(?:opinion|articles|columns|مقالات)\b/i, 'رأي'],
  [/\/(?:culture|arts|ثقافة)\b/i, 'ثقافة'],
  [/\/(?:tech|technology|تقنية)\b/i, 'تقنية'],
  [/\/(?:health|صحة)\b/i, 'صحة'],
];

export const sectionFromUrl = (url: string): string | undefined => {
  let path: string;
  try {
    path = decodeURI(new URL(url).pathname);
  } catch {
    return undefined;
  }
  return URL_SECTIONS.find(([pattern]) => pattern.test(path))?.[1];
};

export const PRESETS: Record<string, DatasetPreset> = {
  // SaudiNewsNet (M. Alhagri, 2015, CC BY-NC-SA 4.0): 31,030 articles from 14 Saudi outlets.
  saudinewsnet: {
    mapping: { body: 'content', title: 'title', date: 'date_extracted', author: 'author', url: 'url', outlet: 'source' },
    outlets: {
      aawsat: 'الشرق الأوسط',
      aleqtisadiya: 'الاقتصادية',
      aljazirah: 'الجزيرة',
      almadina: 'المدينة',
      alriyadh: 'الرياض',
      alwatan: 'الوطن',
      alweeam: 'الوئام',
      alyaum: 'اليوم',
      arreyadi: 'الرياضي',
      arriyadiyah: 'الرياضية',
      okaz: 'عكاظ',
      sabq: 'سبق',
      was: 'واس',
      '3alyoum': 'عين اليوم',
    },
    outletSections: { aleqtisadiya: 'اقتصاد', arreyadi: 'رياضة', arriyadiyah: 'رياضة' },
    titlePrefixSections: { عام: 'عام', سياسي: 'سياسة', اقتصادي: 'اقتصاد', إقتصادي: 'اقتصاد', رياضي: 'رياضة', ثقافي: 'ثقافة', اجتماعي: 'مجتمع', تقرير: 'تقارير' },
  },
};

/** The preset whose mapped keys every row carries, if any. */
export function detectPreset(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  return Object.entries(PRESETS).find(([, preset]) =>
    Object.values(preset.mapping).every((key) => Object.hasOwn(row, key as string)),
  )?.[0];
}

export interface DatasetRow {
  /** 1-based position in the array, or line number in JSON Lines. */
  row: number;
  value: unknown;
}

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Line and column of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Bytes of a `.json`, `.jsonl`, `.ndjson` file (gzip or not) -> rows. A syntax error in a JSON
 * array rejects the file (its rows cannot be trusted); in JSON Lines only that line is rejected.
 */
export function parseDataset(file: string, bytes: Uint8Array): { rows: DatasetRow[]; problems: Problem[] } {
  let text: string;
  try {
    const raw = isGzip(bytes) ? gunzipSync(bytes) : bytes;
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (error) {
    const reason = (error as Error).message.includes('gzip') || (error as NodeJS.ErrnoException).code?.startsWith('Z_') ? 'gzip data is corrupt' : 'not valid UTF-8';
    return { rows: [], problems: [{ severity: 'error', file, message: reason }] };
  }
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(file)) {
    const rows: DatasetRow[] = [];
    const problems: Problem[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        rows.push({ row: i + 1, value: JSON.parse(line) });
      } catch (error) {
        problems.push({ severity: 'error', file, line: i + 1, message: `not valid JSON: ${(error as Error).message}` });
      }
    });
    return { rows, problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8's message does not always carry the position; jsonc-parser's error list does.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    const where = errors[0] ? lineColumn(text, errors[0].offset) : undefined;
    const reason = errors[0] ? printParseErrorCode(errors[0].error) : (error as Error).message;
    return { rows: [], problems: [{ severity: 'error', file, ...(where && { line: where.line }), message: `not valid JSON${where ? ` (column ${where.column})` : ''}: ${reason}` }] };
  }
  if (!Array.isArray(value)) return { rows: [], problems: [{ severity: 'error', file, message: 'a JSON dataset must be an array of article objects' }] };
  return { rows: value.map((v, i) => ({ row: i + 1, value: v })), problems: [] };
}

export interface MappedRow {
  body: string;
  title?: string;
  date?: { value: string; field: string };
  author?: { value: string; field: string };
  url?: string;
  outlet?: string;
  id?: string;
  tags?: string[];
  section?: string;
}

/** One row through a mapping; problems name the row and the field. */
export function mapRow(value: unknown, mapping: FieldMapping): { mapped?: MappedRow; problems: { field?: string; message: string }[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: [{ message: 'row is not an object' }] };
  const row = value as Record<string, unknown>;
  const problems: { field?: string; message: string }[] = [];
  const text = (key: string | undefined): string | undefined => {
    if (key === undefined || row[key] === undefined || row[key] === null) return undefined;
    if (typeof row[key] === 'string') return (row[key] as string).trim() || undefined;
    if (typeof row[key] === 'number') return String(row[key]);
    problems.push({ field: key, message: `expected text, got ${Array.isArray(row[key]) ? 'an array' : typeof row[key]}` });
    return undefined;
  };
  const body = text(mapping.body);
  if (body === undefined && !problems.length) problems.push({ field: mapping.body, message: 'no article text (missing or empty)' });
  const tagsValue = mapping.tags ? row[mapping.tags] : undefined;
  const tags = Array.isArray(tagsValue)
    ? tagsValue.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim())
    : typeof tagsValue === 'string'
      ? tagsValue.split(/[,،]/).map((t) => t.trim()).filter(Boolean)
      : undefined;
  const title = text(mapping.title);
  const date = text(mapping.date);
  const author = text(mapping.author);
  const url = text(mapping.url);
  const outlet = text(mapping.outlet);
  const id = text(mapping.id);
  const section = text(mapping.section);
  if (problems.length || body === undefined) return { problems };
  return {
    mapped: {
      body,
      ...(title && { title }),
      ...(date && mapping.date && { date: { value: date, field: mapping.date } }),
      ...(author && mapping.author && { author: { value: author, field: mapping.author } }),
      ...(url && { url }),
      ...(outlet && { outlet }),
      ...(id && { id }),
      ...(tags?.length && { tags }),
      ...(section && { section }),
    },
    problems,
  };
}
