// Ingest on every core: input files not in the source cache are ingested by worker processes
// (ingest-worker.ts), the largest first so no core is left with a big file at the end; what
// looks across files (duplicates, ids) then runs here, over the outcomes in input order. The
// result is what ingestSources gives for the same inputs.
import { siblingModule } from '../code-version.ts';
import { runPool } from '../pool.ts';
import { combineOutcomes, type IngestOutput, type InputFile, type Progress, type SourceOutcome } from './index.ts';
import type { IngestShared } from './ingest-worker.ts';
import type { SourceCache } from './source-cache.ts';
import type { IngestContext } from './source.ts';

const WORKER = siblingModule(import.meta.url, 'ingest-worker');

export async function ingestInParallel(
  sources: readonly InputFile[],
  context: IngestContext,
  cache: SourceCache,
  workers: number,
  onProgress?: Progress,
): Promise<IngestOutput> {
  const outcomes: (SourceOutcome | undefined)[] = sources.map((source) => cache.lookup(source, context));
  const missing = sources.flatMap((_, i) => (outcomes[i] ? [] : [i])).sort((a, b) => sources[b]!.bytes.length - sources[a]!.bytes.length || a - b);
  let done = sources.length - missing.length;
  onProgress?.(done, sources.length);
  if (workers > 1 && missing.length > 1) {
    const shared: IngestShared = { context, cacheDir: cache.dir, version: cache.version };
    // Not kept in the cache's memory (watch mode): these carry every body (build.ts, BuildSession).
    await runPool<IngestShared, InputFile, SourceOutcome>(WORKER, shared, missing.map((i) => sources[i]!), workers, (outcome, t) => {
      outcomes[missing[t]!] = outcome;
      onProgress?.(++done, sources.length);
    });
  } else {
    for (const i of missing) {
      outcomes[i] = cache.fill(sources[i]!, context);
      onProgress?.(++done, sources.length);
    }
  }
  return combineOutcomes(sources, outcomes as SourceOutcome[]);
}
