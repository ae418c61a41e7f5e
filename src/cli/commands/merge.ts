/** @file `xxgk merge SHARD_DIR... --out DIR [--xlsx]`: joins `batch --shard i/n` outputs (see `batch/merge.ts`). */
import { AliasesError, mergeBatches, MergeInputError, readAliases } from '../../batch/index.js';
import { UsageError, type Command } from '../command.js';

const merge: Command<{ out?: string; xlsx?: boolean; aliases?: string }> = async ({ args: positionals, opts: values }, io) => {
  if (!values.out || positionals.length === 0) throw new UsageError('expected SHARD_DIR... and --out DIR');
  try {
    const aliases = values.aliases === undefined ? undefined : await readAliases(values.aliases);
    const summary = await mergeBatches(positionals, values.out, { xlsx: values.xlsx ?? false, ...(aliases ? { aliases } : {}) });
    io.stderr.write(`merged ${positionals.length} shard outputs: ${summary.ok}/${summary.total} extracted, ${summary.failed} failed, ${summary.crossYear.pairs} cross-year pairs, ${summary.crossYear.mismatches.length} mismatches → ${values.out}\n`);
    return summary.failed > 0 || summary.interrupted ? 1 : 0;
  } catch (error) {
    if (error instanceof MergeInputError || error instanceof AliasesError) throw new UsageError(error.message);
    throw error;
  }
};

export default merge;
