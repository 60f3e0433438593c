import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig, resolveConfig, resolvePath } from '../../src/config.ts';

const TODAY = new Date(Date.UTC(2024, 1, 29, 23, 30)); // late on 29 February, UTC

test('resolveConfig: every default, with reference_date "today" as the given day (UTC)', () => {
  assert.deepEqual(resolveConfig(undefined, '/arch', '/arch/package.json', TODAY), {
    site_name: 'أرشيف',
    description: 'أرشيف أخبار عربية قابل للبحث',
    inputs: ['seeds'],
    outlets: {},
    about: '',
    locale: 'ar',
    pages_per_run: 1000,
    render_workers: Math.min(availableParallelism(), 4),
    ingest_workers: Math.min(availableParallelism(), 4),
    index_shard_pages: 1000,
    index_workers: Math.min(availableParallelism(), 4),
    page_size: 30,
    path_prefix: '/',
    out_dir: '_site',
    work_dir: '.arshif',
    reference_date: 'today',
    digits: 'latn',
    month_names: 'levantine',
    root: '/arch',
    reference: '2024-02-29',
  });
  const pinned = resolveConfig({ reference_date: '2026-11-23', digits: 'arab', path_prefix: '/archive/' }, '/arch', 'c.json', TODAY);
  assert.deepEqual([pinned.reference, pinned.digits, pinned.path_prefix], ['2026-11-23', 'arab', '/archive/']);
  assert.equal(resolvePath(pinned, 'seeds'), '/arch/seeds');
});

test('resolveConfig: invalid values are a ConfigError naming the file and the field', () => {
  const cases: [raw: unknown, expected: RegExp][] = [
    [{ digits: 'hindi' }, /^error c\.json digits: /],
    [{ month_names: 'gregorian' }, /^error c\.json month_names: /],
    [{ path_prefix: 'archive' }, /^error c\.json path_prefix: path_prefix starts and ends with \//],
    [{ reference_date: '23/11/2026' }, /^error c\.json reference_date: /],
    [{ reference_date: '2023-02-30' }, /^error c\.json reference_date: expected 'today' or an existing calendar date/],
    [{ inputs: [] }, /^error c\.json inputs: /],
    [{ inputs: 'seeds' }, /^error c\.json inputs: /],
    [{ site_name: '' }, /^error c\.json site_name: /],
    [{ sitename: 'x' }, /^error c\.json .*sitename/],
    [[], /^error c\.json /],
  ];
  for (const [raw, expected] of cases) {
    assert.throws(() => resolveConfig(raw, '/arch', 'c.json', TODAY), (e: unknown) => e instanceof ConfigError && expected.test(e.message), JSON.stringify(raw));
  }
  // Every problem at once, one line each.
  assert.throws(
    () => resolveConfig({ digits: 'x', out_dir: '' }, '/arch', 'c.json'),
    (e: unknown) => e instanceof ConfigError && e.message.split('\n').length === 2,
  );
});

test('loadConfig: package.json "arshif" key, a --config file, or the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-config-'));
  try {
    assert.equal(loadConfig(dir).root, dir); // no package.json: defaults
    assert.deepEqual(loadConfig(dir).inputs, ['seeds']);

    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', arshif: { site_name: 'أرشيفي', inputs: ['news'], reference_date: '2025-01-01' } }));
    const fromPackage = loadConfig(dir);
    assert.deepEqual([fromPackage.site_name, fromPackage.inputs, fromPackage.reference, fromPackage.root], ['أرشيفي', ['news'], '2025-01-01', dir]);
    assert.equal(resolvePath(fromPackage, 'news'), join(dir, 'news'));

    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    assert.equal(loadConfig(dir).site_name, 'أرشيف'); // package.json without the key: defaults

    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'site.json'), JSON.stringify({ out_dir: 'public', reference_date: '2026-11-23' }));
    const fromFile = loadConfig(dir, 'conf/site.json');
    assert.deepEqual([fromFile.out_dir, fromFile.reference, fromFile.root], ['public', '2026-11-23', join(dir, 'conf')]);
    assert.equal(resolvePath(fromFile, fromFile.out_dir), join(dir, 'conf', 'public')); // relative to the config file

    assert.throws(() => loadConfig(dir, 'missing.json'), (e: unknown) => e instanceof ConfigError && e.message.startsWith(`${join(dir, 'missing.json')}: cannot read configuration`));
    writeFileSync(join(dir, 'broken.json'), '{ "inputs": [');
    assert.throws(() => loadConfig(dir, 'broken.json'), ConfigError);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ digits: 'roman' }));
    assert.throws(() => loadConfig(dir, 'bad.json'), (e: unknown) => e instanceof ConfigError && e.message.startsWith(`error ${join(dir, 'bad.json')} digits: `));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
