/**
 * @file A time budget around one document's work. pdf.js runs on the main thread between awaits,
 * so the budget is checked there; the batch pool also kills a worker that overruns (hard limit).
 */
import { XxgkError } from '../errors.js';

/** Runs `work`, rejecting with E_TIMEOUT after `ms`. */
export async function withTimeout<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new XxgkError('E_TIMEOUT', `document took longer than its budget of ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
