// YAML as gray-matter's engine, chosen deliberately: read with the core schema so
// `date: 2023-04-11` stays the string the user wrote (the default schema turns it into a
// UTC Date and can shift the day); write with the default schema, which quotes such strings.
import matter from 'gray-matter';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { DUMP_OPTIONS, dumpMapping } from './yaml-dump.ts';

const engine = {
  parse: (text: string): object => (load(text, { schema: CORE_SCHEMA }) ?? {}) as object,
  stringify: (data: object): string => dump(data, DUMP_OPTIONS),
};

export const matterOptions = { engines: { yaml: engine } } as const;

export interface ParsedMatter {
  data: Record<string, unknown>;
  content: string;
  /** The raw front matter text, for finding the line of a key. */
  matter: string;
  hasFrontMatter: boolean;
}

export function parseMatter(text: string): ParsedMatter {
  // Passing options also keeps gray-matter from caching (and sharing) parsed objects.
  const file = matter(text, matterOptions);
  const data = file.data as Record<string, unknown>;
  return { data, content: file.content, matter: file.matter, hasFrontMatter: /^---\r?\n/.test(text) };
}

/**
 * What gray-matter's stringify writes (front matter between --- lines, then the body ending in
 * one newline), the YAML by dumpMapping: the same text, in a fifth of the time. Unlike
 * gray-matter, which first reads front matter out of the body, a body that itself begins with a
 * --- block is kept whole.
 */
export function stringifyMatter(content: string, data: Record<string, unknown>): string {
  const yaml = dumpMapping(data).trim();
  return `${yaml === '{}' ? '' : `---\n${yaml}\n---\n`}${content.endsWith('\n') ? content : `${content}\n`}`;
}

/** 1-based line in the whole file of a top-level `key:` in the front matter (line 1 is `---`). */
export function lineOfKey(matterText: string, key: string): number | undefined {
  const lines = matterText.replace(/^\r?\n/, '').split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}
