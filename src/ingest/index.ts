// Ingest: input paths -> validated Article records plus an account of every input (each
// file, and each row of a dataset): written, merged as a duplicate, or rejected with reasons.
// The only I/O is reading inputs (readSources); parsing each one is pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Article } from '../schema/article.ts';
import type { Problem } from '../schema/problems.ts';
import { ingestDataset, type DatasetOptions } from './dataset-rows.ts';
import { articleDigest, rememberDigest } from '../records/digest.ts';
import { disambiguate, urlFor } from './identity.ts';
import { findNearDuplicates, sketchText, type NearDupSketch } from './near-duplicates.ts';
import { ingestRaw, type IngestResult } from './raw.ts';
import { ingestStructured } from './structured.ts';
import type { IngestContext, SourceFile } from './source.ts';

export type Outcome = 'written' | 'duplicate' | 'rejected' | 'skipped';

export interface InputAccount {
  file: string;
  /** For a dataset: the 1-based row. */
  row?: number;
  outcome: Outcome;
  id?: string;
  outlet?: string;
  /** For a duplicate: the input whose record it was merged into, and how alike they are. */
  duplicate_of?: string;
  similarity?: number;
  problems: Problem[];
}

export interface IngestOutput {
  articles: Article[];
  inputs: InputAccount[];
}

export interface InputSpec extends DatasetOptions {
  path: string;
}

/** A source file plus the dataset options of the input it came from. */
export interface InputFile extends SourceFile {
  dataset?: DatasetOptions;
}

const DATASET = /\.(?:json|jsonl|ndjson)(?:\.gz)?$/i;
const INGESTERS: Record<string, (source: SourceFile, context: IngestContext) => IngestResult> = {
  '.txt': ingestRaw,
  '.md': ingestStructured,
};
const SUPPORTED = 'inputs are .txt (raw articles), .md (front matter records) or .json/.jsonl datasets, optionally .gz';

const toPosix = (path: string): string => path.split(sep).join('/');

/** Every file under `root`, sorted, so ingest order (and so ids) never depends on the file system. */
function listFiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Hidden files and folders (.DS_Store, .git, editor swap files) are clutter, not articles. */
const isHidden = (key: string): boolean => key.split('/').some((part) => part.startsWith('.'));

export function readSources(input: string | InputSpec, cwd: string): InputFile[] {
  const spec = typeof input === 'string' ? { path: input } : input;
  const { path, ...dataset } = spec;
  const root = statSync(path).isFile() ? join(path, '..') : path;
  return listFiles(path).map((file) => {
    const key = toPosix(relative(root, file));
    // Hidden files are listed (and reported as skipped), never read.
    return { file: toPosix(relative(cwd, file)), key, bytes: isHidden(key) ? new Uint8Array() : readFileSync(file), dataset };
  });
}

const where = (file: string, row?: number): string => (row === undefined ? file : `${file} row ${row}`);

interface Parsed {
  article: Article;
  key: string;
  account: InputAccount;
  sketch?: NearDupSketch;
}

export type Progress = (done: number, total: number) => void;

/**
 * What one input file gives on its own, before duplicates are merged across files: pure in the
 * file's bytes, names and dataset options, so a rebuild can reuse it (source-cache.ts).
 */
export interface SourceOutcome {
  /** The file itself skipped or rejected: hidden, of an unsupported type, a dataset that cannot be read. */
  file?: { outcome: 'skipped' | 'rejected'; problems: Problem[] };
  /** Its article (a .txt or .md file) or its rows' (a dataset), each accepted or rejected; an
   *  accepted one with its near-duplicate sketch and its record digest, made here so that the
   *  ingest cache keeps them and a rebuild does not hash the archive's text again. */
  results: (IngestResult & { outlet?: string; row?: number; sketch?: NearDupSketch; digest?: string })[];
}

export function ingestSource(source: InputFile, context: IngestContext): SourceOutcome {
  const outcome = ingestSourceFile(source, context);
  for (const result of outcome.results) {
    if (!result.article) continue;
    result.sketch = sketchText(result.article.body);
    result.digest = articleDigest(result.article);
  }
  return outcome;
}

function ingestSourceFile(source: InputFile, context: IngestContext): SourceOutcome {
  if (isHidden(source.key)) {
    const message = 'hidden file (its name or a folder name starts with a dot): skipped';
    return { file: { outcome: 'skipped', problems: [{ severity: 'warning', file: source.file, message }] }, results: [] };
  }
  if (DATASET.test(source.file)) {
    const { results, fileProblems } = ingestDataset(source, context, source.dataset);
    return { ...(fileProblems.length && { file: { outcome: 'rejected', problems: fileProblems } }), results };
  }
  const ingest = INGESTERS[extname(source.file).toLowerCase()];
  if (!ingest) {
    const message = `unsupported file type "${extname(source.file) || '(none)'}": ${SUPPORTED}`;
    return { file: { outcome: 'rejected', problems: [{ severity: 'error', file: source.file, message }] }, results: [] };
  }
  return { results: [ingest(source, context)] };
}

/** Every source ingested here, in one process, nothing cached (parallel.ts is the build's ingest). */
export function ingestSources(sources: readonly InputFile[], context: IngestContext, onProgress?: Progress): IngestOutput {
  const outcomes = sources.map((source, i) => {
    onProgress?.(i, sources.length);
    return ingestSource(source, context);
  });
  onProgress?.(sources.length, sources.length);
  return combineOutcomes(sources, outcomes);
}

/**
 * The archive from each source's outcome (`outcomes[i]` is `sources[i]`'s, however it was
 * made): every input accounted for, duplicates across files merged, ids made unique.
 */
export function combineOutcomes(sources: readonly InputFile[], outcomes: readonly SourceOutcome[]): IngestOutput {
  const inputs: InputAccount[] = [];
  const parsed: Parsed[] = [];
  const accept = (file: string, key: string, result: SourceOutcome['results'][number], row?: number): void => {
    const outlet = result.outlet ?? result.article?.meta.source.outlet;
    const base = { file, ...(row !== undefined && { row }), ...(outlet && { outlet }) };
    if (!result.article) {
      inputs.push({ ...base, outcome: 'rejected', problems: result.problems });
      return;
    }
    // The outcome's digest was made from this article (by ingestSource, maybe in another process).
    if (result.digest) rememberDigest(result.article, result.digest);
    const account: InputAccount = { ...base, outcome: 'written', problems: result.problems };
    inputs.push(account);
    parsed.push({ article: result.article, key: row === undefined ? key : `${key}#${row}`, account, ...(result.sketch && { sketch: result.sketch }) });
  };
  sources.forEach((source, i) => {
    const outcome = outcomes[i]!;
    if (outcome.file) inputs.push({ file: source.file, ...outcome.file });
    for (const result of outcome.results) accept(source.file, source.key, result, result.row);
  });

  const kept = mergeDuplicates(parsed);
  const unique = disambiguate(kept.map((p) => ({ ...p, id: p.article.meta.id })));
  const articles = unique.map(({ article, id, account }) => {
    account.id = id;
    return id === article.meta.id ? article : { ...article, meta: { ...article.meta, id, url: urlFor(id) } };
  });
  return { articles, inputs };
}

/**
 * The same story ingested twice (exactly, or with small edits) becomes one record: the first
 * in input order is kept, the others are accounted as duplicates naming it. Copies from
 * different outlets are separate publications (a wire story reprinted by several papers)
 * and are all kept.
 */
function mergeDuplicates(parsed: readonly Parsed[]): Parsed[] {
  const byKey = new Map(parsed.map((p) => [p.key, p]));
  const order = new Map(parsed.map((p, i) => [p.key, i]));
  // The text is read only if needed (a source cache entry reads its bodies when first asked).
  const groups = findNearDuplicates(parsed.map((p) => ({ key: p.key, get text() { return p.article.body; }, ...(p.sketch && { sketch: p.sketch }) })));
  const merged = new Set<string>();
  for (const group of groups) {
    const firstOfOutlet = new Map<string, Parsed>();
    for (const key of [group.keep, ...group.duplicates.map((d) => d.key)].sort((a, b) => order.get(a)! - order.get(b)!)) {
      const item = byKey.get(key)!;
      const outlet = item.article.meta.source.outlet ?? '';
      const first = firstOfOutlet.get(outlet);
      if (!first) {
        firstOfOutlet.set(outlet, item);
        continue;
      }
      const similarity = group.duplicates.find((d) => d.key === key)?.similarity ?? 1;
      const kind = similarity === 1 ? 'the same article text' : `a near-duplicate (similarity ${similarity})`;
      const message = `${kind} as ${where(first.account.file, first.account.row)}: merged into that record`;
      Object.assign(item.account, {
        outcome: 'duplicate',
        duplicate_of: where(first.account.file, first.account.row),
        similarity,
        problems: [...item.account.problems, { severity: 'warning', file: item.account.file, ...(item.account.row !== undefined && { row: item.account.row }), message }],
      });
      merged.add(key);
    }
  }
  return parsed.filter((p) => !merged.has(p.key));
}
