#!/usr/bin/env node
/**
 * @file The `xxgk` executable: runs the CLI with the process's streams. A reader that goes away
 * (`xxgk extract f --pretty | head`) ends the program quietly: EPIPE on stdout is not an error.
 * Any other failure to write stdout (a full disk: `> /dev/full`) is the coded E_OUTPUT, exit 1.
 * `xxgk extract` of a PDF forks its helper before the rest of the CLI is loaded (`prestart.ts`).
 */
import { prestart } from './prestart.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`xxgk: E_OUTPUT: cannot write standard output (${error.code ?? error.message})\n`);
  process.exit(1);
});

// The helper of a PDF is forked first, so it starts while this process loads the CLI (prestart.ts).
await prestart(process.argv.slice(2)).catch(() => undefined); // only ever a head start
const { runMain } = await import('./main.js');
runMain(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
