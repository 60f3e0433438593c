// Reads a built search index back from its files, as the search page would see it: the main
// index less the pages its delta masks, plus the delta (delta-index.ts). For checks and
// benchmarks (is a change searchable?), not for serving.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor } from './cbor.ts';
import { DELTA_MANIFEST, type DeltaManifest } from './delta-index.ts';
import { readChunk } from './index-chunk.ts';
import { decodePagefindFile } from './pagefind-files.ts';
import { INDEX_LANGUAGE } from './shard-index.ts';

type Meta = [version: string, pages: [id: string, words: number, extra: string][], chunks: [from: string, to: string, hash: string][]];

interface OneIndex {
  dir: string;
  meta: Meta;
}

function openIndex(dir: string): OneIndex {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages[INDEX_LANGUAGE]?.hash;
  if (!hash) throw new Error(`${dir}: no index for language ${INDEX_LANGUAGE}`);
  return { dir, meta: decodeCbor(decodePagefindFile(readFileSync(join(dir, `pagefind.${hash}.pf_meta`)))) as Meta };
}

export interface ReadIndex {
  /** The URLs of the pages a key (as indexed, sentinel included) is on. */
  urlsOf(key: string): string[];
  /** Every key and the URLs of its pages (the whole index read: for small sites). */
  all(): Map<string, string[]>;
}

/** The index under `indexDir` (a site's `pagefind/`), delta applied. */
export function readIndex(indexDir: string): ReadIndex {
  const manifestFile = join(indexDir, DELTA_MANIFEST);
  const manifest: DeltaManifest | undefined = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as DeltaManifest) : undefined;
  const parts: { index: OneIndex; masked: ReadonlySet<string> }[] = [{ index: openIndex(indexDir), masked: new Set(manifest?.masked ?? []) }];
  if (manifest && manifest.deltaPages > 0 && manifest.path) parts.push({ index: openIndex(join(indexDir, manifest.path)), masked: new Set() });
  const urls = new Map<string, string>();
  const urlOf = ({ dir }: OneIndex, id: string): string => {
    const file = join(dir, 'fragment', `${id}.pf_fragment`);
    let url = urls.get(file);
    if (url === undefined) urls.set(file, (url = (JSON.parse(decodePagefindFile(readFileSync(file)).toString('utf8')) as { url: string }).url));
    return url;
  };
  const add = (into: Map<string, Set<string>>, part: (typeof parts)[number], chunkHash: string, only?: string): void => {
    for (const [word, postings] of readChunk(decodePagefindFile(readFileSync(join(part.index.dir, 'index', `${chunkHash}.pf_index`))))) {
      if (only !== undefined && word !== only) continue;
      const set = into.get(word) ?? into.set(word, new Set()).get(word)!;
      for (const [page] of postings) {
        const id = part.index.meta[1][page]![0];
        if (!part.masked.has(id)) set.add(urlOf(part.index, id));
      }
    }
  };
  const sorted = (map: Map<string, Set<string>>): Map<string, string[]> => new Map([...map].filter(([, set]) => set.size > 0).map(([key, set]) => [key, [...set].sort()] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    urlsOf(key) {
      const found = new Map<string, Set<string>>();
      for (const part of parts) {
        const chunk = part.index.meta[2].find(([from, to]) => from <= key && key <= to);
        if (chunk) add(found, part, chunk[2], key);
      }
      return sorted(found).get(key) ?? [];
    },
    all() {
      const found = new Map<string, Set<string>>();
      for (const part of parts) for (const [, , hash] of part.index.meta[2]) add(found, part, hash);
      return sorted(found);
    },
  };
}
