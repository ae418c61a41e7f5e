/**
 * @file The documents under the batch's inputs. Folders are walked without ever entering a folder
 * twice (by real path), so a symlink to a parent (a loop) ends the walk instead of growing it
 * forever; a folder linked in is walked after the real folders, only if it was not already and
 * does not hold an input (a link to `..` or `/` would list everything around it); and a
 * file reached by several paths (links, overlapping inputs) is listed once, by a path without
 * links when it has one. A broken link is listed (it fails alone as E_INPUT_NOT_FOUND), and so is a
 * FIFO, socket or device (E_UNSUPPORTED_KIND: batch/run-path refuses it before opening it). A link
 * without a listed extension that leads nowhere (dangling, a loop) is counted in `notRead` like any
 * other file passed over.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { SUPPORTED, sniffedByContent } from '../load/file-kinds.js';
import { REPORT_SNIFF_HEAD, sniffsAsReport } from '../load/sniff.js';

/** Extensions listed (load/file-kinds: the one list `extract`, the sniffer and a batch share). */
export { SUPPORTED } from '../load/file-kinds.js';

/** A file found: `linked` when a link was followed to reach it. */
interface Found {
  path: string;
  real: string;
  linked: boolean;
}

const realOf = (path: string): Promise<string | null> => realpath(path).catch(() => null);

/** The first REPORT_SNIFF_HEAD bytes of a file (none when it cannot be read: then it is not listed). */
async function headOf(path: string): Promise<Uint8Array> {
  const file = await open(path).catch(() => null);
  if (!file) return new Uint8Array(0);
  try {
    const buf = new Uint8Array(REPORT_SNIFF_HEAD);
    const { bytesRead } = await file.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** True when a batch reads the file: a listed extension, or a name that does not say (.xml, none) and a head that sniffs as a report. */
async function isListed(path: string, name: string): Promise<boolean> {
  if (SUPPORTED.test(name)) return true;
  if (!sniffedByContent(name)) return false;
  const head = await headOf(path);
  return head.length > 0 && sniffsAsReport(head);
}

/**
 * Expands folders (recursively) into supported files, each real file once, sorted. Throws for a
 * missing input. Files found in folders whose extension is not listed (READMEs aside), or named
 * `.xml` or without an extension and no report (load/sniff sniffsAsReport), are pushed to `notRead`,
 * so a batch can say what it passed over; hidden files and folders (a name starting with '.': `.git`,
 * `.DS_Store`, an editor's `.report.txt.swp`) are not walked nor read, and pushed to `hidden`. An
 * input named on the command line is read or walked whatever its name.
 */
export async function listInputs(inputs: readonly string[], notRead?: string[], hidden?: string[]): Promise<string[]> {
  const found: Found[] = [];
  const seenDirs = new Set<string>();
  /** Folders to walk; those reached through a link wait until every real folder is walked. */
  const direct: { dir: string; linked: boolean }[] = [];
  const deferred: { dir: string; linked: boolean }[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => e.code ?? 'ENOENT');
    if (typeof info === 'string') throw new Error(`${input}: ${info === 'ELOOP' ? 'a loop of symbolic links' : 'no such file or folder'}`);
    // A pipe, socket or device named as an input is a document that fails (batch/run-path), not a folder.
    if (!info.isDirectory()) found.push({ path: input, real: (await realOf(input)) ?? input, linked: false });
    else direct.push({ dir: input, linked: false });
  }
  const roots = (await Promise.all(direct.map((d) => realOf(d.dir)))).filter((r): r is string => r !== null);
  for (let next = direct.pop() ?? deferred.shift(); next; next = direct.pop() ?? deferred.shift()) {
    const real = await realOf(next.dir);
    if (real === null || seenDirs.has(real)) continue;
    // A link up to a folder holding an input (`../..`, `/`) would list the whole tree around it.
    if (next.linked && roots.some((r) => isInside(r, real))) continue;
    seenDirs.add(real);
    const entries = await readdir(next.dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(next.dir, e.name);
      if (e.name.startsWith('.')) {
        hidden?.push(path);
        continue;
      }
      if (e.isDirectory()) direct.push({ dir: path, linked: next.linked });
      else if (e.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (target?.isDirectory()) deferred.push({ dir: path, linked: true });
        else if ((target !== null && !target.isFile()) || (target !== null ? await isListed(path, e.name) : SUPPORTED.test(e.name))) found.push({ path, real: (await realOf(path)) ?? path, linked: true });
        // A link of another kind, or one that leads nowhere (dangling, a loop): passed over, but counted.
        else notRead?.push(path);
      } else if (e.isFile() && /^README\.md$/i.test(e.name)) continue;
      else if (e.isFile() && (await isListed(path, e.name))) found.push({ path, real: (await realOf(path)) ?? path, linked: next.linked });
      else if (e.isFile()) notRead?.push(path);
      // A FIFO, socket or device in a folder: listed, to fail as E_UNSUPPORTED_KIND (never opened: a FIFO waits for a writer).
      else found.push({ path, real: (await realOf(path)) ?? path, linked: next.linked });
    }
  }
  return pickOnePath(found);
}

/** True when `path` is `dir` or inside it. */
function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** One path per real file: without links when possible, then the first in order; sorted. */
function pickOnePath(found: readonly Found[]): string[] {
  const best = new Map<string, Found>();
  for (const f of found) {
    const b = best.get(f.real);
    if (!b || (b.linked && !f.linked) || (b.linked === f.linked && f.path < b.path)) best.set(f.real, f);
  }
  return [...best.values()].map((f) => f.path).sort();
}


/** Counts of paths by lower-cased extension (`(none)` without one), most frequent first. */
export function countByExtension(paths: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const ext = /\.([^./\\]+)$/.exec(p)?.[1]?.toLowerCase();
    const key = ext ? `.${ext}` : '(none)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
