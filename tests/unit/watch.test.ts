// Watch mode's trigger (src/watch.ts): one build per burst of changes, never two at once, a
// change during a build makes one more; hidden files, ignored folders and a stopped watcher none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rebuildOnChange } from '../../src/watch.ts';

test('rebuildOnChange: a burst is one build, a change during a build one more, never two at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-watch-'));
  mkdirSync(join(dir, 'sub'));
  let builds = 0;
  let running = 0;
  let overlapped = false;
  let during: (() => void) | undefined;
  const watcher = rebuildOnChange([dir], async () => {
    overlapped ||= running > 0;
    running++;
    builds++;
    during?.();
    during = undefined;
    await sleep(300);
    running--;
  }, { debounceMs: 50, ignore: [join(dir, 'out')] });
  try {
    await sleep(100); // the watcher is set up
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'sub', `a${i}.txt`), 'نص');
    await sleep(120); // the debounce has fired: the first build is running
    await watcher.settled();
    assert.equal(builds, 1, 'five files written at once: one build');

    during = () => writeFileSync(join(dir, 'b.txt'), 'نص'); // written while the build runs
    writeFileSync(join(dir, 'a.txt'), 'نص');
    await sleep(120);
    await watcher.settled();
    assert.equal(builds, 3, 'a change during a build: one more build after it');
    assert.ok(!overlapped, 'never two builds at once');

    writeFileSync(join(dir, '.a.txt.swp'), 'x');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'index'), 'x');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'index.html'), 'x');
    await sleep(200);
    await watcher.settled();
    assert.equal(builds, 3, 'hidden files and ignored folders are no change');

    watcher.stop();
    writeFileSync(join(dir, 'c.txt'), 'نص');
    await sleep(200);
    assert.equal(builds, 3, 'stopped: no more builds');
  } finally {
    watcher.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rebuildOnChange with initial: the first build runs at once, and a change while it runs makes one more', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-watch-'));
  let builds = 0;
  const watcher = rebuildOnChange([dir], async () => {
    builds++;
    if (builds === 1) writeFileSync(join(dir, 'during-the-first.txt'), 'نص'); // written while the first build runs
    await sleep(200);
  }, { debounceMs: 50, initial: true });
  try {
    await sleep(20);
    assert.equal(builds, 1, 'built at once, before any change');
    await watcher.settled();
    assert.equal(builds, 2);
  } finally {
    watcher.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
