/**
 * @file Batch progress on stderr: a bar redrawn in place (done/total, rate, ETA, failures) on a
 * TTY, plain lines otherwise (CI logs, pipes), one per finished document.
 */

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

const BAR = 24;

/** C0/C1 controls, DEL, line/paragraph separators and bidi overrides: they would move or recolour the terminal's text. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters escaped (`\n` → `\u000a`), for one line on a terminal or in a log. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  return s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly start = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly out: ProgressStream,
    private readonly total: number,
  ) {}

  /** Records one finished path. `skipped`: done in an earlier run, or the same content as another path of this run. */
  tick(file: string, outcome: { ok: boolean; code?: string; skipped?: 'earlier' | 'duplicate' }): void {
    this.done++;
    if (!outcome.ok) this.failed++;
    if (!this.out.isTTY) {
      const what = outcome.skipped === 'earlier' ? 'skipped (done earlier)' : outcome.skipped ? 'skipped (same content as another file)' : outcome.ok ? 'ok' : `failed ${outcome.code}`;
      this.out.write(`[${this.done}/${this.total}] ${what} ${printable(file)}\n`);
      return;
    }
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.start) / 1000;
    const rate = this.done / Math.max(seconds, 1e-3);
    const filled = Math.round((BAR * this.done) / Math.max(this.total, 1));
    // Counts first: on a narrow terminal the line is cut from the end, and the bar goes first.
    const line = `${this.done}/${this.total} done, ${this.failed} failed, ${rate.toFixed(1)} doc/s, ETA ${duration((this.total - this.done) / rate)} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}]`;
    this.out.write(`\r${line.slice(0, (this.out.columns ?? 120) - 1)}`);
  }

  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
