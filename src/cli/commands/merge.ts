/** @file `xxgk merge SHARD_DIR... --out DIR [--xlsx]`: joins `batch --shard i/n` outputs (see `batch/merge.ts`). */
import { mergeBatches, MergeInputError } from '../../batch/index.js';
import { parse, UsageError, type Command } from '../command.js';

const merge: Command = async (args, io) => {
  const { values, positionals } = parse(args, { out: { type: 'string' }, xlsx: { type: 'boolean', default: false } });
  if (!values.out || positionals.length === 0) throw new UsageError('expected SHARD_DIR... and --out DIR');
  try {
    const summary = await mergeBatches(positionals, values.out, { xlsx: values.xlsx });
    io.stderr.write(`merged ${positionals.length} shard outputs: ${summary.ok}/${summary.total} extracted, ${summary.failed} failed, ${summary.crossYear.pairs} cross-year pairs, ${summary.crossYear.mismatches.length} mismatches → ${values.out}\n`);
    return summary.failed > 0 || summary.interrupted ? 1 : 0;
  } catch (error) {
    if (error instanceof MergeInputError) throw new UsageError(error.message);
    throw error;
  }
};

export default merge;
