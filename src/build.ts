// The whole pipeline: inputs -> records -> pages -> search index, each stage's output the
// next one's input. The site is built beside the old one and swapped in only when complete,
// so an interrupted or failed build leaves the previous output intact and servable.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePath, type ArchiveConfig } from './config.ts';
import { ingestPaths, type IngestOutput, type InputSpec, type Progress } from './ingest/index.ts';
import { buildReport, type IngestReport } from './ingest/report.ts';
import { createSourceCache } from './ingest/source-cache.ts';
import { writeRecords } from './records/write.ts';
import { createRenderCache } from './markdown/cache.ts';
import { renderMarkdown } from './markdown/processor.ts';
import { buildSite } from './site/build-site.ts';
import { indexSite } from './search/index.ts';

export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

export interface IngestSummary extends IngestOutput {
  report: IngestReport;
  recordsDir: string;
  reportFile: string;
  records: { written: number; unchanged: number; removed: number };
  /** Input files whose outcome came from the cache, and those ingested afresh. */
  sources: { hits: number; misses: number };
}

/** The configured inputs, paths resolved against the configuration's folder, outlet names merged. */
export function configuredInputs(config: ArchiveConfig): InputSpec[] {
  return config.inputs.map((input) => {
    const spec = typeof input === 'string' ? { path: input } : input;
    return { ...spec, path: resolvePath(config, spec.path), outlets: { ...config.outlets, ...spec.outlets } };
  });
}

export async function runIngest(config: ArchiveConfig, inputs: readonly InputSpec[] = configuredInputs(config), onProgress?: Progress): Promise<IngestSummary> {
  const workDir = resolvePath(config, config.work_dir);
  const sources = createSourceCache(join(workDir, 'cache', 'ingest'));
  const output = ingestPaths(
    inputs,
    // Records name their source relative to the archive's own folder, whatever the working directory.
    config.root,
    { reference: config.reference },
    onProgress,
    sources.ingest,
  );
  sources.prune();
  const recordsDir = join(workDir, 'records');
  const records = writeRecords(recordsDir, output.articles);
  const reportFile = join(workDir, 'ingest-report.json');
  const report = buildReport(output.inputs, config.reference);
  writeFileSync(reportFile, `${JSON.stringify(report, null, 1)}\n`);
  return { ...output, report, recordsDir, reportFile, records, sources: sources.stats() };
}

export interface BuildSummary {
  ingest: IngestSummary;
  outDir: string;
  pages: number;
  indexed: number;
  rendered: { hits: number; misses: number };
  /** Wall time of each stage, in milliseconds. */
  stages: Record<string, number>;
}

export async function runBuild(config: ArchiveConfig, options: { outDir?: string; onProgress?: Progress } = {}): Promise<BuildSummary> {
  const stages: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      stages[stage] = Math.round(performance.now() - started);
    }
  };
  const ingest = await timed('ingest', () => runIngest(config, configuredInputs(config), options.onProgress));
  const outDir = options.outDir ?? resolvePath(config, config.out_dir);
  const cache = createRenderCache(renderMarkdown, join(resolvePath(config, config.work_dir), 'cache', 'html'));

  const staging = join(dirname(outDir), `.${basename(outDir)}.partial`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const { pages } = await timed('render', () => buildSite(ingest.articles, {
    templatesDir: TEMPLATES_DIR,
    outDir: staging,
    name: config.site_name,
    description: config.description,
    ...(config.base_url && { baseUrl: config.base_url }),
    pathPrefix: config.path_prefix,
    about: config.about,
    pageSize: config.page_size,
    pagesPerRun: config.pages_per_run,
    renderWorkers: config.render_workers,
    locale: config.locale,
    style: { digits: config.digits, months: config.month_names },
    cache,
  }));
  const { pages: indexed } = await timed('index', () =>
    indexSite(staging, ingest.articles.map((a) => ({ id: a.meta.id, date: a.meta.date })), {
      cacheDir: join(resolvePath(config, config.work_dir), 'cache', 'index'),
      shardPages: config.index_shard_pages,
      workers: config.index_workers,
    }),
  );

  const previous = join(dirname(outDir), `.${basename(outDir)}.previous`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return { ingest, outDir, pages, indexed, rendered: cache.stats(), stages };
}
