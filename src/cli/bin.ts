#!/usr/bin/env node
/**
 * @file The `xxgk` executable: runs the CLI with the process's streams. A reader that goes away
 * (`xxgk extract f --pretty | head`) ends the program quietly: EPIPE on stdout is not an error.
 * Any other failure to write stdout (a full disk: `> /dev/full`) is the coded E_OUTPUT, exit 1.
 * `xxgk extract` of a PDF forks its helper before the rest of the CLI is loaded (`prestart.ts`).
 */
import { COMMANDS } from './commands/index.js';
import { prestart } from './prestart.js';
import { plainExtract, runCommand } from './run-command.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`xxgk: E_OUTPUT: cannot write standard output (${error.code ?? error.message})\n`);
  process.exit(1);
});

/**
 * Exits with `code` once what was written to stdout and stderr has been handed to the system. A
 * stream that failed is left to its 'error' handler (E_OUTPUT above), and the process to end as usual.
 */
function flushThenExit(code: number): void {
  let pending = 2;
  const done = (error?: Error | null): void => {
    if (error) pending = -1;
    else if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

// The helper of a PDF is forked first, so it starts while this process loads the CLI (prestart.ts).
// A promise chain, not a top-level await: the bundle is a script (scripts/bundle-cli.mjs).
void prestart(process.argv.slice(2))
  .catch(() => undefined) // only ever a head start
  .then(() => {
    const argv = process.argv.slice(2);
    // `xxgk extract FILE` (the common case) runs without building the commander program (about a
    // tenth of a text file's cold start); every other command line goes through it.
    const plain = plainExtract(argv, COMMANDS);
    const io = { stdout: process.stdout, stderr: process.stderr };
    return (plain ? runCommand(plain.spec, plain.invocation, io) : import('./main.js').then(({ runMain }) => runMain(argv))).then(
      (code) => {
        process.exitCode = code;
        // `extract` has written its one report and awaited everything it started (a PDF's helper is
        // unref'd and ends when this process does): it ends once its output is flushed, instead of
        // after the event loop drains, which waits for V8's background work (optimizing compiles,
        // concurrent marking) that no longer matters: 10–40 ms of a text file's cold start.
        if (argv[0] === 'extract') flushThenExit(code);
      },
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  });
