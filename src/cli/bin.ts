#!/usr/bin/env node
/** @file The `xxgk` executable: runs the CLI router with the process's streams. */
import { runMain } from './main.js';

runMain(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
