/**
 * @file The tesseract.js worker thread's entry (`engine.ts` gives it as `workerPath` when it is
 * built): the thread's stderr drops Tesseract's progress notes (`tess-chatter.ts`), then
 * tesseract.js's own Node worker script runs, unchanged. Everything else the thread writes to
 * stderr passes through.
 */
import { createRequire } from 'node:module';
import { withoutChatter } from './tess-chatter.js';

const require = createRequire(import.meta.url);
const write = process.stderr.write.bind(process.stderr) as (chunk: unknown, ...rest: unknown[]) => boolean;
process.stderr.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return write(chunk, ...rest);
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const kept = withoutChatter(text);
  if (kept === text) return write(chunk, ...rest);
  if (kept === '') {
    // The callback, if any, still runs (as a write of nothing would).
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  }
  return write(kept, ...rest);
}) as typeof process.stderr.write;
require('tesseract.js/src/worker-script/node/index.js');
