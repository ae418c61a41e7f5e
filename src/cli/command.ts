/** @file The shape of a subcommand, its declarative spec (read by `program.ts`), and the helpers they share. */
import { parseArgs } from 'node:util';
import { isKnownEncoding } from '../load/decode.js';

/** Thrown by commands for bad arguments: exit 2 with a pointer to the command's --help. */
export class UsageError extends Error {}

/** Streams a command writes to (tests inject their own). */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Standard input, for `-` as a file. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
}

/** Parsed command line: positional arguments in order, options by camelCased long name. */
export interface Invocation<O = Record<string, unknown>> {
  args: string[];
  opts: O;
}

/** A subcommand: parsed arguments in, exit code out. */
export type Command<O = Record<string, unknown>> = (input: Invocation<O>, io: Io) => Promise<number>;

/** One option of a command, in commander's flag syntax (`--timeout <ms>`, `--pretty`, `-w, --workers <n>`). */
export interface OptionSpec {
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: readonly string[];
  /** Converts (and checks) the value; throw `Error` with a message for a bad one. */
  parse?: (value: string) => unknown;
  /** Not listed in --help (kept for old spellings). */
  hidden?: boolean;
}

/** One subcommand, declared as data (program.ts builds the commander program from these). */
export interface CommandSpec {
  name: string;
  /** Positional arguments in commander syntax: `<file>`, `<inputs...>`, `[dir]`. */
  args?: readonly string[];
  summary: string;
  /** Extra help text after the options. */
  details?: string;
  options?: readonly OptionSpec[];
  /**
   * The command parses its own arguments: its default export is a {@link RawCommand} given every
   * argument after the command name (options are not declared here; `--help` prints `summary`).
   */
  raw?: boolean;
  /** The command's code, imported only when it runs. */
  load: () => Promise<{ default: Command<never> | RawCommand }>;
}

/** A command that parses its own arguments (with {@link parse}): raw argv in, exit code out. */
export type RawCommand = (args: string[], io: Io) => Promise<number>;

/** An integer ≥ `min` (for --timeout, --workers). */
export function integerAtLeast(min: number, unit = ''): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!(Number.isInteger(n) && n >= min)) throw new Error(`must be an integer ≥ ${min}${unit}`);
    return n;
  };
}

/** `--encoding`: 'auto' or an encoding name iconv-lite knows (the library's option, checked alike). */
export function knownEncoding(value: string): string {
  if (!isKnownEncoding(value)) throw new Error(`'${value}' is not a known encoding (e.g. utf-8, gb18030, gbk, big5, utf-16le, or auto)`);
  return value.trim().toLowerCase();
}

/**
 * parseArgs with usage errors turned into UsageError (exit 2). For commands that parse their own
 * arguments (kept for code written before the commander program).
 */
export function parse<const T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(
  args: string[],
  options: T,
): { values: { [K in keyof T]: T[K]['default'] extends string | boolean ? T[K]['default'] extends string ? string : boolean : T[K]['type'] extends 'string' ? string | undefined : boolean | undefined }; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as never;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
