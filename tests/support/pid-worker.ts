// A pool worker for tests/unit/pool.test.ts: replies with its process id, the shared data and the task.
import { serveTasks } from '../../src/pool.ts';

serveTasks<string, number, { pid: number; shared: string; task: number }>(async (shared, task) => {
  if (task < 0) throw new Error(`task ${task} refused`);
  return { pid: process.pid, shared, task };
});
