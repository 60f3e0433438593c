// A pool worker for tests/unit/pool.test.ts: replies with its process id, its heap's size limit,
// the shared data and the task.
import { getHeapStatistics } from 'node:v8';
import { serveTasks } from '../../src/pool.ts';

serveTasks<string, number, { pid: number; heapLimitMB: number; shared: string; task: number }>(async (shared, task) => {
  if (task < 0) throw new Error(`task ${task} refused`);
  return { pid: process.pid, heapLimitMB: getHeapStatistics().heap_size_limit / 2 ** 20, shared, task };
});
