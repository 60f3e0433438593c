// The compiled command line (scripts/lib/compile.mjs): src/ as plain JavaScript in dist/, made
// again whenever the sources change, never run stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileIfStale } from '../../scripts/lib/compile.mjs';

test('compile: relative .ts imports run as .js, JSON is inlined, packages stay imports; unchanged sources are not compiled again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-compile-'));
  try {
    const src = join(dir, 'src');
    const dist = join(dir, 'dist');
    mkdirSync(join(src, 'lib', 'data'), { recursive: true });
    writeFileSync(join(src, 'main.ts'), "import { greet } from './lib/greet.ts';\nexport const out: string = greet('عالم');\n");
    writeFileSync(join(src, 'lib', 'greet.ts'), "import { join } from 'node:path';\nimport data from './data/words.json' with { type: 'json' };\ninterface Words { hello: string }\nexport const greet = (name: string): string => join((data as Words).hello, name);\n");
    writeFileSync(join(src, 'lib', 'data', 'words.json'), '{ "hello": "مرحبا" }');

    assert.equal(await compileIfStale(src, dist), true, 'first run compiles');
    assert.deepEqual(readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort(), ['.stamp', 'lib', 'lib/greet.js', 'main.js']);
    const run = async (): Promise<string> => ((await import(`${pathToFileURL(join(dist, 'main.js')).href}?${Math.random()}`)) as { out: string }).out;
    assert.equal(await run(), 'مرحبا/عالم');
    assert.equal(await compileIfStale(src, dist), false, 'nothing changed: nothing compiled');

    // An edit, an addition (even with an old file time), a deletion: each compiles again.
    writeFileSync(join(src, 'lib', 'data', 'words.json'), '{ "hello": "أهلاً" }');
    assert.equal(await compileIfStale(src, dist), true, 'edited data');
    writeFileSync(join(src, 'extra.ts'), 'export const x = 1;\n');
    utimesSync(join(src, 'extra.ts'), new Date(0), new Date(0)); // an old time does not hide it
    assert.equal(await compileIfStale(src, dist), true, 'added file');
    assert.ok(readdirSync(dist).includes('extra.js'));
    rmSync(join(src, 'extra.ts'));
    assert.equal(await compileIfStale(src, dist), true, 'deleted file');
    assert.ok(!readdirSync(dist).includes('extra.js'), 'a deleted module leaves dist/ too');
    assert.ok(!readdirSync(dir).some((name) => name.includes('.tmp') || name.includes('.old')), 'no temporary folders left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
