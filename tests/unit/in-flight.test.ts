// inFlight (src/in-flight.ts): every item once, never more than the limit at a time, a failure passed on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { inFlight } from '../../src/in-flight.ts';

test('inFlight: every item once, at most the limit at a time', async () => {
  const done: number[] = [];
  let running = 0;
  let most = 0;
  await inFlight([...Array(20).keys()], 3, async (item) => {
    most = Math.max(most, ++running);
    await sleep(item % 4);
    done.push(item);
    running--;
  });
  assert.deepEqual(done.sort((a, b) => a - b), [...Array(20).keys()]);
  assert.equal(most, 3);
  await inFlight([], 3, async () => assert.fail('no item, no call'));
});

test('inFlight: a failure rejects the whole', async () => {
  await assert.rejects(inFlight([1, 2, 3], 2, async (item) => { if (item === 2) throw new Error('disk full'); }), /disk full/);
});
