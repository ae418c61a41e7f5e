/** @file The shape of a subcommand and the parsing helper they share. */
import { parseArgs } from 'node:util';

/** Thrown by commands for bad arguments: exit 2 with usage. */
export class UsageError extends Error {}

/** Streams a command writes to. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A subcommand: arguments in, exit code out. */
export type Command = (args: string[], io: Io) => Promise<number>;

/** parseArgs with usage errors turned into UsageError (exit 2). */
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
