/** @file `xxgk compare ACTUAL GOLDEN`: field-by-field comparison; exit 1 on any mismatch. */
import { compareReport, formatComparison, formatTotals, type Comparison } from '../../index.js';
import { UsageError, type Command } from '../command.js';
import { readGoldens, readReports } from '../read-results.js';

const compare: Command<{ json?: boolean }> = async ({ args: [actualPath, goldenPath], opts: values }, io) => {
  if (!actualPath || !goldenPath) throw new UsageError('expected ACTUAL and GOLDEN');
  const comparisons = await compareAll(actualPath, goldenPath, io.stderr);
  if (values.json) io.stdout.write(`${JSON.stringify(comparisons, null, 1)}\n`);
  else {
    for (const c of comparisons) io.stdout.write(`${formatComparison(c)}\n`);
    io.stdout.write(`${formatTotals(comparisons)}\n`);
  }
  const mismatch = comparisons.length === 0 || comparisons.some((c) => c.correct < c.total || c.meta.length > 0);
  return mismatch ? 1 : 0;
};

/** Pairs reports with goldens by stem and compares them. Unpaired goldens are reported on stderr. */
export async function compareAll(actualPath: string, goldenPath: string, log: NodeJS.WritableStream): Promise<Comparison[]> {
  const reports = await readReports(actualPath);
  const goldens = await readGoldens(goldenPath);
  const single = reports.size === 1 && goldens.size === 1;
  const out: Comparison[] = [];
  for (const [stem, golden] of goldens) {
    const report = single ? [...reports.values()][0] : reports.get(stem);
    if (!report) {
      log.write(`xxgk compare: no extraction for ${stem}\n`);
      continue;
    }
    out.push(compareReport(stem, report, golden));
  }
  return out;
}

export default compare;
