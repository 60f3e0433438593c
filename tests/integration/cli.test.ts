// The `arshif` command as users run it (scripts/arshif.mjs): compiled to plain JavaScript, with
// its worker processes (ingest, render, index shards) forked from the compiled modules. Its
// output must be byte for byte what the same build gives run from the TypeScript sources. Its
// watch mode builds again when an input changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/config.ts';
import { runBuild } from '../../src/build.ts';
import { indexKeys } from '../../src/search/normalize.ts';
import { SENTINEL } from '../../src/search/pagefind-keys.ts';
import { readIndex } from '../../src/search/read-index.ts';
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

test('arshif build --watch: builds, then builds again when an input changes, and the page and search follow', async () => {
  const dir = archive(corpusSample(60).filter((row) => (row as { content?: string }).content?.trim()).slice(0, 20));
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'arshif.mjs'), 'build', '--watch', '--config', join(dir, 'config.json')], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  const until = async (what: string, done: () => boolean): Promise<void> => {
    for (let waited = 0; !done(); waited += 100) {
      if (waited > 120_000) assert.fail(`no ${what} within 2 minutes:\n${stdout}`);
      await sleep(100);
    }
  };
  try {
    await until('first build and watching', () => /build: [\s\S]*watching /.test(stdout));
    const page = join(dir, 'site', 'articles', 'rain', 'index.html');
    assert.ok(!existsSync(page));
    writeFileSync(join(dir, 'in', 'rain.txt'), 'أعلنت هيئة الأرصاد يوم الثلاثاء 11 من آب 2015 أن منطقة زنجبيلستان شهدت أمطارا غزيرة.\nوقال المتحدث باسم الهيئة إن الفرق تتابع الوضع.\n');
    await until('rebuild', () => (stdout.match(/^build:/gm) ?? []).length === 2);
    assert.match(stdout, /inputs changed: building again/);
    assert.ok(readFileSync(page, 'utf8').includes('زنجبيلستان'), 'the new article is built');
    assert.equal(readIndex(join(dir, 'site', 'pagefind')).urlsOf(`${indexKeys('زنجبيلستان')[0]}${SENTINEL}`).length, 1, 'and found by search');
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
