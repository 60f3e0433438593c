// The archive's configuration: one typed object, read from a JSON file (`--config`) or from
// the "arshif" key of package.json. Every default is here, so a build is fully described.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { isoDate } from './schema/article.ts';
import { problemsFromZod, formatProblem } from './schema/problems.ts';

export const configSchema = z
  .object({
    site_name: z.string().min(1).default('أرشيف'),
    description: z.string().default('أرشيف أخبار عربية قابل للبحث'),
    /** Folders or files; a dataset may carry its field mapping or preset and outlet names. */
    inputs: z
      .array(
        z.union([
          z.string().min(1),
          z
            .object({
              path: z.string().min(1),
              preset: z.string().optional(),
              mapping: z
                .object({
                  body: z.string(),
                  title: z.string().optional(),
                  date: z.string().optional(),
                  author: z.string().optional(),
                  url: z.string().optional(),
                  outlet: z.string().optional(),
                  id: z.string().optional(),
                  tags: z.string().optional(),
                  section: z.string().optional(),
                })
                .strict()
                .optional(),
              outlets: z.record(z.string(), z.string()).optional(),
            })
            .strict(),
        ]),
      )
      .min(1)
      .default(['seeds']),
    /** Outlet id -> Arabic display name, for every dataset (over the presets' names). */
    outlets: z.record(z.string(), z.string()).default({}),
    /** URL path the site is served under; only the 404 page needs it (all other links are relative). */
    path_prefix: z.string().regex(/^\/(?:[^/?#]+\/)*$/, 'path_prefix starts and ends with /, e.g. /archive/').default('/'),
    out_dir: z.string().min(1).default('_site'),
    work_dir: z.string().min(1).default('.arshif'),
    /** Dates stated without a year are placed on or before this day. 'today' = the build's day (UTC). */
    reference_date: z
      .string()
      .refine((s) => s === 'today' || isoDate.safeParse(s).success, "expected 'today' or an existing calendar date YYYY-MM-DD")
      .default('today'),
    /** Absolute URL the site is published at (canonical URLs, feeds, sitemap); e.g. https://example.org/archive/ */
    base_url: z.string().url().regex(/\/$/, 'base_url ends with /').optional(),
    /** The about page, in Markdown. */
    about: z.string().default(''),
    /** The archive's Arabic locale (BCP 47): Open Graph locale; pages stay lang="ar" for one search index. */
    locale: z.string().regex(/^ar(?:-[A-Z]{2})?$/, 'locale is ar or ar-XX, e.g. ar-SA').default('ar'),
    /** Pages Eleventy renders per run: bounds the build's memory (Eleventy holds a run's pages). */
    pages_per_run: z.number().int().min(1).default(1000),
    /** Processes rendering at once (Eleventy uses one core each); default: the machine's cores, at most 4. */
    render_workers: z.number().int().min(1).max(64).default(Math.min(availableParallelism(), 4)),
    /** Processes ingesting input files at once (the ones the ingest cache lacks); default: cores, at most 4. */
    ingest_workers: z.number().int().min(1).max(64).default(Math.min(availableParallelism(), 4)),
    /** Pages Pagefind indexes at once: bounds the index stage's memory (shards are cached and merged). */
    index_shard_pages: z.number().int().min(1).default(1000),
    /** Processes indexing shards at once, each with a Pagefind service holding one shard; default: cores, at most 4. */
    index_workers: z.number().int().min(1).max(64).default(Math.min(availableParallelism(), 4)),
    /** Articles per list page. */
    page_size: z.number().int().min(5).max(500).default(30),
    digits: z.enum(['latn', 'arab']).default('latn'),
    month_names: z.enum(['levantine', 'egyptian', 'both']).default('levantine'),
  })
  .strict();

export type ArchiveConfig = z.infer<typeof configSchema> & {
  /** Directory relative paths in the configuration are resolved against. */
  root: string;
  /** reference_date resolved to a calendar day. */
  reference: string;
};

export class ConfigError extends Error {}

export function resolveConfig(raw: unknown, root: string, file: string, today = new Date()): ArchiveConfig {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ConfigError(problemsFromZod(file, parsed.error).map(formatProblem).join('\n'));
  }
  const reference =
    parsed.data.reference_date === 'today' ? today.toISOString().slice(0, 10) : parsed.data.reference_date;
  return { ...parsed.data, root, reference };
}

/** `--config file.json`, else package.json's "arshif" key in `cwd`, else the defaults. */
export function loadConfig(cwd: string, configFile?: string): ArchiveConfig {
  const file = configFile ? resolve(cwd, configFile) : resolve(cwd, 'package.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (!configFile && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolveConfig({}, cwd, file);
    throw new ConfigError(`${file}: cannot read configuration: ${(error as Error).message}`);
  }
  const raw = configFile ? json : (json as { arshif?: unknown }).arshif;
  return resolveConfig(raw, dirname(file), file);
}

export const resolvePath = (config: ArchiveConfig, path: string): string => resolve(config.root, path);
