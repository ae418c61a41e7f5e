/**
 * @file The stress generator's referee of determinability for one-value-per-line table streams
 * (scripts/stress-render.mjs). Independent of src/: it never calls the product's decoder.
 *
 * Rule: a field counts as determined only if every reading of the rendered stream that satisfies
 * the template's identities, built with the moves of the operators applied to the document, gives
 * it the same value. A reading assigns the printed value tokens of a block (a run of value lines
 * between labels, headers or page numbers) to the block's grid cells in one of the orders its
 * labels allow (a page of plain pdftotext output: row by row or column by column; otherwise the
 * order the labels and column headers show). Moves:
 *  - collapse (identicalCollapsed): a token stands for a run of one or more identical lines;
 *  - join (numberSplitLine, table 三 only): two adjacent lines form one cell ('1' + '62' = 162).
 * Identities: each row of table 三 (总计 = sum of its six columns), each column of table 三
 * ((七)总计 = sum of the outcome rows; 一 + 二 = (七) + 四), each group of table 四 (总计 = sum of its
 * four results). Table 二 has none. The search is bounded (BLOCK_NODES per block, COMBINE_NODES
 * across blocks); when a bound is hit the block's fields count as undetermined (reason 'budget').
 * A block holding a field an operator already made undetermined (a glued or doubled row) is read
 * 1:1 when it needs no move, else all its fields count as undetermined (reason 'opaque').
 */
import { COLS, REVIEW_COLS, REVIEW_GROUPS, requestRows } from './template-data.mjs';

/** DFS steps per block and order before the block counts as undetermined (a block's search is ~1e3–1e4 steps when its rows have totals). */
const BLOCK_NODES = Number(process.env.REF_BLOCK_NODES ?? 400_000);
/** Distinct readings kept per block before it counts as undetermined. */
const BLOCK_READINGS = 5_000;
/** Partial-sum vectors built while combining the blocks of a table that keep several readings. */
const COMBINE_STATES = Number(process.env.REF_COMBINE_STATES ?? 100_000);

const NUMBER = /^-?\d+(\.\d+)?$/;
const parse = (t) => (t.trim() === '' ? null : NUMBER.test(t) ? Number(t) : undefined);

/** Identities of `table` as [plus keys, minus keys] (sum plus = sum minus). */
export function identities(doc, table) {
  const out = [];
  if (table === 'requests') {
    const rows = requestRows(doc.combined).map((x) => x[2]);
    const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
    const k = (row, c) => `requests.${row}.${c}`;
    for (const row of rows) out.push([[k(row, 'total')], COLS.slice(0, 6).map((c) => k(row, c))]);
    for (const c of COLS) {
      out.push([[k('totalHandled', c)], outcomes.map((o) => k(o, c))]);
      out.push([[k('newReceived', c), k('carriedOver', c)], [k('totalHandled', c), k('carriedForward', c)]]);
    }
  }
  if (table === 'reviewLitigation') for (const g of REVIEW_GROUPS) out.push([[`reviewLitigation.${g}.total`], REVIEW_COLS.slice(0, 4).map((c) => `reviewLitigation.${g}.${c}`)]);
  return out;
}

const holds = ([plus, minus], get) => {
  let s = 0;
  for (const k of plus) s += get(k);
  for (const k of minus) s -= get(k);
  return Math.abs(s) < 1e-6;
};

class Budget extends Error {}

/** Readings of one block in one slot order: arrays of values aligned with `slots`. */
function blockReadings(tokens, slots, moves, checks, fixed) {
  const n = tokens.length;
  const m = slots.length;
  const vals = new Array(m);
  const index = new Map(slots.map((k, i) => [k, i]));
  const get = (k) => (index.has(k) ? vals[index.get(k)] : fixed.get(k));
  const out = [];
  let nodes = 0;
  // Lines available next: a copy of the last token (collapse) or the next token.
  const lines = (i, canRepeat) => {
    const xs = [];
    if (canRepeat && tokens[i - 1].trim() !== '') xs.push([tokens[i - 1], i]);
    if (i < n) xs.push([tokens[i], i + 1]);
    return xs;
  };
  const place = (j, v, next, canRepeat) => {
    vals[j] = v;
    for (const id of checks[j]) if (!holds(id, get)) return;
    dfs(j + 1, next, canRepeat);
  };
  const dfs = (j, i, canRepeat) => {
    if (++nodes > BLOCK_NODES || out.length > BLOCK_READINGS) throw new Budget();
    if (j === m) {
      if (i === n) out.push(vals.slice());
      return;
    }
    if (n - i > (m - j) * (moves.join ? 2 : 1)) return;
    if (!moves.collapse && n - i < m - j) return;
    for (const [t, i2] of lines(i, canRepeat)) {
      const v = parse(t);
      if (v !== undefined) place(j, v, i2, moves.collapse);
      if (!moves.join || !/^[1-9]\d*$/.test(t)) continue;
      for (const [t2, i3] of lines(i2, moves.collapse)) if (/^\d+$/.test(t2)) place(j, Number(t + t2), i3, moves.collapse);
    }
  };
  dfs(0, 0, false);
  return out;
}

/** Per slot index, the identities whose keys are all known once it is placed (keys in `slots` or `fixed`). */
function checksFor(slots, ids, fixed) {
  const at = slots.map(() => []);
  const pos = new Map(slots.map((k, i) => [k, i]));
  for (const id of ids) {
    const keys = [...id[0], ...id[1]];
    if (!keys.every((k) => pos.has(k) || fixed.has(k))) continue;
    const last = Math.max(...keys.map((k) => pos.get(k) ?? -1));
    if (last >= 0) at[last].push(id);
  }
  return at;
}

/**
 * Decides the fields of one table's value blocks. `blocks`: { tokens, orders (slot key lists; the
 * first the true order), layout }; `known`: values of the table's fields outside blocks (read as
 * printed); `opaque`: fields already undetermined. Returns Map key → reason for each undetermined
 * field, and `errors` (blocks whose true reading the search missed: a referee bug, counted apart).
 */
export function decideTable(doc, table, blocks, known, opaque, moves) {
  const ids = identities(doc, table).filter((id) => ![...id[0], ...id[1]].some((k) => opaque.has(k)));
  const undetermined = new Map();
  const fixed = new Map(known);
  const truth = (k) => doc.expected.get(k);
  let errors = 0;
  const open = [];
  for (const b of blocks) {
    const keys = b.orders[0];
    const mark = (reason) => keys.forEach((k) => undetermined.set(k, `${b.layout}:${reason}`));
    const needsMoves = b.tokens.length !== keys.length || moves.collapse || moves.join;
    if (keys.some((k) => opaque.has(k))) {
      if (needsMoves) mark('opaque');
      else keys.forEach((k, i) => !opaque.has(k) && fixed.set(k, parse(b.tokens[i])));
      continue;
    }
    const readings = new Map();
    try {
      for (const order of b.orders) {
        const found = blockReadings(b.tokens, order, moves, checksFor(order, ids, known), known);
        const pos = new Map(order.map((k, i) => [k, i]));
        for (const r of found) {
          const canon = keys.map((k) => r[pos.get(k)]);
          readings.set(canon.join(','), canon);
        }
      }
    } catch (e) {
      if (!(e instanceof Budget)) throw e;
      if (process.env.REF_DEBUG) console.error('block budget', table, b.layout, b.tokens.join(' '));
      mark('budget');
      continue;
    }
    const list = [...readings.values()];
    if (!list.some((r) => keys.every((k, i) => r[i] === truth(k)))) {
      errors++;
      mark('model');
      continue;
    }
    if (list.length === 1) keys.forEach((k, i) => fixed.set(k, list[0][i]));
    else open.push({ b, keys, list });
  }
  // Combine blocks that keep several readings: a reading of a block stands when partial sums of
  // the identities from the blocks before and after it can close every identity (forward and
  // backward sets of partial-sum vectors, one pass each).
  const inOpen = new Set(open.flatMap((o) => o.keys));
  const forms = ids
    .map(([plus, minus]) => {
      const c = new Map();
      plus.forEach((k) => c.set(k, (c.get(k) ?? 0) + 1));
      minus.forEach((k) => c.set(k, (c.get(k) ?? 0) - 1));
      return c;
    })
    .filter((c) => [...c.keys()].some((k) => inOpen.has(k)) && [...c.keys()].every((k) => inOpen.has(k) || fixed.has(k)));
  const add = (s, t, sign = 1) => s.map((x, i) => x + sign * t[i]);
  const name = (s) => s.map((x) => Math.round(x * 100)).join(',');
  const contrib = open.map((o) => o.list.map((r) => forms.map((c) => o.keys.reduce((acc, k, j) => acc + (c.get(k) ?? 0) * r[j], 0))));
  const init = forms.map((c) => [...c].reduce((acc, [k, coef]) => acc + (fixed.has(k) ? coef * fixed.get(k) : 0), 0));
  let states = 0;
  const step = (set, i) => {
    const next = new Map();
    for (const s of set.values()) for (const c of contrib[i]) {
      const t = add(s, c);
      next.set(name(t), t);
      if (++states > COMBINE_STATES) throw new Budget();
    }
    return next;
  };
  try {
    const fwd = [new Map([[name(init), init]])];
    for (let i = 0; i < open.length; i++) fwd.push(step(fwd[i], i));
    const zero = forms.map(() => 0);
    const bwd = Array(open.length + 1);
    bwd[open.length] = new Map([[name(zero), zero]]);
    for (let i = open.length - 1; i >= 0; i--) bwd[i] = step(bwd[i + 1], i);
    open.forEach((o, i) => {
      const ok = o.list.filter((r, ri) => [...fwd[i].values()].some((s) => bwd[i + 1].has(name(add(add(s, contrib[i][ri]), zero, 1).map((x) => -x)))));
      if (!ok.some((r) => o.keys.every((k, j) => r[j] === truth(k)))) errors++;
      o.keys.forEach((k, j) => {
        if (new Set(ok.map((r) => r[j])).size !== 1) undetermined.set(k, `${o.b.layout}:readings`);
      });
    });
  } catch (e) {
    if (!(e instanceof Budget)) throw e;
    if (process.env.REF_DEBUG) console.error('combine budget', table, open.map((o) => `${o.b.layout}${o.keys.length}:${o.list.length}`).join(' '));
    for (const o of open) for (const k of o.keys) undetermined.set(k, `${o.b.layout}:budget`);
  }
  return { undetermined, errors };
}
