// A pool worker for tests/unit/pool.test.ts that dies as it starts, as one whose module fails to load would.
process.exit(3);
