/**
 * @file Runs one subcommand's code with the CLI's error handling: a coded error outside a document
 * (E_OUTPUT) is one line on stderr and exit 1; a UsageError is exit 2 with a pointer to the
 * command's --help. Shared by the commander program (`main.ts`) and the plain `xxgk extract FILE`
 * that starts without it (`plainExtract`).
 */
import { printable } from '../batch/progress.js';
import { XxgkError } from '../errors.js';
import { UsageError, type Command, type CommandSpec, type Invocation, type Io, type RawCommand } from './command.js';

/** Runs `spec`'s command on parsed arguments (or, for a raw command, its argv); resolves with the exit code. */
export async function runCommand(spec: CommandSpec, input: Invocation | string[], io: Io): Promise<number> {
  const command = (await spec.load()).default;
  try {
    if (spec.raw) return await (command as RawCommand)(input as string[], io);
    return await (command as Command)(input as Invocation<never>, io);
  } catch (error) {
    // A coded error outside a document (E_OUTPUT: an output that cannot be written): one line, exit 1.
    if (error instanceof XxgkError) {
      io.stderr.write(`xxgk ${spec.name}: ${error.code}: ${printable(error.message)}\n`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`xxgk ${spec.name}: ${error.message}\n(run 'xxgk ${spec.name} --help' for usage)\n`);
    return 2;
  }
}

/** `--trace-dir` → 'traceDir': the key commander gives an option's value. */
const optionKey = (flags: string): string => (flags.split(/[\s,]+/).find((f) => f.startsWith('--')) ?? '').slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The command line `extract FILE` (or `extract FILE --pretty`, either order) as commander parses
 * it: the file, and the options' declared defaults (the only values commander sets when no option
 * is given). Undefined for anything else (another command, any other option, `-`, a second
 * file, `--help`), which the commander program parses.
 */
export function plainExtract(argv: readonly string[], commands: readonly CommandSpec[]): { spec: CommandSpec; invocation: Invocation } | undefined {
  const spec = commands.find((c) => c.name === 'extract');
  if (!spec || argv[0] !== 'extract' || argv.length < 2 || argv.length > 3) return undefined;
  const rest = argv.slice(1);
  const pretty = rest.filter((a) => a === '--pretty').length;
  const files = rest.filter((a) => a !== '--pretty');
  if (pretty > 1 || files.length !== 1 || files[0]!.startsWith('-') || !spec.options?.some((o) => o.flags === '--pretty')) return undefined;
  const opts: Record<string, unknown> = {};
  for (const o of spec.options ?? []) if (o.default !== undefined) opts[optionKey(o.flags)] = o.default;
  if (pretty) opts['pretty'] = true;
  return { spec, invocation: { args: files, opts } };
}
