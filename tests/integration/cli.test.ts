// The `arshif` command as users run it (scripts/arshif.mjs): compiled to plain JavaScript, with
// its worker processes (ingest, render, index shards) forked from the compiled modules. Its
// output must be byte for byte what the same build gives run from the TypeScript sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { runBuild } from '../../src/build.ts';
import { corpusSample, REPO } from '../support/site.ts';

// Runs of 10 pages, shards of 15 and several input files, so that every kind of worker is used.
const CONFIG = {
  inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work', base_url: 'https://archive.example.org/',
  pages_per_run: 10, render_workers: 2, ingest_workers: 2, index_shard_pages: 15, index_workers: 2,
};

function archive(rows: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-cli-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.json'), JSON.stringify(rows.slice(0, 20)));
  writeFileSync(join(dir, 'in', 'b.json'), JSON.stringify(rows.slice(20)));
  cpSync(join(REPO, 'seeds'), join(dir, 'in', 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify(CONFIG));
  return dir;
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

test('the compiled command builds what the TypeScript sources build, byte for byte, on every kind of worker', async () => {
  // Rows with text only: a rejected row would (rightly) make the command exit 1.
  const rows = corpusSample(60).filter((row) => (row as { content?: string }).content?.trim()).slice(0, 40);
  assert.equal(rows.length, 40);
  const viaCli = archive(rows);
  const inProcess = archive(rows);
  try {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'arshif.mjs'), 'build', '--config', join(viaCli, 'config.json')], { cwd: REPO, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /build: \d+ pages, 41 indexed for search/);
    assert.ok(statSync(join(REPO, 'dist', 'cli.js')).isFile(), 'dist/ compiled');

    const summary = await runBuild(loadConfig(inProcess, 'config.json'));
    assert.equal(summary.indexed, 41);
    const a = join(viaCli, 'site');
    const b = join(inProcess, 'site');
    assert.deepEqual(files(a), files(b));
    for (const file of files(a)) assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file);
  } finally {
    rmSync(viaCli, { recursive: true, force: true });
    rmSync(inProcess, { recursive: true, force: true });
  }
});
