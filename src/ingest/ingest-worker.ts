// An ingest worker (parallel.ts): ingests the input files it is sent, through the same cache
// folder as the main process, and replies with each file's outcome.
import { serveTasks } from '../pool.ts';
import type { InputFile, SourceOutcome } from './index.ts';
import { createSourceCache, type SourceCache } from './source-cache.ts';
import type { IngestContext } from './source.ts';

export interface IngestShared {
  context: IngestContext;
  cacheDir: string;
  version: string;
}

let cache: SourceCache | undefined;
// The parent looked the file up already: ingest it and keep the outcome.
serveTasks<IngestShared, InputFile, SourceOutcome>(async (shared, source) => (cache ??= createSourceCache(shared.cacheDir, shared.version)).fill(source, shared.context));
