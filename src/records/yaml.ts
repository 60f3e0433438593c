// YAML as gray-matter's engine, chosen deliberately: read with the core schema so
// `date: 2023-04-11` stays the string the user wrote (the default schema turns it into a
// UTC Date and can shift the day); write with the default schema, which quotes such strings.
import matter from 'gray-matter';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

const engine = {
  parse: (text: string): object => (load(text, { schema: CORE_SCHEMA }) ?? {}) as object,
  stringify: (data: object): string => dump(data, { lineWidth: -1, noRefs: true }),
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

export const stringifyMatter = (content: string, data: object): string => matter.stringify(content, data, matterOptions);

/** 1-based line in the whole file of a top-level `key:` in the front matter (line 1 is `---`). */
export function lineOfKey(matterText: string, key: string): number | undefined {
  const lines = matterText.replace(/^\r?\n/, '').split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}
