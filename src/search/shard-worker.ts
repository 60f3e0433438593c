// An index worker (normalized-index.ts): builds the shards it is sent (Pagefind reads their
// pages in this process's own service, key-index.ts indexes them), so shards use every core.
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { serveTasks } from '../pool.ts';
import { buildShard, type PagefindBase, type ShardBundle } from './shard-index.ts';

export interface ShardTask {
  label: string;
  files: { sourcePath: string; file: string }[];
}

// The Pagefind service is this process's child: it stops with the worker.
serveTasks<PagefindBase, ShardTask, ShardBundle>((base, task) => buildShard(task.files.map((f) => ({ sourcePath: f.sourcePath, html: readFileSync(f.file, 'utf8') })), task.label, base), { stop: async () => void (await pagefind.close()) });
