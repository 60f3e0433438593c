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
// The parent looked the file up already: ingest it and keep the outcome. The reply leaves out
// the near-duplicate shingle sets (kept in the cache for rebuilds): a cold build of the corpus
// would hold ~40 MB more of them in the main process, which needs only its few candidates' and
// makes those from the text.
serveTasks<IngestShared, InputFile, SourceOutcome>(async (shared, source) => {
  const outcome = (cache ??= createSourceCache(shared.cacheDir, shared.version)).fill(source, shared.context);
  for (const result of outcome.results) delete result.sketch?.shingles;
  return outcome;
});
