// Ingest: input paths -> validated Article records plus an account of every input file.
// The only I/O here is reading inputs; parsing each file is pure (raw.ts, structured.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Article } from '../schema/article.ts';
import type { Problem } from '../schema/problems.ts';
import { disambiguate, sha256, urlFor } from './identity.ts';
import { ingestRaw, type IngestResult } from './raw.ts';
import { ingestStructured } from './structured.ts';
import type { IngestContext, SourceFile } from './source.ts';

export type Outcome = 'written' | 'duplicate' | 'rejected';

export interface InputAccount {
  file: string;
  outcome: Outcome;
  id?: string;
  /** For a duplicate: the file whose record it was merged into. */
  duplicate_of?: string;
  problems: Problem[];
}

export interface IngestOutput {
  articles: Article[];
  inputs: InputAccount[];
}

const INGESTERS: Record<string, (source: SourceFile, context: IngestContext) => IngestResult> = {
  '.txt': ingestRaw,
  '.md': ingestStructured,
};

const toPosix = (path: string): string => path.split(sep).join('/');

/** Every file under `root`, sorted, so ingest order (and so ids) never depends on the file system. */
function listFiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function readSources(inputPath: string, cwd: string): SourceFile[] {
  const root = statSync(inputPath).isFile() ? join(inputPath, '..') : inputPath;
  return listFiles(inputPath)
    .filter((file) => !file.split(sep).some((part) => part.startsWith('.'))) // dotfiles: editor and OS clutter
    .map((file) => ({ file: toPosix(relative(cwd, file)), key: toPosix(relative(root, file)), bytes: readFileSync(file) }));
}

/** Same story twice: compare bodies with whitespace folded. */
const bodyKey = (article: Article): string => sha256(article.body.replace(/\s+/g, ' ').trim());

export function ingestSources(sources: readonly SourceFile[], context: IngestContext): IngestOutput {
  const inputs: InputAccount[] = [];
  const parsed: { article: Article; key: string; account: InputAccount }[] = [];
  const seenBodies = new Map<string, string>();

  for (const source of sources) {
    const ingest = INGESTERS[extname(source.file).toLowerCase()];
    if (!ingest) {
      inputs.push({ file: source.file, outcome: 'rejected', problems: [{ severity: 'error', file: source.file, message: `unsupported file type "${extname(source.file) || '(none)'}": inputs are .txt (raw articles) or .md (front matter records)` }] });
      continue;
    }
    const { article, problems } = ingest(source, context);
    if (!article) {
      inputs.push({ file: source.file, outcome: 'rejected', problems });
      continue;
    }
    const body = bodyKey(article);
    const first = seenBodies.get(body);
    if (first !== undefined) {
      const message = `duplicate of ${first}: same article text, merged into that record`;
      inputs.push({ file: source.file, outcome: 'duplicate', duplicate_of: first, problems: [...problems, { severity: 'warning', file: source.file, message }] });
      continue;
    }
    seenBodies.set(body, source.file);
    const account: InputAccount = { file: source.file, outcome: 'written', problems };
    inputs.push(account);
    parsed.push({ article, key: source.key, account });
  }

  const unique = disambiguate(parsed.map((p) => ({ ...p, id: p.article.meta.id })));
  const articles = unique.map(({ article, id, account }) => {
    account.id = id;
    return id === article.meta.id ? article : { ...article, meta: { ...article.meta, id, url: urlFor(id) } };
  });
  return { articles, inputs };
}

export function ingestPaths(paths: readonly string[], cwd: string, context: IngestContext): IngestOutput {
  return ingestSources(paths.flatMap((path) => readSources(path, cwd)), context);
}
