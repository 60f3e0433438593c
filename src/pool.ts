// Work spread over child processes, one task at a time each, from a common queue: Eleventy and
// Pagefind's service each work on one core, so a process per core uses the machine. A worker
// module calls serveTasks() with its handler; the parent calls runPool() with the module's path.
// Messages use structured clone ('advanced'), so Buffers arrive as Uint8Arrays.
import { fork, type ChildProcess } from 'node:child_process';

type Request<S, T> = { shared: S } | { task: T; index: number };
type Reply<R> = { index: number; result: R } | { index: number; error: string };

export interface PoolOptions {
  /**
   * A ceiling for each worker's JavaScript heap, in MB. V8 lets a long-lived process's heap grow
   * well past what it holds live before collecting; a ceiling sized to the largest task keeps
   * the workers' memory to what they use (the build's peak is the sum over its processes).
   */
  heapMB?: number;
  /**
   * Collect garbage on the worker's own thread (--single-threaded-gc), for pools with a worker
   * per core that keeps it busy: V8's background GC threads would only take turns with the
   * other workers (a cold corpus build used 5-13 core-seconds less CPU without them, and
   * finished 1-3 s sooner). Not for workers without a heap ceiling: collected later, their heaps
   * grow (the ingest's peak at 100,000 articles rose from 3.48 to 3.92 GB).
   */
  singleThreadedGc?: boolean;
}

/** Worker processes of one module, kept between runs: started early, they load while the build does other work. */
export interface Pool<S, T, R> {
  /**
   * Runs `tasks` on up to `workers` of the pool's processes (started as needed), each given
   * `shared` first; `onResult` gets each result as it comes. The first error rejects (close the
   * pool then: a failed worker is not reused).
   */
  run(shared: S, tasks: readonly T[], workers: number, onResult: (result: R, index: number) => void): Promise<void>;
  /** Stops every worker. */
  close(): void;
}

/** A pool of `workerModule` processes, `started` of them forked at once (their start-up overlaps the caller's work). */
export function startPool<S, T, R>(workerModule: string, started = 0, options: PoolOptions = {}): Pool<S, T, R> {
  const children: ChildProcess[] = [];
  // Each child inherits this process's execArgv (the TypeScript loader) and working directory.
  const execArgv = [...process.execArgv, ...(options.singleThreadedGc ? ['--single-threaded-gc'] : []), ...(options.heapMB ? [`--max-old-space-size=${Math.ceil(options.heapMB)}`] : [])];
  const fork1 = (): void => void children.push(fork(workerModule, { serialization: 'advanced', stdio: 'inherit', execArgv }));
  for (let i = 0; i < started; i++) fork1();

  const run = async (shared: S, tasks: readonly T[], workers: number, onResult: (result: R, index: number) => void): Promise<void> => {
    let next = 0;
    const used = Math.min(workers, tasks.length);
    while (children.length < used) fork1();
    const work = (child: ChildProcess): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        const send = (): void => {
          if (next >= tasks.length) return done(resolve);
          const index = next++;
          child.send({ task: tasks[index]!, index } satisfies Request<S, T>);
        };
        const onMessage = (reply: Reply<R>): void => {
          if ('error' in reply) return done(() => reject(new Error(reply.error)));
          try {
            onResult(reply.result, reply.index);
          } catch (error) {
            return done(() => reject(error as Error));
          }
          send();
        };
        const onExit = (code: number | null): void => done(() => reject(new Error(`a worker process (${workerModule}) exited (code ${code}) with tasks left`)));
        const onError = (error: Error): void => done(() => reject(error)); // a message it could not be sent
        // The child outlives this run: its listeners do not.
        const done = (settle: () => void): void => {
          child.off('message', onMessage);
          child.off('exit', onExit);
          child.off('error', onError);
          settle();
        };
        // A worker started early may have died before this run (a module that failed to load).
        if (child.exitCode !== null || child.signalCode !== null || !child.connected) return reject(new Error(`a worker process (${workerModule}) exited (code ${child.exitCode}) before its tasks`));
        child.on('message', onMessage);
        child.on('exit', onExit);
        child.on('error', onError);
        child.send({ shared } satisfies Request<S, T>);
        send();
      });
    await Promise.all(children.slice(0, used).map(work));
  };
  return {
    run,
    close() {
      for (const child of children.splice(0)) child.kill();
    },
  };
}

/**
 * Runs `tasks` on up to `workers` processes of `workerModule`, each given `shared` once;
 * `onResult` gets each result as it comes. The first error stops the pool and is thrown.
 */
export async function runPool<S, T, R>(workerModule: string, shared: S, tasks: readonly T[], workers: number, onResult: (result: R, index: number) => void, options: PoolOptions = {}): Promise<void> {
  const pool = startPool<S, T, R>(workerModule, 0, options);
  try {
    await pool.run(shared, tasks, workers, onResult);
  } finally {
    pool.close();
  }
}

/**
 * The worker's side: handles each task with the shared data, replies with its result or error.
 * When the parent lets go (or dies, killed mid-build), `stop` runs and the worker exits: no
 * worker outlives its build.
 */
export function serveTasks<S, T, R>(handle: (shared: S, task: T) => Promise<R>, options: { explain?: (error: unknown) => string; stop?: () => Promise<void> } = {}): void {
  const explain = options.explain ?? ((e: unknown) => (e instanceof Error ? e.message : String(e)));
  process.on('disconnect', () => void (options.stop?.() ?? Promise.resolve()).finally(() => process.exit(0)));
  let shared: S | undefined;
  process.on('message', (message: Request<S, T>) => {
    if ('shared' in message) {
      shared = message.shared;
      return;
    }
    const { index } = message;
    handle(shared as S, message.task).then(
      (result) => void process.send!({ index, result } satisfies Reply<R>),
      (error: unknown) => void process.send!({ index, error: explain(error) } satisfies Reply<R>),
    );
  });
}
