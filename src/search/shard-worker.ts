// An index worker (normalized-index.ts): builds the shards it is sent, each with its own
// Pagefind service, so shards are indexed on every core.
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { serveTasks } from '../pool.ts';
import { buildShard, type BuiltShard } from './shard-index.ts';

export interface ShardTask {
  label: string;
  files: { sourcePath: string; file: string }[];
}

serveTasks<null, ShardTask, BuiltShard>((_, task) => buildShard(task.files.map((f) => ({ sourcePath: f.sourcePath, html: readFileSync(f.file, 'utf8') })), task.label));
// The Pagefind service is this process's child: stop it when the pool lets go of this worker.
process.on('disconnect', () => void pagefind.close());
