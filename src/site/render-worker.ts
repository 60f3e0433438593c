// A render worker (render-pool.ts): holds the shared site data, renders the runs it is sent.
import { renderRun, type EleventyInput, type RenderRun } from './eleventy.ts';
import type { WorkerMessage } from './render-pool.ts';

let shared: EleventyInput | undefined;
process.on('message', (message: { shared: EleventyInput } | { run: RenderRun }) => {
  if ('shared' in message) {
    shared = message.shared;
    return;
  }
  const reply = (m: WorkerMessage): void => void process.send!(m);
  renderRun(shared!, message.run).then(
    (pages) => reply({ pages }),
    (error: unknown) => reply({ error: explain(error) }),
  );
});

/** An error and what caused it: Eleventy wraps the template engine's error (originalError). */
function explain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 5; e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    parts.push(e instanceof Error ? e.message : String(e));
  }
  return parts.join(': ');
}
