/**
 * @file Cell perturbations of table rows (scripts/row-perturb.mjs, test/row-identity.test.ts): a
 * valid report (scripts/stress-render.mjs `makeDoc`) with one or two cells of table 三 or 四 dropped,
 * collapsed into their equal neighbour, split in two, fused with their neighbour, swapped with it,
 * or a total or a part printed wrong; and the invariant the output must keep: no value wrong at confidence
 * ≥ 0.9, and no value at ≥ 0.9 in an identity the output breaks, unless flagged `checkFailed`.
 *
 * The expected values are the chosen ones (a cell a converter dropped, collapsed, split or fused
 * keeps its value), except where the report itself printed something else — a wrong total, two
 * values in each other's column: the spec keeps the number printed (`../shared/spec/TEMPLATE.md`,
 * Values), so the expected value is the printed one.
 */
import { makeDoc, render } from './stress-render.mjs';
import { COLS, REVIEW_COLS, REVIEW_GROUPS, rng } from './template-data.mjs';

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/**
 * A row to perturb, not in `doc.touched` (a second change to one row would move the cell indexes
 * the first relied on): { table, row, first value index, key of a value index }.
 */
function someRow(doc, r) {
  doc.touched ??= new Set();
  const review = doc.tables.reviewLitigation.find((x) => x.kind === 'data');
  if (r() < 0.2 && !doc.touched.has(review)) {
    doc.touched.add(review);
    return { table: 'reviewLitigation', row: review, first: 0, keyAt: (i) => `reviewLitigation.${REVIEW_GROUPS[Math.floor(i / 5)]}.${REVIEW_COLS[i % 5]}` };
  }
  const rows = doc.tables.requests.filter((x) => x.kind === 'data' && x.key && !doc.touched.has(x));
  const row = pick(r, rows);
  doc.touched.add(row);
  return { table: 'requests', row, first: 1, keyAt: (i) => `requests.${row.key}.${COLS[i - 1]}` };
}

/** Indexes i (value cells) where `ok(i)` holds; the row's cells must not have been moved yet. */
const where = (row, first, ok) => row.cells.map((_, i) => i).filter((i) => i >= first && ok(i));

/** Each `apply(doc, r)` changes one row's cells and returns a description, or null when it does not fit. */
export const PERTURBATIONS = {
  drop(doc, r) {
    const { row, first } = someRow(doc, r);
    const i = pick(r, where(row, first, () => true));
    const [gone] = row.cells.splice(i, 1);
    return `${row.key}: cell ${i} (${gone}) dropped`;
  },
  collapse(doc, r) {
    const { row, first } = someRow(doc, r);
    const at = where(row, first, (i) => i + 1 < row.cells.length && row.cells[i] === row.cells[i + 1] && row.cells[i] !== '');
    if (!at.length) return null;
    const i = pick(r, at);
    row.cells.splice(i + 1, 1);
    return `${row.key}: cells ${i},${i + 1} (${row.cells[i]}) printed once`;
  },
  split(doc, r) {
    const { row, first } = someRow(doc, r);
    const at = where(row, first, (i) => /^[1-9]\d+$/.test(row.cells[i]));
    if (!at.length) return null;
    const i = pick(r, at);
    const c = row.cells[i];
    const cut = 1 + Math.floor(r() * (c.length - 1));
    row.cells.splice(i, 1, c.slice(0, cut), c.slice(cut));
    return `${row.key}: cell ${i} (${c}) split ${c.slice(0, cut)}|${c.slice(cut)}`;
  },
  fuse(doc, r) {
    const { row, first } = someRow(doc, r);
    const at = where(row, first, (i) => i + 1 < row.cells.length && /^\d+$/.test(row.cells[i]) && /^\d+$/.test(row.cells[i + 1]) && row.cells[i] !== '0');
    if (!at.length) return null;
    const i = pick(r, at);
    const both = `${row.cells[i]}${row.cells[i + 1]}`;
    row.cells.splice(i, 2, both);
    return `${row.key}: cells ${i},${i + 1} fused into ${both}`;
  },
  swap(doc, r) {
    // Printed in each other's column by the report itself: the printed values are the right ones.
    const { row, first, keyAt } = someRow(doc, r);
    const at = where(row, first, (i) => i + 1 < row.cells.length && row.cells[i] !== row.cells[i + 1] && /^\d+$/.test(row.cells[i]) && /^\d+$/.test(row.cells[i + 1]));
    if (!at.length) return null;
    const i = pick(r, at);
    [row.cells[i], row.cells[i + 1]] = [row.cells[i + 1], row.cells[i]];
    doc.expected.set(keyAt(i), Number(row.cells[i]));
    doc.expected.set(keyAt(i + 1), Number(row.cells[i + 1]));
    return `${row.key}: cells ${i},${i + 1} swapped`;
  },
  wrongTotal(doc, r) {
    const { table, row, keyAt } = someRow(doc, r);
    const totals = table === 'requests' ? [7] : [4, 9, 14];
    const i = pick(r, totals.filter((t) => /^\d+$/.test(row.cells[t] ?? '')));
    if (i === undefined) return null;
    const was = Number(row.cells[i]);
    const delta = (1 + Math.floor(r() * 9)) * (was > 9 && r() < 0.5 ? -1 : 1);
    row.cells[i] = String(was + delta);
    doc.expected.set(keyAt(i), was + delta);
    return `${row.key}: total ${was} printed ${was + delta}`;
  },
  /** A part printed off (the total kept): its row and its column (or balance) fail, crossing at the cell (score/failure-site.ts). */
  wrongPart(doc, r) {
    const { table, row, first, keyAt } = someRow(doc, r);
    const totals = table === 'requests' ? [7] : [4, 9, 14];
    const i = pick(r, where(row, first, (j) => !totals.includes(j) && /^\d+$/.test(row.cells[j] ?? '')));
    if (i === undefined) return null;
    const was = Number(row.cells[i]);
    const delta = pick(r, [1, 2, 10]) * (was > 9 && r() < 0.5 ? -1 : 1);
    row.cells[i] = String(was + delta);
    doc.expected.set(keyAt(i), was + delta);
    return `${row.key}: cell ${i} ${was} printed ${was + delta}`;
  },
};

/** Applies 1–2 perturbations (names from `only`, default all) to `doc`, each to its own row. Returns what was done. */
export function perturb(doc, r, only = Object.keys(PERTURBATIONS)) {
  const done = [];
  const n = 1 + Math.floor(r() * 2);
  for (let tries = 0; done.length < n && tries < 20; tries++) {
    const name = pick(r, only);
    const what = PERTURBATIONS[name](doc, r);
    if (what) done.push({ name, what });
  }
  return done;
}

/** Text styles of a perturbed text dump: tab, spaced columns, one cell per line (identical lines collapsed, as archives do). */
const STYLES = ['tab', 'layout', 'cellPerLine', 'cellPerLine', 'collapsed'];

/**
 * The perturbed document of `seed`: text or HTML by the seed (over `formats`), its style, 1–2
 * perturbations. Returns { doc (with `expected`), done, input: { name, bytes } }.
 */
export function perturbedInput(seed, formats = ['text', 'html'], only = Object.keys(PERTURBATIONS)) {
  const format = formats[seed % formats.length];
  const doc = makeDoc(seed * 7 + 3, format);
  const r = rng(seed * 104729 + 11);
  if (format === 'text') {
    const style = STYLES[Math.floor(r() * STYLES.length)];
    doc.style = style === 'collapsed' ? 'cellPerLine' : style;
    doc.collapse = style === 'collapsed';
  }
  const done = perturb(doc, r, only);
  return { doc, done, input: render(doc) };
}

/** The values a member can take in the output: its value, its candidates, 0 when not applicable; null when unknown. */
function possible(report, data, key) {
  const f = report.fields[key];
  if (!f) return null;
  const v = data.get(key);
  if (typeof v === 'number') return [v];
  if (f.flags.includes('notApplicable')) return [0];
  return f.candidates?.length ? f.candidates : null;
}

/** True when no choice among the members' possible values satisfies the identity (null: some member unknown). */
function broken(identity, report, data) {
  const terms = [{ key: identity.total, sign: -1 }, ...identity.parts.map((p) => (p.startsWith('-') ? { key: p.slice(1), sign: -1 } : { key: p, sign: 1 }))];
  let sums = new Set([0]);
  for (const t of terms) {
    const vals = possible(report, data, t.key);
    if (!vals) return null;
    const next = new Set();
    for (const s of sums) for (const v of vals) next.add(Math.round((s + t.sign * v) * 1e6) / 1e6);
    if (next.size > 5000) return null;
    sums = next;
  }
  return !sums.has(0);
}

/**
 * Fields at ≥ 0.9 the output contradicts: in an identity no choice of the output's values and
 * candidates satisfies, without the flag `checkFailed` (`breaches`); and fields at ≥ 0.9 that take
 * part in identities of which not one could be evaluated (`unchecked`: nothing but the label speaks for them).
 */
export function identityBreaches(report, identities, data) {
  const breaches = [];
  const unchecked = [];
  const evaluated = new Set(report.checks.map((c) => c.id));
  const seen = new Map();
  for (const id of identities) {
    const keys = [id.total, ...id.parts.map((p) => p.replace(/^-/, ''))];
    const isBroken = broken(id, report, data);
    for (const k of keys) {
      const f = report.fields[k];
      seen.set(k, (seen.get(k) ?? false) || evaluated.has(id.id));
      if (isBroken && f && f.confidence >= 0.9 && !f.flags.includes('checkFailed')) breaches.push(`${k} in ${id.id}`);
    }
  }
  for (const [k, anyEvaluated] of seen) if (!anyEvaluated && (report.fields[k]?.confidence ?? 0) >= 0.9) unchecked.push(k);
  return { breaches, unchecked };
}
