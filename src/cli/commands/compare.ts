/**
 * @file `xxgk compare ACTUAL|- GOLDEN`: field-by-field comparison (`-`: extractions on standard input); exit 1 on any mismatch or a
 * document that failed or was not extracted, exit 2 when the extractions and goldens cannot be paired.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompareInputError, compareReport, formatComparison, formatTotals, comparisonMatches, noExtraction, readPairs, type Comparison } from '../../index.js';
import { isExtractError } from '../../golden/read.js';
import { UsageError, type Command } from '../command.js';

/**
 * Standard input (`xxgk extract f | xxgk compare - GOLDEN`) as a results.jsonl in a temporary
 * folder: one report (compact or --pretty), reports one per line, or batch rows; an extraction
 * that failed (`{"error": …}`) is a failed row.
 */
async function stdinAsResults(stream: NodeJS.ReadableStream): Promise<{ path: string; cleanup: () => void }> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  let values: unknown[];
  try {
    values = [JSON.parse(text)];
  } catch {
    values = text.split('\n').filter((l) => l.trim()).map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        throw new UsageError(`standard input, line ${i + 1}: not JSON (compare - reads the output of xxgk extract or a results.jsonl)`);
      }
    });
  }
  if (values.length === 0) throw new UsageError('standard input is empty (compare - reads the output of xxgk extract or a results.jsonl)');
  const rows = values.map((v, i) => {
    const o = (v !== null && typeof v === 'object' ? v : {}) as { schemaVersion?: number; source?: { name: string; sha256: string }; error?: unknown; file?: unknown };
    if (o.schemaVersion && o.source) return { file: o.source.name, sha256: o.source.sha256, report: o };
    if (isExtractError(o)) return { file: 'stdin', sha256: '', error: o.error };
    if (typeof o.file === 'string') return o;
    // Refused here, by its place on standard input: the temporary file it would go to means nothing to the user.
    const where = values.length === 1 ? 'standard input' : `standard input, value ${i + 1}`;
    throw new UsageError(`${where}: not an extraction (a report from xxgk extract, a row of results.jsonl, or {"error": …}); compare - reads the output of xxgk extract or a results.jsonl`);
  });
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-compare-'));
  const path = join(dir, 'results.jsonl');
  writeFileSync(path, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const compare: Command<{ json?: boolean }> = async ({ args: [actualArg, goldenPath], opts: values }, io) => {
  if (!actualArg || !goldenPath) throw new UsageError('expected ACTUAL and GOLDEN');
  const stdin = actualArg === '-' ? await stdinAsResults(io.stdin ?? process.stdin) : undefined;
  const actualPath = stdin?.path ?? actualArg;
  const { comparisons, failed } = await compareAll(actualPath, goldenPath, io.stderr).finally(() => stdin?.cleanup());
  if (values.json) io.stdout.write(`${JSON.stringify(comparisons, null, 1)}\n`);
  else {
    for (const c of comparisons) io.stdout.write(`${formatComparison(c)}\n`);
    io.stdout.write(`${formatTotals(comparisons, failed)}\n`);
  }
  // Exit 0 exactly when every line printed ✔: every field and meta value right, no document failed.
  const mismatch = failed > 0 || comparisons.length === 0 || !comparisons.every(comparisonMatches);
  return mismatch ? 1 : 0;
};

/** Goldens without an extraction named one by one; the rest are counted (a batch of part of a folder leaves hundreds). */
const MAX_UNMATCHED_LISTED = 10;

/**
 * Pairs extractions with goldens (by sha256 or name; refused when a golden names several or an
 * extraction is claimed twice, or when no golden pairs) and compares them. A golden no extraction
 * answers to counts as a failed document, named on the log: the others are still scored.
 */
export async function compareAll(actualPath: string, goldenPath: string, log: NodeJS.WritableStream): Promise<{ comparisons: Comparison[]; failed: number }> {
  try {
    const { pairs, unmatched, reports } = await readPairs(actualPath, goldenPath);
    const comparisons: Comparison[] = [];
    let failed = unmatched.length;
    for (const golden of unmatched.slice(0, MAX_UNMATCHED_LISTED)) log.write(`✖ ${golden.name}: not extracted (${noExtraction(golden, reports)})\n`);
    if (unmatched.length > MAX_UNMATCHED_LISTED) log.write(`✖ … and ${unmatched.length - MAX_UNMATCHED_LISTED} more goldens not extracted (${unmatched.length} in all: the extraction covers part of the goldens' folder?)\n`);
    for (const { golden, report } of pairs) {
      if (report.report) comparisons.push(compareReport(golden.name, report.report, golden.golden));
      else {
        failed++;
        const why = report.error ? `${report.error.code}${report.error.message ? `: ${report.error.message}` : ''}` : 'no report';
        log.write(`✖ ${golden.name}: extraction failed (${why})${report.file === 'stdin' ? '' : ` — ${report.file}`}\n`);
      }
    }
    return { comparisons, failed };
  } catch (error) {
    if (error instanceof CompareInputError) throw new UsageError(error.message);
    throw error;
  }
}

export default compare;
