// The version of the code a cached result was made by: the source files that make it and the
// installed releases of the packages they use. Caches are named by it, so a change to either
// (an edited word list, an upgraded dependency) makes every cached result stale at once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The TypeScript sources, wherever this module runs from: src/ itself (through tsx), or dist/, the
 * compiled copy beside it (scripts/arshif.mjs). Cache keys hash these, so both ways of running
 * share their caches.
 */
export const SOURCE_DIR = join(import.meta.dirname, '..', 'src');

/** `name` (no extension) beside the module at `moduleUrl`, with that module's own extension: .ts in src/, .js in dist/. */
export const siblingModule = (moduleUrl: string, name: string): string => {
  const file = fileURLToPath(moduleUrl);
  return join(dirname(file), `${name}${extname(file)}`);
};

/** Installed version of `name`, read from its package.json (found up from its ESM entry point). */
function installedVersion(name: string): string {
  let dir = fileURLToPath(import.meta.resolve(name));
  for (;;) {
    const parent = join(dir, '..');
    if (parent === dir) throw new Error(`no package.json found for ${name}`);
    dir = parent;
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // not the package's root yet
    }
  }
}

/** A hash of every .ts and .json file under `dirs` (recursively, in a fixed order) and the packages' versions. */
export function codeVersion(dirs: readonly string[], packages: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') || name.endsWith('.json'))
      .sort();
    for (const name of files) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  for (const name of [...packages].sort()) hash.update(`${name}@${installedVersion(name)}\0`);
  return hash.digest('hex');
}
