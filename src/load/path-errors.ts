/**
 * @file What is wrong with an input path that is not a readable regular file, as a coded error:
 * shared by `extract` (load/index readInput) and `batch` (batch/run-path), so one path gets one code
 * and one message whichever reads it. A FIFO is refused before it is opened: opening one waits for
 * a writer, for ever (a batch that read it would hang, or pass over it in silence).
 */
import { lstat, stat } from 'node:fs/promises';
import { XxgkError } from '../errors.js';

/** Why a path that `stat` refused cannot be read: a link loop, a link to nothing, no permission, or missing. */
export async function missingPathError(path: string, cause: unknown): Promise<XxgkError> {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') return new XxgkError('E_INPUT_NOT_FOUND', `${path}: a loop of symbolic links (the link leads back to itself), no file at its end`, { cause });
  if (code === 'EACCES' || code === 'EPERM') return new XxgkError('E_INPUT_NOT_FOUND', `${path}: cannot be read (permission denied)`, { cause });
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink()) return new XxgkError('E_INPUT_NOT_FOUND', `${path}: a symbolic link to nothing (its target does not exist)`, { cause });
  return new XxgkError('E_INPUT_NOT_FOUND', `${path}: no such file`, { cause });
}

/** The error for a path that is there but is no regular file: a folder (pointing to batch), or a pipe, socket or device. */
export function notAFileError(path: string, directory: boolean): XxgkError {
  if (directory) return new XxgkError('E_UNSUPPORTED_KIND', `${path}: a folder, not a document; extract reads one file (\`xxgk batch ${path} --out DIR\`, or runBatch, reads every document in a folder)`);
  return new XxgkError('E_UNSUPPORTED_KIND', `${path}: not a regular file (a pipe, socket or device); save it to a file, or give its bytes (\`xxgk extract -\` reads standard input)`);
}

/** The coded error for a path that cannot be read as a document, or null for a regular file. */
export async function pathError(path: string): Promise<XxgkError | null> {
  const info = await stat(path).catch((cause: unknown) => cause as Error);
  if (info instanceof Error) return missingPathError(path, info);
  return info.isFile() ? null : notAFileError(path, info.isDirectory());
}
