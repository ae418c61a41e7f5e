/** @file `xxgk extract FILE`: one report as JSON on stdout. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDetailed, XxgkError } from '../../index.js';
import { parse, UsageError, type Command } from '../command.js';

const extract: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    pretty: { type: 'boolean', default: false },
    format: { type: 'string', default: 'auto' },
    password: { type: 'string' },
    'trace-dir': { type: 'string' },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('expected exactly one FILE');
  if (!['auto', 'pdf', 'html', 'text'].includes(values.format)) throw new UsageError(`--format must be auto, pdf, html or text`);
  try {
    const { report, trace } = await extractDetailed(file, {
      format: values.format as 'auto',
      trace: Boolean(values['trace-dir']),
      ...(values.password ? { password: values.password } : {}),
    });
    if (values['trace-dir']) {
      await mkdir(values['trace-dir'], { recursive: true });
      await writeFile(join(values['trace-dir'], 'trace.json'), JSON.stringify(trace, null, 1));
    }
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
