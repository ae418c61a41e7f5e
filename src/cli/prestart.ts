/**
 * @file Forks the extraction helper before the CLI loads anything else, when the command line is
 * `xxgk extract FILE` and FILE will go to the helper (`isolate.ts`: a PDF, a .docx, or a file
 * over INLINE_MAX_BYTES). The helper's own Node start and module loading then run while this
 * process loads commander and the command, instead of after: about a tenth of a PDF's cold start
 * on two cores. Anything else (another command, `--help`, standard input) starts and loads
 * nothing more than this file; a small text or HTML file only starts loading the stages early.
 * The guess only decides when the helper starts: `extract` decides where the input goes, as ever.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { COMMANDS } from './commands/index.js';
import { pushAll } from '../_internal/extremes.js';

/** bytes. As INLINE_MAX_BYTES in isolate.ts (not imported: that would load the helper's code for every command). */
const INLINE_MAX_BYTES = 64 * 1024;
/** bytes. Where sniff.ts looks for the PDF header. */
const HEAD = 1024;

/** The flags of `extract` that take a value (`--format <kind>` → '--format'), from its declaration. */
function valueFlags(): Set<string> {
  const options = COMMANDS.find((c) => c.name === 'extract')?.options ?? [];
  return new Set(options.filter((o) => /[<[]/.test(o.flags)).flatMap((o) => o.flags.split(/[\s,]+/).filter((f) => f.startsWith('-'))));
}

/** The one file and the --format of an `extract` command line; undefined for anything else. */
export function extractTarget(argv: readonly string[]): { file: string; format: string } | undefined {
  if (argv[0] !== 'extract') return undefined;
  const valued = valueFlags();
  const files: string[] = [];
  let format = 'auto';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      pushAll(files, argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') return undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, value] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : valued.has(a) ? [a, argv[++i]] : [a, undefined];
    if (flag === '--format') format = value ?? format;
    else if (!a.startsWith('-') || a === '-') files.push(a);
  }
  return files.length === 1 && files[0] !== '-' ? { file: files[0]!, format } : undefined;
}

/**
 * What `file` is, for where it will be extracted: 'pdf' for a PDF (by --format or by its first
 * bytes: the helper may load pdf.js while it waits for it), 'helper' for a .docx or a large file,
 * 'here' for a small text or HTML file, null when it is not a regular file that can be read.
 */
export function inputKind(file: string, format: string): 'pdf' | 'helper' | 'here' | null {
  let fd: number | undefined;
  try {
    // Only a regular file: opening a pipe (`extract <(cat f.pdf)`) could block, and reading it would take bytes from extract.
    if (!statSync(file).isFile()) return null;
    fd = openSync(file, 'r');
    if (format === 'pdf') return 'pdf';
    if (format === 'docx' || format === 'xlsx') return 'helper';
    const large = fstatSync(fd).size > INLINE_MAX_BYTES;
    if (format !== 'auto') return large ? 'helper' : 'here';
    const head = Buffer.alloc(HEAD);
    const n = readSync(fd, head, 0, HEAD, 0);
    const bytes = head.subarray(0, n);
    if (bytes.toString('latin1').includes('%PDF-')) return 'pdf';
    return large || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) ? 'helper' : 'here';
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Where `file` will be extracted: 'helper' for a PDF or a .docx (by --format or by its first
 * bytes) or a large file, 'here' for a small text or HTML file, null when it is not a regular file
 * that can be read.
 */
export function destination(file: string, format: string): 'helper' | 'here' | null {
  const kind = inputKind(file, format);
  return kind === 'pdf' ? 'helper' : kind;
}

/**
 * Forks the helper for the default heap limit when `argv` extracts a file that will go to it (see
 * the file comment). A file read in this process instead: the stages it needs start loading now,
 * their file reads overlapping the loading of commander and the command.
 */
export async function prestart(argv: readonly string[]): Promise<void> {
  const target = extractTarget(argv);
  const where = target && inputKind(target.file, target.format);
  if (!where) return;
  if (where === 'here') {
    void import('./commands/extract.js').catch(() => undefined);
    void import('../_internal/assemble-stages.js').catch(() => undefined);
    return;
  }
  const [{ prestartHelper }, { fastOptions }] = await Promise.all([import('../isolate.js'), import('../options-defaults.js')]);
  const maxHeapMb = fastOptions({})?.maxHeapMb;
  if (maxHeapMb !== undefined) prestartHelper(maxHeapMb, where === 'pdf');
}
