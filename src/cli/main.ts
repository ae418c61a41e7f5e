/**
 * @file `xxgk` CLI: a commander program built from the declarative command list
 * (`commands/index.ts`); each command's code is imported only when it runs. stdout carries data,
 * stderr logs. Exit codes: 0 ok (and --help, --version), 1 a document failed or a compare
 * mismatched, 2 usage error (with a suggestion for a misspelt command or option).
 */
import { createRequire } from 'node:module';
import { Command as Program, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CommandSpec, Io } from './command.js';
import { COMMANDS } from './commands/index.js';
import { runCommand } from './run-command.js';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function addCommand(program: Program, spec: CommandSpec, io: Io, done: (code: number) => void): void {
  const cmd = program.command(spec.name).description(spec.summary);
  for (const a of spec.args ?? []) cmd.argument(a);
  if (spec.raw) cmd.argument('[args...]').allowUnknownOption().allowExcessArguments();
  for (const o of spec.options ?? []) {
    const option = new Option(o.flags, o.description);
    if (o.choices) option.choices(o.choices);
    if (o.default !== undefined) option.default(o.default);
    if (o.hidden) option.hideHelp();
    const check = o.parse;
    if (check) {
      option.argParser((value: string) => {
        try {
          return check(value);
        } catch (error) {
          throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
        }
      });
    }
    cmd.addOption(option);
  }
  if (spec.details) cmd.addHelpText('after', `\n${spec.details}`);
  cmd.action(async (...params: unknown[]) => {
    const self = params.at(-1) as Program;
    done(await runCommand(spec, spec.raw ? self.args : { args: self.processedArgs.flat() as string[], opts: self.opts() }, io));
  });
}

/** The program, writing to `io` and throwing instead of exiting (tests run it in-process). */
function buildProgram(io: Io, done: (code: number) => void, commands: readonly CommandSpec[]): Program {
  const program = new Program('xxgk')
    .description('Read 政府信息公开工作年度报告 (PDF, HTML, .docx, text; tables saved as CSV, JSON or .xlsx) into validated JSON with a confidence on every field.')
    .version(VERSION, '-V, --version', 'print the version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run xxgk --help, or xxgk <command> --help, for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 1 a document failed or a compare mismatched, 2 usage error.');
  for (const spec of commands) addCommand(program, spec, io, done);
  return program;
}

/** Runs the CLI with injected streams (and, for tests, commands); resolves with the exit code. */
export async function runMain(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }, commands: readonly CommandSpec[] = COMMANDS): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c), commands);
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
