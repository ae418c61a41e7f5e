/** @file `xxgk extract FILE`: one report as JSON on stdout. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDetailed, XxgkError, type ExtractTrace } from '../../index.js';
import type { PdfPageTrace } from '../../load/load-pdf.js';
import { parse, UsageError, type Command } from '../command.js';

/**
 * One JSON file per stage, so a wrong field can be followed back: lines → sections → tables
 * (rows, readings, solver) and, for PDF, the text items, rulings and grids of every page.
 */
async function writeTrace(dir: string, trace: ExtractTrace): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { load, ...stages } = trace;
  const pages = (load?.['pdfPages'] ?? []) as PdfPageTrace[];
  const files: Record<string, unknown> = { ...stages };
  if (pages.length > 0) {
    files['pdf-items'] = pages.map(({ page, items }) => ({ page, items }));
    files['pdf-rulings'] = pages.map(({ page, rulings }) => ({ page, rulings }));
    files['pdf-grids'] = pages.map(({ page, grids }) => ({ page, grids }));
  }
  for (const [name, value] of Object.entries(files)) await writeFile(join(dir, `${name}.json`), `${JSON.stringify(value, null, 1)}\n`);
}

const extract: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    pretty: { type: 'boolean', default: false },
    format: { type: 'string', default: 'auto' },
    password: { type: 'string' },
    trace: { type: 'string' },
    timeout: { type: 'string' },
    ocr: { type: 'string', default: 'off' },
    'trace-dir': { type: 'string' },
  });
  const traceDir = values.trace ?? values['trace-dir'];
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('expected exactly one FILE');
  if (!['auto', 'pdf', 'html', 'text', 'docx'].includes(values.format)) throw new UsageError(`--format must be auto, pdf, html, text or docx`);
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) throw new UsageError('--timeout must be a positive integer (ms)');
  if (!['auto', 'off', 'force'].includes(values.ocr)) throw new UsageError('--ocr must be auto, off or force');
  try {
    const { report, trace } = await extractDetailed(file, {
      format: values.format as 'auto',
      ocr: values.ocr as 'auto',
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
    io.stderr.write(`xxgk extract: ${e.code}: ${e.message}\n`);
    if (e.code === 'E_INTERNAL') io.stderr.write(`${e.cause instanceof Error ? e.cause.stack : ''}\n`);
    return 1;
  }
};

export default extract;
