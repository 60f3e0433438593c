// Watch mode: the inputs watched, and the archive built again in this same process each time a
// file in them changes. The process keeps what a fresh `arshif build` would read back or start
// again (the ingest outcomes, the render worker: build.ts BuildSession), so a one-article change
// costs what depends on the archive's size, not the process's start.
import { statSync, watch } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** A change to a hidden file (an editor's swap file, .DS_Store) is no change to the archive. */
const isHidden = (name: string | null): boolean => name !== null && name.split(/[\\/]/).some((part) => part.startsWith('.'));

export interface Rebuilder {
  /** Stops watching (a build under way finishes). */
  stop(): void;
  /** Resolves once no build is running or waiting (nor a change waiting out its debounce). */
  settled(): Promise<void>;
}

export interface WatchOptions {
  /** Build once at the start too (as the first build: a change while it runs makes another). */
  initial?: boolean;
  /** Quiet time after the last change of a burst before building. */
  debounceMs?: number;
  /** Folders whose changes are not input changes (the output, if an input folder holds it: a
   *  build's own writes must not start the next build). */
  ignore?: readonly string[];
  /** A watcher's error (a watched folder removed…): the others keep watching. */
  onError?: (error: Error) => void;
}

/**
 * Calls `build` each time something under `paths` (folders, watched recursively, or files)
 * changes, `debounceMs` after the last change of a burst. Never two builds at once: changes
 * made during a build make one more build after it. `build` reports its own errors.
 */
export function rebuildOnChange(paths: readonly string[], build: () => Promise<void>, options: WatchOptions = {}): Rebuilder {
  const debounceMs = options.debounceMs ?? 200;
  const ignored = (options.ignore ?? []).map((dir) => resolve(dir));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const start = (): void => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await build();
      } while (again);
    })().finally(() => (running = undefined));
  };
  const changed = (root: string, name: string | null): void => {
    if (isHidden(name)) return;
    const file = name === null ? root : join(root, name);
    if (ignored.some((dir) => file === dir || file.startsWith(dir + sep))) return;
    clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };
  const watchers = paths.map((path) => {
    const root = resolve(path);
    const watcher = watch(root, { recursive: statSync(root).isDirectory() }, (_event, name) => changed(root, name));
    watcher.on('error', (error) => options.onError?.(error));
    return watcher;
  });
  if (options.initial) start();
  return {
    stop() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
    async settled() {
      while (timer || running) await (running ?? new Promise((resolve) => setTimeout(resolve, debounceMs)));
    },
  };
}
