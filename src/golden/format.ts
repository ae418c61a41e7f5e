/**
 * @file Human-readable compare output (the CLI prints it; the library never does).
 */
import { calibration, type Comparison } from './compare.js';

/** One block per document: mismatches, then a summary line. */
export function formatComparison(c: Comparison, maxLines = 20): string {
  const lines: string[] = [];
  const wrong = c.fields.filter((f) => !f.ok);
  for (const f of wrong.slice(0, maxLines)) {
    lines.push(`  ✖ ${f.key}: expected ${f.expected}, got ${f.actual ?? 'null'} (confidence ${f.confidence})`);
  }
  if (wrong.length > maxLines) lines.push(`  … ${wrong.length - maxLines} more`);
  for (const m of c.meta) lines.push(`  ✖ meta.${m.key}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  const mark = wrong.length === 0 ? '✔' : '✖';
  lines.unshift(
    `${mark} ${c.name}: ${c.correct}/${c.total} fields right, ${c.silent} wrong at ≥0.9, ${c.failedChecks} checks failed, ` +
      `${c.lowConfidence} low-confidence fields, headings ${c.headings.found}/${c.headings.expected}`,
  );
  return lines.join('\n');
}

/** Totals over many documents, with the calibration table. */
export function formatTotals(all: readonly Comparison[]): string {
  const sum = (f: (c: Comparison) => number): number => all.reduce((s, c) => s + f(c), 0);
  const correct = sum((c) => c.correct);
  const total = sum((c) => c.total);
  const emitted = sum((c) => c.emitted);
  const emittedRight = sum((c) => c.emittedRight);
  const expected = sum((c) => c.expectedValues);
  const out = [
    `fields: ${correct}/${total} right (${pct(correct, total)}), wrong at ≥0.9: ${sum((c) => c.silent)}`,
    `precision ${pct(emittedRight, emitted)} over ${emitted} emitted values, recall ${pct(emittedRight, expected)} of ${expected}`,
    `headings: ${sum((c) => c.headings.found)}/${sum((c) => c.headings.expected)}`,
    'calibration (share right per confidence band):',
    ...calibration(all).map((b) => `  ${b.band.padEnd(12)} ${String(b.fields).padStart(6)} fields  ${pct(b.right, b.fields)} right`),
  ];
  return out.join('\n');
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(2)}%`;
}
