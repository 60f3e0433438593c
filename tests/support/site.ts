// Build a real site from given inputs into a temporary folder, and serve it on loopback.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config.ts';
import { runBuild, type BuildSummary } from '../../src/build.ts';
import { serveDir } from '../../src/serve.ts';

export const REPO = join(import.meta.dirname, '..', '..');

export interface BuiltSite {
  dir: string;
  siteDir: string;
  summary: BuildSummary;
  remove: () => void;
}

/** Copies `inputs` (files or folders) into a temp archive and builds it with a pinned reference date. */
export async function buildSite(inputs: string[], config: Record<string, unknown> = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-site-'));
  const inputDir = join(dir, 'in');
  mkdirSync(inputDir);
  for (const input of inputs) cpSync(input, join(inputDir, input.split('/').pop()!), { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work', ...config }),
  );
  const summary = await runBuild(loadConfig(dir, 'config.json'));
  return { dir, siteDir: summary.outDir, summary, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function serve(siteDir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await serveDir(siteDir, { port: 0, base });
  return { url, close: () => new Promise<void>((resolve) => (server as Server).close(() => resolve())) };
}

export const CORPUS = join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

/**
 * A deterministic sample of the shared SaudiNewsNet corpus: every `step`-th article of each day
 * file, up to `count`, written as one JSON dataset (the preset is detected by its keys).
 */
export function corpusSample(count: number, step = 29): unknown[] {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.json.gz')).sort();
  const rows: unknown[] = [];
  for (let offset = 0; rows.length < count && offset < step; offset++) {
    for (const file of files) {
      const all = JSON.parse(gunzipSync(readFileSync(join(CORPUS, file))).toString('utf8')) as unknown[];
      for (let i = offset; i < all.length && rows.length < count; i += step) rows.push(all[i]);
      if (rows.length >= count) break;
    }
  }
  return rows;
}

/** Builds `count` corpus articles (plus the seed) into a temp folder. */
export async function buildCorpusSite(count: number, config: Record<string, unknown> = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-corpus-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'sample.json'), JSON.stringify(corpusSample(count)));
  cpSync(join(REPO, 'seeds'), join(dir, 'in', 'seeds'), { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    // Small index shards, so that searching these sites goes through a merge of many shards.
    JSON.stringify({ inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work', base_url: 'https://archive.example.org/arshif/', path_prefix: '/arshif/', index_shard_pages: 40, ...config }),
  );
  const summary = await runBuild(loadConfig(dir, 'config.json'));
  return { dir, siteDir: summary.outDir, summary, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The search page's results once a batch is in (the list is aria-busy while they arrive one by one). */
export const RESULTS_IN = '#search-results[aria-busy="false"] li';
