#!/usr/bin/env node
/**
 * @file The `xxgk` executable: runs the CLI with the process's streams. A reader that goes away
 * (`xxgk extract f --pretty | head`) ends the program quietly: EPIPE on stdout is not an error.
 */
import { runMain } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runMain(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
