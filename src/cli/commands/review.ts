/** @file `xxgk review DIR [--out REVIEW_DIR]`: the review pages of a batch's results (see `review/`); `batch` writes them too. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crossYearChecks, crossYearFacts, readRows, rowsOfRun, type BatchSummary } from '../../batch/index.js';
import { writeReviewSite } from '../../review/index.js';
import { UsageError, type Command } from '../command.js';

const review: Command<{ out?: string }> = async ({ args: [dir], opts: values }, io) => {
  if (!dir) throw new UsageError('expected one batch output DIR');
  const jsonl = join(dir, 'results.jsonl');
  const rows = await readRows(jsonl);
  if (rows.length === 0) throw new UsageError(`${dir}: no results.jsonl with results (run xxgk batch first)`);
  // The batch's own cross-year result (its aliases applied) when there is one.
  const summary = await readFile(join(dir, 'summary.json'), 'utf8').then((t) => JSON.parse(t) as Partial<BatchSummary>, () => null);
  const crossYear = summary?.crossYear ?? crossYearChecks(rows.flatMap((r) => (r.report ? [crossYearFacts(r.file, r.report)] : [])));
  const { index, pages } = await writeReviewSite(values.out ?? join(dir, 'review'), rowsOfRun(jsonl), crossYear);
  io.stderr.write(`review of ${pages} reports → ${index}\n`);
  return 0;
};

export default review;
