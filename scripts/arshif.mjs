#!/usr/bin/env node
// The `arshif` command: src/ compiled into dist/ when it changed (lib/compile.mjs), then run on
// plain Node. Through the tsx loader, loading the command line took ~1.4 s of every build (and
// as much in each worker process); compiled, ~0.7 s.
import { compileIfStale } from './lib/compile.mjs';

await compileIfStale();
await import('../dist/cli.js');
