// Build a real site from given inputs into a temporary folder, and serve it on loopback.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
