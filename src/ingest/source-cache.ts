// Each input file's ingest outcome kept in the work folder between builds, named by a hash of
// everything it is made from: the ingest code, the build's context, the file's names, dataset
// options and bytes. A rebuild reads every input again (to hash it) but re-ingests only files
// that changed; merging duplicates and choosing ids, which look across files, always run.
// Stored with v8's serializer: the outcome is plain data, and it reads back ~5x faster than JSON.
//
// An entry is the outcome without its articles' bodies, then the bodies apart: a rebuild needs
// every article's metadata (for the site's lists) but the text of only the few it renders or
// writes again, so bodies are read when first asked for. At 31k articles the bodies are half
// the cache's 200 MB, and a third of the time reading it back.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeVersion, SOURCE_DIR } from '../code-version.ts';
import { writeFileAtomically } from '../write-atomically.ts';
import { ingestSource, type InputFile, type SourceOutcome } from './index.ts';
import type { IngestContext } from './source.ts';

const FORMAT = 2;

/** Everything an ingest outcome depends on besides the input: our code and the packages it parses with. */
export function ingestCodeVersion(): string {
  return codeVersion(
    ['ingest', 'schema', 'markdown', 'records'].map((dir) => join(SOURCE_DIR, dir)),
    ['gray-matter', 'js-yaml', 'jsonc-parser', 'zod', 'unified', 'remark-parse', 'mdast-util-to-markdown', 'i18n-iso-countries', 'stopword'],
  );
}

export function sourceKey(version: string, source: InputFile, context: IngestContext): string {
  return createHash('sha256')
    .update(`${FORMAT}\0${version}\0${JSON.stringify(context)}\0${JSON.stringify(source.dataset ?? {})}\0${source.file}\0${source.key}\0`)
    .update(source.bytes)
    .digest('hex')
    .slice(0, 32);
}

export interface SourceCache {
  /** Its folder and code version: what another process needs to open the same cache. */
  dir: string;
  version: string;
  /** The cached outcome of `source`, or undefined (counted as a miss: the caller ingests it). */
  lookup(source: InputFile, context: IngestContext): SourceOutcome | undefined;
  /** Ingests `source` (ingestSource) and keeps the outcome. */
  fill(source: InputFile, context: IngestContext): SourceOutcome;
  /** Outcomes read from the cache and missed, so far. */
  stats(): { hits: number; misses: number };
  /** Removes cached outcomes no source of this build looked up. */
  prune(): number;
}

/**
 * A cache in `dir`; an unreadable entry is ingested again, never trusted. With `memory` (a map
 * the caller keeps between builds in one process: arshif's watch mode), outcomes are also kept
 * there, by entry name, and looked up there first; its entries no build asked for go with prune().
 * An outcome is plain data nothing changes after ingest, so one object serves every build.
 */
export function createSourceCache(dir: string, version = ingestCodeVersion(), memory?: Map<string, SourceOutcome>): SourceCache {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const nameOf = (source: InputFile, context: IngestContext): string => {
    const name = `${sourceKey(version, source, context)}.v8`;
    used.add(name);
    return name;
  };
  const lookup = (source: InputFile, context: IngestContext): SourceOutcome | undefined => {
    const name = nameOf(source, context);
    const kept = memory?.get(name);
    if (kept) {
      hits++;
      return kept;
    }
    try {
      const outcome = readEntry(join(dir, name));
      memory?.set(name, outcome);
      hits++;
      return outcome;
    } catch {
      misses++; // not cached (or damaged)
      return undefined;
    }
  };
  return {
    dir,
    version,
    lookup,
    fill(source, context) {
      const outcome = ingestSource(source, context);
      const name = nameOf(source, context); // hashes the file's bytes: once
      writeFileAtomically(join(dir, name), entryBytes(outcome));
      memory?.set(name, outcome);
      return outcome;
    },
    stats: () => ({ hits, misses }),
    prune() {
      let removed = 0;
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true }), removed++;
      for (const name of memory?.keys() ?? []) if (!used.has(name)) memory!.delete(name);
      return removed;
    },
  };
}

// An entry: the head's length (4 bytes), the head (the outcome, every body ''), then the bodies
// (an array, in the order of the results that have an article).
const articlesOf = (outcome: SourceOutcome) => outcome.results.flatMap((result) => (result.article ? [result.article] : []));

function entryBytes(outcome: SourceOutcome): Buffer {
  const bodies = articlesOf(outcome).map((article) => article.body);
  const head = serialize({ ...outcome, results: outcome.results.map((result) => (result.article ? { ...result, article: { ...result.article, body: '' } } : result)) });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, serialize(bodies)]);
}

/** The outcome in `file`, each article's body read from the file when first asked for. */
function readEntry(file: string): SourceOutcome {
  const fd = openSync(file, 'r');
  let outcome: SourceOutcome;
  let bodiesAt: number;
  try {
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) !== 4) throw new Error(`${file}: truncated`);
    const head = Buffer.alloc(length.readUInt32LE());
    if (readSync(fd, head, 0, head.length, 4) !== head.length) throw new Error(`${file}: truncated`);
    outcome = deserialize(head) as SourceOutcome;
    bodiesAt = 4 + head.length;
  } finally {
    closeSync(fd);
  }
  let bodies: string[] | undefined;
  const load = (): string[] => {
    try {
      return (bodies ??= deserialize(readFileSync(file).subarray(bodiesAt)) as string[]);
    } catch (error) {
      throw new Error(`the ingest cache entry ${file} could not be read back during the build (${(error as Error).message}): build again`);
    }
  };
  articlesOf(outcome).forEach((article, i) => {
    // Replaced by the plain value on first read: the article is plain data again from then on.
    Object.defineProperty(article, 'body', {
      enumerable: true,
      configurable: true,
      get(this: typeof article): string {
        const body = load()[i]!;
        Object.defineProperty(this, 'body', { value: body, enumerable: true, configurable: true, writable: true });
        return body;
      },
      set(this: typeof article, body: string): void {
        Object.defineProperty(this, 'body', { value: body, enumerable: true, configurable: true, writable: true });
      },
    });
  });
  return outcome;
}
