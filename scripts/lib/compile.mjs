// src/ compiled to plain JavaScript in dist/, for the command line to run on Node without a
// TypeScript loader: one file per module, types stripped by esbuild (already a dependency: it
// bundles the search script), relative imports renamed .ts -> .js, imported JSON data inlined
// (esbuild drops import attributes, and Node needs `with { type: 'json' }`). dist/ is rebuilt
// whenever the sources differ from what it was made from, so it is never stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, version as esbuildVersion } from 'esbuild';

const REPO = join(import.meta.dirname, '..', '..');
export const SRC = join(REPO, 'src');
export const DIST = join(REPO, 'dist');
const STAMP = '.stamp';

/** Every source file under `src`, and a stamp of them: names, sizes and times, esbuild's release and this file. */
function sources(src) {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(src, name)).isFile())
    .sort();
  const hash = createHash('sha256').update(`${esbuildVersion}\0`).update(readFileSync(import.meta.filename));
  for (const name of files) {
    const { size, mtimeMs } = statSync(join(src, name));
    hash.update(`${name}\0${size}\0${mtimeMs}\0`);
  }
  return { files, stamp: hash.digest('hex') };
}

/** Each import left as it is (packages, node:), a relative .ts one renamed to its compiled .js; JSON inlined. */
const keepImports = {
  name: 'keep-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'entry-point' || args.path.endsWith('.json') ? undefined : { path: args.path.replace(/^(\.\.?\/.*)\.ts$/, '$1.js'), external: true },
    );
  },
};

/** Compiles `src` into `dist` unless it was made from these very sources. Resolves to whether it compiled. */
export async function compileIfStale(src = SRC, dist = DIST) {
  const { files, stamp } = sources(src);
  try {
    if (readFileSync(join(dist, STAMP), 'utf8') === stamp) return false;
  } catch {
    // not compiled yet
  }
  // Compiled beside dist/ and swapped in whole: a command running meanwhile keeps a complete copy.
  const tmp = `${dist}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    entryPoints: files.filter((name) => name.endsWith('.ts')).map((name) => join(src, name)),
    outdir: tmp,
    outbase: src,
    bundle: true, // with every import external (keepImports): one output file per module
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [keepImports],
    logLevel: 'error',
  });
  writeFileSync(join(tmp, STAMP), stamp);
  const old = `${dist}.${process.pid}.old`;
  try {
    renameSync(dist, old);
  } catch {
    // no dist/ yet
  }
  try {
    renameSync(tmp, dist);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another command installed its copy first
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}
