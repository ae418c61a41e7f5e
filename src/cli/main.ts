/**
 * @file `xxgk` CLI: routes to lazily imported subcommands. stdout carries data, stderr logs.
 * Exit codes: 0 ok, 1 a document failed or a compare mismatched, 2 usage error.
 */
import { UsageError, type Command } from './command.js';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  extract: () => import('./commands/extract.js'),
  batch: () => import('./commands/batch.js'),
  compare: () => import('./commands/compare.js'),
  review: () => import('./commands/review.js'),
  demo: () => import('./commands/demo.js'),
};

const USAGE = `usage: xxgk <command> [options]

commands:
  extract FILE [--pretty] [--format auto|pdf|html|text|docx] [--password P] [--timeout MS] [--trace DIR] [--ocr auto|off|force]
  batch INPUT... --out DIR [--force] [--workers N] [--timeout MS] [--ocr off|auto|force]
  review DIR [--html FILE]            one HTML page to check a batch by eye (default DIR/review.html)
  compare ACTUAL GOLDEN [--json]      (report.json | results.jsonl | DIR) vs (golden.json | DIR)
  demo                                 batch + compare + review on the bundled samples (npm start)
`;

/** Runs the CLI with injected streams (tests call this without spawning). */
export async function runMain(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  const loader = name ? COMMANDS[name] : undefined;
  if (!loader) {
    io.stderr.write(name && name !== '--help' && name !== '-h' ? `xxgk: unknown command '${name}'\n${USAGE}` : USAGE);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  const command = (await loader()).default;
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`xxgk ${name}: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
