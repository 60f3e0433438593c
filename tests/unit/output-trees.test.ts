import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { commitOutput, spareOf, stageOutput, type Unit } from '../../src/output/trees.ts';

const EXTRA = (name: string): boolean => name === 'pagefind';

/** Units as a page-unit map: unit -> key, each unit one file named after it. */
const fileOf = (unit: string): string => `${unit.replace(':', '/')}/index.html`;

/** One build: stage, "render" what is asked (the file holds its key), write an extra, commit. */
function build(root: string, keys: Record<string, string>): { rendered: string[]; kept: number; linked: number } {
  const out = join(root, 'site');
  const state = join(root, 'work', 'output');
  const wanted = new Map(Object.entries(keys));
  const staging = stageOutput(out, state, wanted, EXTRA);
  for (const unit of staging.render) {
    mkdirSync(dirname(join(staging.dir, fileOf(unit))), { recursive: true });
    writeFileSync(join(staging.dir, fileOf(unit)), wanted.get(unit)!);
  }
  mkdirSync(join(staging.dir, 'pagefind'), { recursive: true });
  writeFileSync(join(staging.dir, 'pagefind', 'index.js'), JSON.stringify(keys));
  const units = new Map<string, Unit>([...wanted].map(([unit, key]) => [unit, { key, files: [fileOf(unit)] }]));
  commitOutput(out, state, staging, units);
  return { rendered: [...staging.render].sort(), kept: staging.kept, linked: staging.linked };
}

/** Every file of a tree with its content. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]).sort());
}

/** What a tree of `keys` holds, built from nothing. */
const expected = (keys: Record<string, string>): Record<string, string> =>
  Object.fromEntries([...Object.entries(keys).map(([unit, key]) => [fileOf(unit), key]), ['pagefind/index.js', JSON.stringify(keys)]].sort());

test('a rebuild renders only the units whose keys changed; the rest come from the spare or the live tree', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-trees-'));
  try {
    const out = join(root, 'site');
    const v1 = { 'article:a': '1', 'article:b': '1', 'list:x': '1' };
    assert.deepEqual(build(root, v1).rendered, ['article:a', 'article:b', 'list:x']);
    assert.deepEqual(tree(out), expected(v1));

    // No spare yet: the unchanged units are linked from the live tree.
    const v2 = { 'article:a': '2', 'article:b': '1', 'list:x': '1', 'article:c': '1' };
    assert.deepEqual(build(root, v2), { rendered: ['article:a', 'article:c'], kept: 0, linked: 2 });
    assert.deepEqual(tree(out), expected(v2));
    assert.deepEqual(tree(spareOf(out)), expected(v1), 'the old live tree is the spare, as it was');

    // The spare (v1) is brought to v3: a and c (changed by v2, not since) are linked from the live
    // tree, b is removed without leaving an empty folder behind, x is rendered.
    const v3 = { 'article:a': '2', 'list:x': '3', 'article:c': '1' };
    assert.deepEqual(build(root, v3), { rendered: ['list:x'], kept: 0, linked: 2 });
    assert.deepEqual(tree(out), expected(v3));
    assert.equal(existsSync(join(out, 'article', 'b')), false);
    assert.deepEqual(tree(spareOf(out)), expected(v2));

    // Nothing changed: everything is kept or linked, nothing rendered.
    assert.deepEqual(build(root, v3), { rendered: [], kept: 2, linked: 1 });
    assert.deepEqual(tree(out), expected(v3));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a build killed after staging leaves the live tree as it was, and the next build does not trust the half-updated spare', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-trees-'));
  try {
    const out = join(root, 'site');
    const state = join(root, 'work', 'output');
    const v1 = { 'article:a': '1', 'article:b': '1' };
    build(root, v1);
    build(root, { 'article:a': '2', 'article:b': '1' });
    const live = tree(out);
    // Staged and half-written, never committed: the live tree is untouched.
    const staging = stageOutput(out, state, new Map([['article:a', '3'], ['article:b', '3']]), EXTRA);
    writeFileSync(join(staging.dir, 'stray.html'), 'half-written');
    assert.deepEqual(tree(out), live);
    const v4 = { 'article:a': '4', 'article:b': '1' };
    assert.deepEqual(build(root, v4), { rendered: ['article:a'], kept: 0, linked: 1 });
    assert.deepEqual(tree(out), expected(v4));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('pages linked between the trees are never written through: rendering into the spare leaves the live tree as it was', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-trees-'));
  try {
    const out = join(root, 'site');
    const state = join(root, 'work', 'output');
    const v1 = { 'article:a': '1', 'article:b': '1' };
    build(root, v1);
    build(root, v1);
    // The second build linked both pages from the first: the trees share them.
    assert.equal(statSync(join(out, fileOf('article:a'))).ino, statSync(join(spareOf(out), fileOf('article:a'))).ino);
    // a changes; the spare's a (the same file as the live a) is cleared before it is rendered.
    build(root, v1);
    const staging = stageOutput(out, state, new Map([['article:a', '2'], ['article:b', '1']]), EXTRA);
    assert.deepEqual([...staging.render], ['article:a']);
    assert.equal(existsSync(join(staging.dir, fileOf('article:a'))), false);
    mkdirSync(dirname(join(staging.dir, fileOf('article:a'))), { recursive: true });
    writeFileSync(join(staging.dir, fileOf('article:a')), '2');
    assert.equal(readFileSync(join(out, fileOf('article:a')), 'utf8'), '1', 'the live page is untouched');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a manifest describes only the folder it was written for', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-trees-'));
  try {
    const out = join(root, 'site');
    const v1 = { 'article:a': '1', 'article:b': '1' };
    build(root, v1);
    build(root, v1);
    // The live folder replaced by another (restored from a backup, say): its manifest no longer holds.
    rmSync(out, { recursive: true });
    mkdirSync(join(out, 'article', 'a'), { recursive: true });
    writeFileSync(join(out, fileOf('article:a')), 'edited by hand');
    rmSync(spareOf(out), { recursive: true });
    assert.deepEqual(build(root, v1).rendered, ['article:a', 'article:b']);
    assert.deepEqual(tree(out), expected(v1));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
