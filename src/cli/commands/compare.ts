/**
 * @file `xxgk compare ACTUAL GOLDEN`: field-by-field comparison; exit 1 on any mismatch or a
 * document that failed, exit 2 when the extractions and goldens cannot be paired one to one.
 */
import { CompareInputError, compareReport, formatComparison, formatTotals, readPairs, type Comparison } from '../../index.js';
import { UsageError, type Command } from '../command.js';

const compare: Command<{ json?: boolean }> = async ({ args: [actualPath, goldenPath], opts: values }, io) => {
  if (!actualPath || !goldenPath) throw new UsageError('expected ACTUAL and GOLDEN');
  const { comparisons, failed } = await compareAll(actualPath, goldenPath, io.stderr);
  if (values.json) io.stdout.write(`${JSON.stringify(comparisons, null, 1)}\n`);
  else {
    for (const c of comparisons) io.stdout.write(`${formatComparison(c)}\n`);
    io.stdout.write(`${formatTotals(comparisons)}\n`);
  }
  const mismatch = failed > 0 || comparisons.length === 0 || comparisons.some((c) => c.correct < c.total || c.meta.length > 0);
  return mismatch ? 1 : 0;
};

/** Pairs extractions with goldens (by sha256 or name; refused when not one to one) and compares them. */
export async function compareAll(actualPath: string, goldenPath: string, log: NodeJS.WritableStream): Promise<{ comparisons: Comparison[]; failed: number }> {
  try {
    const pairs = await readPairs(actualPath, goldenPath);
    const comparisons: Comparison[] = [];
    let failed = 0;
    for (const { golden, report } of pairs) {
      if (report.report) comparisons.push(compareReport(golden.name, report.report, golden.golden));
      else {
        failed++;
        log.write(`✖ ${golden.name}: ${report.file} failed in the batch (${report.error?.code ?? 'no report'})\n`);
      }
    }
    return { comparisons, failed };
  } catch (error) {
    if (error instanceof CompareInputError) throw new UsageError(error.message);
    throw error;
  }
}

export default compare;
