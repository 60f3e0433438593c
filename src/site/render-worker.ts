// A render worker (render-pool.ts): holds the shared site data, renders the runs it is sent.
import { serveTasks } from '../pool.ts';
import { loadEleventy, renderRun, type EleventyInput, type RenderRun } from './eleventy.ts';

// Loaded now, before the first run arrives: a worker is started early for this (render-pool.ts).
void loadEleventy();
serveTasks<EleventyInput, { run: RenderRun }, string[]>((shared, { run }) => renderRun(shared, run), { explain });

/** An error and what caused it: Eleventy wraps the template engine's error (originalError). */
function explain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 5; e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    parts.push(e instanceof Error ? e.message : String(e));
  }
  return parts.join(': ');
}
