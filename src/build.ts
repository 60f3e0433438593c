// The whole pipeline: inputs -> records -> pages -> search index, each stage's output the
// next one's input. The site is built in a spare tree beside the live one and swapped in only
// when complete (output/trees.ts), so an interrupted or failed build leaves the previous output
// intact and servable, and a rebuild renders only the pages whose inputs changed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePath, type ArchiveConfig } from './config.ts';
import type { Article } from './schema/article.ts';
import { readSources, type IngestOutput, type InputSpec, type Progress, type SourceOutcome } from './ingest/index.ts';
import { ingestInParallel } from './ingest/parallel.ts';
import { buildReport, type IngestReport } from './ingest/report.ts';
import { createSourceCache } from './ingest/source-cache.ts';
import { startWritingRecords } from './records/write.ts';
import { createRenderCache } from './markdown/cache.ts';
import { renderMarkdownParsed, renderPlainMarkdown } from './markdown/processor.ts';
import { articleUnit, planSite, renderPlan } from './site/build-site.ts';
import { collectGarbage } from './collect-garbage.ts';
import { startRenderers, type RenderPool } from './site/render-pool.ts';
import { commitOutput, stageOutput, type Unit } from './output/trees.ts';
import { indexSite } from './search/index.ts';
import type { PagesRead } from './search/shard-index.ts';

export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

/**
 * What stages other than rendering write at the output's top level, written afresh each build.
 * (pagefind/ is not: the index merge updates the folder an earlier build left, merge-index.ts.)
 */
const EXTRAS = /^(?:assets|sitemap(?:-\d+)?\.xml)$/;

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

/**
 * What a process that builds again and again (watch mode, src/watch.ts) keeps between builds, so
 * a rebuild neither reads the ingest cache back nor starts a render worker again.
 */
export interface BuildSession {
  /**
   * Ingest outcomes, by cache entry name (source-cache.ts): those read from the cache (their
   * bodies read when asked for) and those ingested in this process. Outcomes the ingest workers
   * made are not kept: they carry every body, so after a first build of a whole archive the
   * process would hold its text; the next build reads them back from the cache instead.
   */
  outcomes: Map<string, SourceOutcome>;
  /** The render worker, Eleventy loaded, once an archive is large enough to render on one (let go after a large render). */
  renderers?: RenderPool;
}

export const createSession = (): BuildSession => ({ outcomes: new Map() });
export const closeSession = (session: BuildSession): void => session.renderers?.close();

export async function runIngest(config: ArchiveConfig, inputs: readonly InputSpec[] = configuredInputs(config), onProgress?: Progress, session?: BuildSession): Promise<IngestSummary> {
  const { summary, recordsWritten } = await ingestStage(config, inputs, onProgress, session);
  await recordsWritten;
  return summary;
}

/** The ingest, its record files still being written when it returns (startWritingRecords): a build plans and renders meanwhile. */
async function ingestStage(config: ArchiveConfig, inputs: readonly InputSpec[], onProgress?: Progress, session?: BuildSession): Promise<{ summary: IngestSummary; recordsWritten: Promise<void> }> {
  const workDir = resolvePath(config, config.work_dir);
  const source = createSourceCache(join(workDir, 'cache', 'ingest'), undefined, session?.outcomes);
  const output = await ingestInParallel(
    // Records name their source relative to the archive's own folder, whatever the working directory.
    inputs.flatMap((input) => readSources(input, config.root)),
    { reference: config.reference },
    source,
    config.ingest_workers,
    onProgress,
  );
  source.prune();
  const recordsDir = join(workDir, 'records');
  const { done: recordsWritten, ...records } = startWritingRecords(recordsDir, output.articles);
  const reportFile = join(workDir, 'ingest-report.json');
  const report = buildReport(output.inputs, config.reference);
  writeFileSync(reportFile, `${JSON.stringify(report, null, 1)}\n`);
  return { summary: { ...output, report, recordsDir, reportFile, records, sources: source.stats() }, recordsWritten };
}

export interface BuildSummary {
  /** The ingest's account (its records are in the records folder, not held: see runBuild). */
  ingest: Omit<IngestSummary, 'articles'>;
  outDir: string;
  pages: number;
  indexed: number;
  /** Article pages the index read this build (the rest were kept): by page-text.ts, and by Pagefind. */
  indexRead: PagesRead;
  /** When the changed pages went into a delta over the last merged index (delta-index.ts). */
  indexDelta?: { pages: number; masked: number };
  /** Markdown rendered, or read from the cache, by this process (the feed's articles; pages' are rendered where they are). */
  rendered: { hits: number; misses: number };
  /** Page units rendered by this build, and units whose pages were kept from an earlier one. */
  units: { rendered: number; reused: number };
  /** Wall time of each stage, in milliseconds. */
  stages: Record<string, number>;
}

export async function runBuild(config: ArchiveConfig, options: { outDir?: string; onProgress?: Progress; session?: BuildSession } = {}): Promise<BuildSummary> {
  const { session } = options;
  const stages: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      stages[stage] = Math.round(performance.now() - started);
    }
  };
  let renderers: RenderPool | undefined;
  let recordsWritten: Promise<void> | undefined;
  try {
    // The records are let go once the pages are rendered, so the index merge (the build's largest
    // transient memory) does not come on top of the whole archive's text.
    const split = ({ articles, ...account }: IngestSummary): { records?: Article[]; ingest: BuildSummary['ingest'] } => ({ records: articles, ingest: account });
    const stage = await timed('ingest', () => ingestStage(config, configuredInputs(config), options.onProgress, session));
    recordsWritten = stage.recordsWritten;
    const ingested = split(stage.summary);
    const { ingest } = ingested;
    // Past a run's worth of articles, one render worker starts now and loads Eleventy on the
    // other core while this one plans the site (seconds at 30k): a rebuild's few changed pages
    // then render without that wait. A small archive renders here, as fast without.
    // A session keeps its worker for the next build.
    if (ingested.records!.length > config.pages_per_run) renderers = session ? (session.renderers ??= startRenderers(1, config.pages_per_run)) : startRenderers(1, config.pages_per_run);
    const outDir = options.outDir ?? resolvePath(config, config.out_dir);
    const workDir = resolvePath(config, config.work_dir);
    const cache = createRenderCache(renderMarkdownParsed, join(workDir, 'cache', 'html'), { direct: renderPlainMarkdown });
    const stateDir = join(workDir, 'output');

    const { pages, units } = await timed('render', async () => {
      const plan = planSite(ingested.records!, {
        templatesDir: TEMPLATES_DIR,
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
      });
      // Pages of unchanged units are kept from an earlier build; the rest are rendered.
      const staging = stageOutput(outDir, stateDir, plan.keys, (name) => EXTRAS.test(name));
      // Before a large render: the ingest's garbage would otherwise stay in this heap while the
      // render workers grow (the build's peak). Not worth its 0.1 s before a rebuild's few pages.
      if (staging.render.size > config.pages_per_run) collectGarbage();
      const { files } = await renderPlan(plan, staging.dir, staging.render, renderers);
      if (!session) renderers?.close(); // rendering is done: their memory is the index's
      else if (staging.render.size > config.pages_per_run) {
        // Workers that rendered more than a run (a first build, a template change) keep the heap
        // they grew to, about a gigabyte each at 31k, through the index stage and every build
        // after: let them go. The next build starts a fresh one while it plans.
        session.renderers?.close();
        delete session.renderers;
      }
      const units = new Map<string, Unit>();
      for (const [unit, key] of plan.keys) units.set(unit, { key, files: files.get(unit) ?? staging.reused.get(unit)!.files });
      return { pages: [...units.values()].reduce((n, u) => n + u.files.length, 0), units: { staging, all: units, rendered: staging.render.size } };
    });
    const toIndex = ingested.records!.map((a) => ({ id: a.meta.id, date: a.meta.date, key: units.all.get(articleUnit(a.meta.id))!.key }));
    delete ingested.records;
    const { pages: indexed, read: indexRead, delta: indexDelta } = await timed('index', () =>
      indexSite(units.staging.dir, toIndex, {
        cacheDir: join(workDir, 'cache', 'index'),
        shardPages: config.index_shard_pages,
        workers: config.index_workers,
        previousIndex: join(outDir, 'pagefind'),
      }),
    );
    commitOutput(outDir, stateDir, units.staging, units.all);
    await recordsWritten;
    return { ingest, outDir, pages, indexed, indexRead, ...(indexDelta && { indexDelta }), rendered: cache.stats(), units: { rendered: units.rendered, reused: units.all.size - units.rendered }, stages };
  } finally {
    if (!session) renderers?.close();
    // A failed build still lets its record files finish before the next one starts (watch mode).
    await recordsWritten?.catch(() => {});
  }
}
