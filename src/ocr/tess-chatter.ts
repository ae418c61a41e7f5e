/**
 * @file Tesseract's progress notes on stderr. Its page layout analysis prints 'Detected 31
 * diacritics' (and, without a resolution, 'Estimating resolution as 212') through the wasm
 * module's `printErr`, which tesseract.js leaves on the worker thread's stderr: through the CLI
 * they reached the user's terminal, one line per page pass, as if something had gone wrong. These
 * notes, and only these, are dropped (`tess-worker.ts`); every other line Tesseract or the worker
 * writes passes through, so a real error stays seen.
 */

/** A whole line that is one of Tesseract's progress notes, never an error. */
const CHATTER = /^(?:Detected \d+ diacritics|Estimating resolution as \d+|Warning: Invalid resolution \d+ dpi\. Using \d+ instead\.)\s*$/;

/**
 * `chunk` (what the worker thread writes to stderr, one or more lines) without Tesseract's
 * progress notes: '' when it held nothing else.
 */
export function withoutChatter(chunk: string): string {
  const lines = chunk.split('\n');
  const kept = lines.filter((l) => !CHATTER.test(l));
  return kept.length === lines.length ? chunk : kept.join('\n');
}
