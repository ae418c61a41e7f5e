/** @file One batch task: bytes in, a result row out (never throws). Shared by workers and the in-process runner. */
import { safeExtract } from '../extract.js';
import type { Report } from '../schema/report.js';

/** What the pool sends a worker. */
export interface Task {
  id: number;
  name: string;
  bytes: Uint8Array;
  timeoutMs: number;
  /** OCR of scanned pages (`off` unless the batch asks for it). */
  ocr?: 'auto' | 'off' | 'force';
  /** Undecodable PDF text layers solved as a cipher (`--decipher`). */
  decipher?: boolean;
  /** Text encoding of text and HTML inputs (`auto` unless the batch names one). */
  encoding?: string;
}

/** What comes back. */
export interface TaskResult {
  id: number;
  ms: number;
  /** Resident memory of the process that extracted it, bytes, after the document. */
  rss?: number;
  report?: Report;
  error?: { code: string; message: string };
}

export async function extractOne(task: Task): Promise<TaskResult> {
  const t0 = performance.now();
  const r = await safeExtract(task.bytes, { name: task.name, timeoutMs: task.timeoutMs, ocr: task.ocr ?? 'off', ...(task.decipher ? { decipher: true } : {}), ...(task.encoding ? { encoding: task.encoding } : {}) });
  const ms = Math.round(performance.now() - t0);
  const rss = process.memoryUsage.rss();
  return r.success ? { id: task.id, ms, rss, report: r.report } : { id: task.id, ms, rss, error: r.error };
}
