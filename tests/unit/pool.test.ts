// Worker pools (src/pool.ts): a pool started early is reused across runs, each run sees its own
// shared data, and a failing task rejects the run with its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runPool, startPool } from '../../src/pool.ts';

const WORKER = fileURLToPath(new URL('../support/pid-worker.ts', import.meta.url));
type Reply = { pid: number; heapLimitMB: number; shared: string; task: number };

test('a started pool runs every task on its own processes, and the next run on the same ones', async () => {
  const pool = startPool<string, number, Reply>(WORKER, 2);
  try {
    const first: Reply[] = [];
    await pool.run('one', [1, 2, 3, 4, 5], 2, (reply, i) => void (first[i] = reply));
    assert.deepEqual(first.map((r) => [r.task, r.shared]), [[1, 'one'], [2, 'one'], [3, 'one'], [4, 'one'], [5, 'one']]);
    const pids = new Set(first.map((r) => r.pid));
    assert.ok(!pids.has(process.pid), 'not run in this process');
    const second: Reply[] = [];
    await pool.run('two', [6, 7], 2, (reply, i) => void (second[i] = reply));
    assert.deepEqual(second.map((r) => r.shared), ['two', 'two'], 'each run gets its shared data');
    assert.ok(second.every((r) => pids.has(r.pid)), 'the same processes serve the next run');
  } finally {
    pool.close();
  }
});

test('a pool with a heap ceiling starts its workers under it', async () => {
  const limits: number[] = [];
  await runPool<string, number, Reply>(WORKER, 's', [1, 2], 2, (reply) => void limits.push(reply.heapLimitMB), { heapMB: 300 });
  // The old generation's ceiling, plus V8's young generation.
  for (const limit of limits) assert.ok(limit >= 300 && limit < 400, `heap limit ${limit} MB`);
});

test('a failing task rejects the run with its message', async () => {
  await assert.rejects(runPool<string, number, Reply>(WORKER, 's', [1, -2, 3], 2, () => {}), /task -2 refused/);
});

test('a worker started early that died before the run fails the run instead of hanging it', async () => {
  const pool = startPool<string, number, Reply>(fileURLToPath(new URL('../support/exit-worker.ts', import.meta.url)), 1);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time to start and exit
    await assert.rejects(pool.run('s', [1], 1, () => {}), /exited \(code 3\)/);
  } finally {
    pool.close();
  }
});
