/** @file `xxgk review DIR [--html FILE]`: the review page of a batch's results (see `review/`). */
import { join } from 'node:path';
import { crossYearChecks, crossYearFacts, readRows, writeFileAtomic } from '../../batch/index.js';
import { renderReview } from '../../review/render.js';
import { parse, UsageError, type Command } from '../command.js';

const review: Command = async (args, io) => {
  const { values, positionals } = parse(args, { html: { type: 'string' } });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new UsageError('expected one batch output DIR');
  const rows = await readRows(join(dir, 'results.jsonl'));
  if (rows.length === 0) throw new UsageError(`${dir}: no results.jsonl with results (run xxgk batch first)`);
  const { mismatches } = crossYearChecks(rows.flatMap((r) => (r.report ? [crossYearFacts(r.file, r.report)] : [])));
  const out = values.html ?? join(dir, 'review.html');
  await writeFileAtomic(out, renderReview(rows, mismatches));
  io.stderr.write(`review of ${rows.length} reports → ${out}\n`);
  return 0;
};

export default review;
