// arshif: the command line. The only module that prints for the user and sets exit codes.
import { parseArgs, styleText } from 'node:util';
import { relative, resolve } from 'node:path';
import { ConfigError, loadConfig, resolvePath } from './config.ts';
import { configuredInputs, createSession, runBuild, runIngest, type IngestSummary } from './build.ts';
import { formatReport } from './ingest/report.ts';
import { progressReporter } from './progress.ts';
import { serveDir } from './serve.ts';
import { rebuildOnChange } from './watch.ts';
import { formatProblem } from './schema/problems.ts';
import { SearchIndexError } from './search/index.ts';

const HELP = `arshif: a searchable right-to-left archive site from Arabic news articles

Usage
  arshif build [--config FILE] [--out DIR] [--watch]
                                                ingest inputs -> records -> site -> search index;
                                                --watch: then build again whenever an input changes
  arshif serve [--config FILE] [--port N] [--base /sub/] [--no-build] [--no-watch]
                                                build, then serve the site on localhost, building
                                                again whenever an input changes
  arshif ingest [--config FILE] [--preset NAME] [PATH...]
                                                inputs -> validated records only (and the report)

Inputs default to the configuration's "inputs" (seeds/). Configuration comes from --config
FILE (JSON) or the "arshif" key of package.json; see README.md. Inputs are folders or files:
.txt raw articles, .md records with front matter, .json/.jsonl(.gz) datasets (--preset
saudinewsnet, or detected by their keys).`;

const color = (format: Parameters<typeof styleText>[0], text: string): string =>
  process.stdout.isTTY ? styleText(format, text) : text;

const MAX_LISTED = 50;

/** Errors first, each naming its file; past MAX_LISTED the report file has the rest. */
function reportIngest(summary: Omit<IngestSummary, 'articles'>): boolean {
  const problems = summary.inputs.flatMap((input) => input.problems);
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  for (const problem of ordered.slice(0, MAX_LISTED)) console.error(color(problem.severity === 'error' ? 'red' : 'yellow', formatProblem(problem)));
  if (ordered.length > MAX_LISTED) console.error(`… and ${ordered.length - MAX_LISTED} more problems: see the report`);
  console.log(formatReport(summary.report));
  console.log(`  records in ${relative(process.cwd(), summary.recordsDir) || '.'}, report ${relative(process.cwd(), summary.reportFile)}`);
  const { hits, misses } = summary.sources;
  if (hits) console.log(`  ${misses} input files ingested, ${hits} unchanged since the last build (cached)`);
  return summary.report.totals.rejected === 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string' },
      base: { type: 'string' },
      preset: { type: 'string' },
      'no-build': { type: 'boolean' },
      watch: { type: 'boolean' },
      'no-watch': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig(process.cwd(), values.config);

  if (command === 'ingest') {
    const inputs = paths.length
      ? paths.map((path) => ({ path: resolve(path), outlets: config.outlets, ...(values.preset && { preset: values.preset }) }))
      : configuredInputs(config);
    return reportIngest(await runIngest(config, inputs, progressReporter('ingest'))) ? 0 : 1;
  }
  if (command === 'build' || command === 'serve') {
    const building = !(command === 'serve' && values['no-build']);
    // serve watches unless told not to; build only when asked.
    const watching = building && (command === 'serve' ? !values['no-watch'] : Boolean(values.watch));
    const session = watching ? createSession() : undefined;
    /** Builds and reports; resolves to whether every input was accepted. */
    const build = async (): Promise<boolean> => {
      const started = performance.now();
      const summary = await runBuild(config, { ...(values.out && { outDir: values.out }), onProgress: progressReporter('ingest'), ...(session && { session }) });
      const clean = reportIngest(summary.ingest);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const stages = Object.entries(summary.stages).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(', ');
      console.log(`build: ${summary.pages} pages, ${summary.indexed} indexed for search, in ${seconds} s (${stages}) -> ${relative(process.cwd(), summary.outDir)}/`);
      if (summary.units.reused) console.log(`  ${summary.units.rendered} page units rendered, ${summary.units.reused} unchanged since the last build (kept)`);
      if (summary.indexDelta) console.log(`  search: ${summary.indexDelta.pages} changed pages indexed apart, over the last full index (${summary.indexDelta.masked} of its pages replaced or removed)`);
      return clean;
    };
    const outDir = values.out ?? resolvePath(config, config.out_dir);
    if (watching) {
      const inputs = configuredInputs(config).map((input) => input.path);
      const failed = (error: unknown): void => console.error(color('red', `error: ${(error as Error).message}`));
      let builds = 0;
      // Watching starts before the first build, which is the watcher's first: a change made while
      // it runs is not missed, and two builds never run at once.
      const rebuilder = rebuildOnChange(
        inputs,
        async () => {
          if (builds++ > 0) console.log(color('bold', `\ninputs changed: building again`));
          // A failed build leaves the last output live (output/trees.ts); keep watching.
          await build().catch(failed);
        },
        { initial: true, ignore: [outDir, resolvePath(config, config.work_dir)], onError: failed },
      );
      await rebuilder.settled();
      console.log(`watching ${inputs.map((path) => relative(process.cwd(), path) || '.').join(', ')} for changes (the configuration is read once: restart after changing it)`);
    } else if (building) {
      // Rejected inputs do not stop the rest of the archive from building, but they are a failure to report.
      if (!(await build()) && command === 'build') return 1;
    }
    if (command === 'serve') {
      const port = values.port === undefined ? 8080 : Number(values.port);
      const { url } = await serveDir(outDir, { port, ...(values.base && { base: values.base }) });
      console.log(`serving ${url}  (Ctrl+C to stop)`);
    }
    if (command === 'serve' || watching) return new Promise<number>(() => {}); // run until interrupted
    return 0;
  }
  console.error(`unknown command "${command}"\n\n${HELP}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Known failures print their message; anything else is a bug, so keep its stack.
    if (error instanceof ConfigError || error instanceof SearchIndexError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(color('red', `error: ${(error as Error).message}`));
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
