/** @file `--name N` / `--name VALUE` flags for the scripts (bench, fuzz), and whether a command is installed. */
import { execFileSync } from 'node:child_process';

/** `--name VALUE`, or `fallback` when the flag is absent. */
export function stringArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

/** `--seeds A..B` (or `A-B`): the first and last seed, inclusive; `fallback` is written the same way. */
export function seedRange(fallback) {
  const [from, to] = stringArg('seeds', fallback).split(/\.\.|-/).map(Number);
  return [from, to];
}

export function numberArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The command `bin` is on PATH (`which`). */
export function hasCommand(bin) {
  try {
    execFileSync('which', [bin], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
