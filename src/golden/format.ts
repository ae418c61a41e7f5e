/**
 * @file Human-readable compare output (the CLI prints it; the library never does).
 */
import { calibration, type Comparison } from './compare.js';

/** `1 document`, `2 documents`. */
function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Whether a document matched its golden entirely: every field and every meta value (what ✔ means; compare exits 1 otherwise). */
export function comparisonMatches(c: Comparison): boolean {
  return c.correct === c.total && c.meta.length === 0;
}

/** One block per document: mismatches, then a summary line. ✔ only when every field and meta value matches. */
export function formatComparison(c: Comparison, maxLines = 20): string {
  const lines: string[] = [];
  const wrong = c.fields.filter((f) => !f.ok);
  for (const f of wrong.slice(0, maxLines)) {
    lines.push(`  ✖ ${f.key}: expected ${f.expected}, got ${f.actual ?? 'null'} (confidence ${f.confidence})`);
  }
  if (wrong.length > maxLines) lines.push(`  … ${wrong.length - maxLines} more`);
  for (const m of c.meta) lines.push(`  ✖ meta.${m.key}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  const mark = comparisonMatches(c) ? '✔' : '✖';
  lines.unshift(
    `${mark} ${c.name}: ${c.correct}/${c.total} fields right, ${c.silent} wrong at ≥0.9, ${plural(c.failedChecks, 'check')} failed, ` +
      `${plural(c.lowConfidence, 'low-confidence field')}, headings ${c.headings.found}/${c.headings.expected}` +
      (c.meta.length ? `, ${plural(c.meta.length, 'meta value')} wrong (${c.meta.map((m) => m.key).join(', ')})` : ''),
  );
  return lines.join('\n');
}

/**
 * Totals over many documents, with the calibration table. Each count says what it counts: `fields`
 * is every field the goldens list (a field the golden leaves null counts as right when the output is
 * null too), `values` only the non-null ones — emitted by the extraction (precision) or expected by
 * the golden (recall) — so their totals differ. `failed` documents (not extracted, or failed) are
 * named first: they are not in the field counts.
 */
export function formatTotals(all: readonly Comparison[], failed = 0): string {
  const sum = (f: (c: Comparison) => number): number => all.reduce((s, c) => s + f(c), 0);
  const correct = sum((c) => c.correct);
  const total = sum((c) => c.total);
  const emitted = sum((c) => c.emitted);
  const emittedRight = sum((c) => c.emittedRight);
  const expected = sum((c) => c.expectedValues);
  const matched = all.filter(comparisonMatches).length;
  const metaWrong = all.filter((c) => c.meta.length > 0).length;
  const documents =
    `documents: ${all.length} compared, ${matched} ✔ (every field and meta value right), ${all.length - matched} ✖` +
    (metaWrong ? ` (${metaWrong} with a meta value wrong)` : '') +
    (failed ? `; ${plural(failed, 'document')} failed or not extracted, not scored` : '');
  if (all.length === 0) return documents;
  const out = [
    documents,
    `fields: ${correct}/${total} right (${pct(correct, total)}), wrong at ≥0.9: ${sum((c) => c.silent)} — every field of the goldens; one a golden leaves null is right when the output is null too`,
    `values: ${emittedRight} right of ${emitted} emitted (non-null in the output): precision ${pct(emittedRight, emitted)}; of ${expected} expected (non-null in the goldens): recall ${pct(emittedRight, expected)}`,
    `headings: ${sum((c) => c.headings.found)}/${sum((c) => c.headings.expected)}`,
    'calibration (fields of the goldens the output gives a value, by its confidence; share right):',
    ...calibration(all).map((b) => `  ${b.band.padEnd(12)} ${String(b.fields).padStart(6)} ${b.fields === 1 ? 'field ' : 'fields'}  ${pct(b.right, b.fields)} right`),
  ];
  return out.join('\n');
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(2)}%`;
}
