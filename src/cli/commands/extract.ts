/** @file `xxgk extract FILE|-`: one report as JSON on stdout. */
import { makeDir } from '../../_internal/make-dir.js';
import { join } from 'node:path';
// Not from index.js (or batch/index.js): they load zod and every stage's exports; these load what a text file needs.
import { writeFileAtomic } from '../../_internal/atomic-write.js';
import { printable } from '../../batch/progress.js';
import { XxgkError } from '../../errors.js';
import { extractDetailed, type ExtractTrace } from '../../extract.js';
import type { PdfPageTrace } from '../../load/load-pdf.js';
import { UsageError, type Command } from '../command.js';
import { DEFAULT_MAX_BYTES } from '../../options-defaults.js';

/**
 * One JSON file per stage, so a wrong field can be followed back: lines → sections → tables
 * (rows, readings, solver) and, for PDF, the text items, rulings and grids of every page.
 */
async function writeTrace(dir: string, trace: ExtractTrace): Promise<void> {
  await makeDir(dir).catch((cause: unknown) => {
    throw new XxgkError('E_OUTPUT', `${dir}: cannot create the trace folder: ${(cause as Error).message}`, { cause });
  });
  const { load, ...stages } = trace;
  const pages = (load?.['pdfPages'] ?? []) as PdfPageTrace[];
  const files: Record<string, unknown> = { ...stages };
  if (pages.length > 0) {
    files['pdf-items'] = pages.map(({ page, items }) => ({ page, items }));
    files['pdf-rulings'] = pages.map(({ page, rulings }) => ({ page, rulings }));
    files['pdf-grids'] = pages.map(({ page, grids }) => ({ page, grids }));
  }
  for (const [name, value] of Object.entries(files)) await writeFileAtomic(join(dir, `${name}.json`), `${JSON.stringify(value, null, 1)}\n`);
}

/** Options of `xxgk extract` (declared in commands/index.ts). */
interface ExtractCliOptions {
  pretty?: boolean;
  format: 'auto' | 'pdf' | 'html' | 'text' | 'docx' | 'csv' | 'json' | 'xlsx';
  password?: string;
  timeout?: number;
  name?: string;
  trace?: string;
  traceDir?: string;
  ocr: 'auto' | 'off' | 'force';
  decipher?: boolean;
  encoding: string;
}

/**
 * Standard input as bytes (`xxgk extract -`); reading stops one byte past the default size limit,
 * so an endless stream ends as E_TOO_LARGE instead of filling memory.
 */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(b);
    if ((size += b.length) > DEFAULT_MAX_BYTES) break;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const extract: Command<ExtractCliOptions> = async ({ args: [file], opts: values }, io) => {
  const traceDir = values.trace ?? values.traceDir;
  if (!file) throw new UsageError('expected FILE (or - for standard input)');
  const input = file === '-' ? await readAll(io.stdin ?? process.stdin) : file;
  const name = values.name ?? (file === '-' ? 'stdin' : undefined);
  const timeoutMs = values.timeout;
  try {
    const { report, trace } = await extractDetailed(input, {
      format: values.format,
      ocr: values.ocr,
      ...(values.decipher ? { decipher: true } : {}),
      encoding: values.encoding,
      ...(name !== undefined ? { name } : {}),
      trace: Boolean(traceDir),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(values.password ? { password: values.password } : {}),
    });
    if (traceDir) await writeTrace(traceDir, trace);
    io.stdout.write(`${JSON.stringify(report, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (error) {
    const e = error instanceof XxgkError ? error : new XxgkError('E_INTERNAL', String(error), { cause: error });
    io.stdout.write(`${JSON.stringify({ error: e.toJSON() })}\n`);
    io.stderr.write(`xxgk extract: ${e.code}: ${printable(e.message)}\n`);
    if (e.code === 'E_INTERNAL') io.stderr.write(`${e.cause instanceof Error ? e.cause.stack : ''}\n`);
    return 1;
  }
};

export default extract;
