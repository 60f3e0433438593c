// The output folder, updated without ever being written in place. Two trees are kept: the live
// one (out_dir) and a spare beside it (`.<out_dir>.previous`), the output of the build before.
// A build brings the spare up to date and swaps the two by renaming, so a build that fails or is
// killed leaves the live site as it was, and a rebuild writes only what changed:
//   - each tree is described by a manifest in the work folder: its page units (build-site.ts),
//     each with its key and files, and the tree's identity (inode and change time, taken after
//     the swap), so a manifest never describes a folder it was not written for (a replaced,
//     touched or half-updated tree is simply not trusted);
//   - to update the spare, files of units it holds with another key (or no longer) are deleted,
//     units the live tree holds with the wanted key are hard-linked from it, and the rest are
//     rendered; a spare without a valid manifest is emptied and filled the same way;
//   - files outside units (assets, sitemaps) are removed from the spare and written again by
//     their stages; the search index folder is updated in place by its merge (merge-index.ts).
// Unit files taken from the live tree are hard links (a first rebuild after a cold build links
// 48,000 pages instead of copying them, and the two trees share the disk of unchanged pages). A
// linked file must never be written in place, or the write would reach the live tree too: unit
// files are only ever created (rendered or linked) at paths this module has just cleared, and
// the stages' own files are never linked.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomically } from '../write-atomically.ts';

const FORMAT = 1;

export interface Unit {
  key: string;
  files: string[];
}

interface Manifest {
  format: number;
  tree: string;
  units: Record<string, Unit>;
}

export interface Staging {
  /** The folder the new output is being written into (the spare). */
  dir: string;
  /** Units to render: neither the spare nor the live tree has them with the wanted key. Their
   *  paths in the spare are clear (as far as either manifest knows them). */
  render: Set<string>;
  /** How many units the spare already had, and how many were linked from the live tree. */
  kept: number;
  linked: number;
  /** The units not to render, with their files. */
  reused: Map<string, Unit>;
  /** The live tree's manifest as staging read it (undefined: not trusted), for the commit to pass on to the spare. */
  live: Manifest | undefined;
}

/**
 * A folder's identity: device, inode and change time. An inode number is reused once freed, but
 * the change time moves with any rename of the folder or change to its top level, so it is taken
 * after the swap and no other folder (nor this one, once touched) has it.
 */
const treeId = (dir: string): string => {
  const { dev, ino, ctimeNs } = statSync(dir, { bigint: true });
  return `${dev}:${ino}:${ctimeNs}`;
};

export function spareOf(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.previous`);
}

function readManifest(file: string, dir: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (manifest.format !== FORMAT || !existsSync(dir)) return undefined;
    return manifest.tree === treeId(dir) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Removes a file and the folders it leaves empty, up to (not including) `root`. */
function removeFile(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let dir = dirname(file); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      return; // not empty (or already gone)
    }
  }
}

/**
 * Prepares the spare of `outDir` to receive the build of `keys` (unit -> key): afterwards it
 * holds the wanted units that need no rendering and nothing of other units; the top-level
 * entries `isExtra` names (written by later stages) are removed.
 */
export function stageOutput(outDir: string, stateDir: string, keys: ReadonlyMap<string, string>, isExtra: (topLevelName: string) => boolean): Staging {
  mkdirSync(stateDir, { recursive: true });
  const liveFile = join(stateDir, 'live.json');
  const spareFile = join(stateDir, 'spare.json');
  const dir = spareOf(outDir);
  const live = readManifest(liveFile, outDir);
  const spare = readManifest(spareFile, dir);
  // From here until the swap, the spare is being changed: its manifest no longer holds.
  rmSync(spareFile, { force: true });
  rmSync(join(dirname(outDir), `.${basename(outDir)}.partial`), { recursive: true, force: true }); // an older Arshif's staging
  if (!spare) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const had = spare?.units ?? {};
  for (const [unit, { key, files }] of Object.entries(had)) {
    if (keys.get(unit) !== key) for (const file of files) removeFile(dir, file);
  }
  for (const name of readdirSync(dir)) if (isExtra(name)) rmSync(join(dir, name), { recursive: true, force: true });

  const render = new Set<string>();
  const reused = new Map<string, Unit>();
  let kept = 0;
  let linked = 0;
  for (const [unit, key] of keys) {
    if (had[unit]?.key === key) {
      reused.set(unit, had[unit]);
      kept++;
      continue;
    }
    const from = live?.units[unit];
    if (from?.key === key) {
      for (const file of from.files) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        rmSync(join(dir, file), { force: true });
        linkSync(join(outDir, file), join(dir, file));
      }
      reused.set(unit, from);
      linked++;
      continue;
    }
    render.add(unit);
    // Rendering writes files in place: nothing, linked or not, may be at the unit's paths.
    for (const file of from?.files ?? []) rmSync(join(dir, file), { force: true });
  }
  return { dir, render, kept, linked, reused, live };
}

/**
 * Swaps the staged tree in as `outDir` (the live tree becoming the spare), then records both
 * trees' manifests. `units` is every unit of the new output with its files.
 */
export function commitOutput(outDir: string, stateDir: string, staging: Staging, units: ReadonlyMap<string, Unit>): void {
  const liveFile = join(stateDir, 'live.json');
  const spareFile = join(stateDir, 'spare.json');
  const { live } = staging; // read and checked by stageOutput: 46,000 units at 31k, not parsed twice
  const swap = join(dirname(outDir), `.${basename(outDir)}.swap`);
  rmSync(swap, { recursive: true, force: true });
  // The two renames leave out_dir missing for an instant, never half-written.
  if (existsSync(outDir)) renameSync(outDir, swap);
  renameSync(staging.dir, outDir);
  if (existsSync(swap)) renameSync(swap, staging.dir);
  // Killed before these are written, neither tree is trusted next time: a full build, never a wrong one.
  writeFileAtomically(liveFile, JSON.stringify({ format: FORMAT, tree: treeId(outDir), units: Object.fromEntries(units) } satisfies Manifest));
  // The old live tree is the spare now, with its manifest.
  if (live) writeFileAtomically(spareFile, JSON.stringify({ ...live, tree: treeId(staging.dir) } satisfies Manifest));
}
