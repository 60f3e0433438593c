// V8 collects its old generation only under pressure, so a stage's garbage (the ingest's, about
// 250 MB at 31k articles) stays in the main process's heap and RSS while the next stage's
// workers grow: the build's peak. One full collection at that boundary (about 0.1 s at 31k)
// lets it go. Node offers no call for this without --expose-gc, which the CLI cannot give
// itself (it is already running), but the flag can be set now and `gc` taken from a new context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** A full, synchronous garbage collection of this process's heap. */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
