// collectGarbage (src/collect-garbage.ts): garbage V8 would keep is gone after one call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectGarbage } from '../../src/collect-garbage.ts';

test('collectGarbage frees an unreachable old-generation heap', () => {
  // Survives two scavenges (so it reaches the old generation), then becomes garbage.
  let garbage: string[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 2000 }, (_, j) => `${i}:${j}`));
  for (let i = 0; i < 3; i++) Array.from({ length: 1e5 }, () => ({}));
  const held = process.memoryUsage().heapUsed;
  assert.ok(garbage.length === 200);
  garbage = undefined;
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  assert.ok(held - after > 10e6, `heap ${held} -> ${after}: expected over 10 MB freed`);
  collectGarbage(); // and again, with gc already fetched
});
