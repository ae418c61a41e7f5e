/**
 * @file Table 三's column order from a header band dumped with no layout (plain `pdftotext`,
 * pdfminer): the header cells come out as pieces on lines ordered by baseline, not by column —
 * '自然 商 科' / '总' / '人 业 研 社会 法律 其 计' / '服务 他' / '企 机 公益' / '业 构 组织 机构' —
 * so no line, and not the band joined in reading order, names the columns in their order. What
 * such a dump does print is the left-to-right order of the pieces that share a line: a dump line is
 * one text line of the page, its pieces sorted by their places. Each piece is traced to its column
 * word (a piece completing an open piece above it: 自然 + 人, or starting a word: 社会), every way
 * the pieces can be traced is tried, and each line gives 'A before B' for the words of consecutive
 * pieces. The order is printed only when those relations chain every word named — each word
 * directly before the next — and every tracing gives the same chain. A header whose rows do not
 * share a line (自然人 alone on its line, the sub-columns on others: ruled cells dumped one per
 * line) chains nothing, whatever order the template has: a report printing 法人或其他组织 before
 * 自然人 is dumped just the same (the group's top row first, then 自然人 and 总计, then the
 * sub-columns), so no order is read there. A report printing its columns in another order puts
 * some piece after one it stands before in the template on one of the lines: the chain then is
 * that order, or none.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { maxOf } from '../_internal/extremes.js';
import { headerBand } from './header-order.js';
import { REQUEST_CATEGORIES, REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import { memoByObject } from '../_internal/memo.js';
import { tick } from '../_internal/work-budget.js';

/** Search nodes at most (a band of a dozen short lines takes a few hundred). */
const MAX_NODES = 20_000;
/** Tracings whose chains are compared at most. */
const MAX_TRACINGS = 64;

interface Partial {
  text: string;
  /** The band line it was started on: pieces started on one line stand in that order. */
  line: number;
  /** Its place on that line. */
  at: number;
}

/**
 * The words (of `words`; `keyOf` gives a word's key, or the keys of the columns a group word spans —
 * a leaf printed before it on a line stands before all of them —, or null) in the one order the band's
 * lines print them, or null: no tracing makes each key of `keys` one whole word, two such tracings
 * chain differently or one chains not every key, or the search is over its budget.
 */
export function lineChain(band: readonly string[], words: readonly string[], keyOf: (word: string) => string | readonly string[] | null, keys: readonly string[], loose = false): string[] | null {
  const longest = maxOf(words.map((w) => w.length), 0);
  const isWordOrPrefix = (t: string): boolean => words.some((w) => w.startsWith(t));
  const wordChars = new Set(words.join(''));
  // A whole word made a second time: no tracing goes on from there.
  const twice = (t: string): boolean => words.includes(t) && partials.filter((p) => p.text === t).length > 1;
  const lines = band.map((t) => t.split(/\s+/).map((r) => normalizeLabel(r).replace(/\d/g, '')).filter((r) => r !== ''));
  const chains = new Set<string>();
  let nodes = 0;
  let tracings = 0;
  let failed = false;
  const partials: Partial[] = [];
  // Per line, the partials its pieces touched, in printed order.
  const touched: number[][] = lines.map(() => []);

  const finish = (): void => {
    const keyAt = partials.map((p) => keyOf(p.text));
    // A tracing is an explanation of the band only when every piece ends in a whole word, each key's once.
    if (partials.some((p) => !words.includes(p.text)) || keys.some((k) => keyAt.filter((x) => x === k).length !== 1)) return;
    tracings++;
    const chain = chainOf(keyAt, touched, keys, loose);
    chains.add(chain === null ? '' : chain.join());
  };
  // Line `li`, run `ri`, character `ci`; `last`: per starting line, the highest place completed on this line.
  const walk = (li: number, ri: number, ci: number, last: Map<number, number>): void => {
    if (failed || chains.size > 1) return;
    tick();
    if (++nodes > MAX_NODES || tracings >= MAX_TRACINGS) {
      failed = true;
      return;
    }
    if (li === lines.length) return finish();
    const runs = lines[li]!;
    if (ri === runs.length) return walk(li + 1, 0, 0, new Map());
    const run = runs[ri]!;
    if (ci === run.length) return walk(li, ri + 1, 0, last);
    let any = false;
    for (let n = Math.min(run.length - ci, longest); n >= 1; n--) {
      const s = run.slice(ci, ci + n);
      // A piece completing an open piece of an earlier line (after the last one completed from that line).
      partials.forEach((p, k) => {
        if (p.line >= li || p.at <= (last.get(p.line) ?? -1) || words.includes(p.text) || !isWordOrPrefix(p.text + s)) return;
        any = true;
        const before = p.text;
        p.text += s;
        touched[li]!.push(k);
        if (!twice(p.text)) walk(li, ri, ci + n, new Map(last).set(p.line, p.at));
        touched[li]!.pop();
        p.text = before;
      });
      // A piece starting a word.
      if (isWordOrPrefix(s)) {
        any = true;
        partials.push({ text: s, line: li, at: partials.filter((p) => p.line === li).length });
        touched[li]!.push(partials.length - 1);
        if (!twice(s)) walk(li, ri, ci + n, last);
        touched[li]!.pop();
        partials.pop();
      }
    }
    // A character of no column word is other text (a note, punctuation): skipped. One of a word's
    // characters that no piece can take leaves this tracing no explanation.
    if (!any && !wordChars.has(run[ci]!)) walk(li, ri, ci + 1, last);
  };
  walk(0, 0, 0, new Map());
  if (failed || chains.size !== 1) return null;
  const only = [...chains][0]!;
  return only === '' ? null : only.split(',');
}

/**
 * The keys in the order one tracing's line relations chain them (`keyAt`: each partial's key, or a group
 * word's keys); null unless the chain is total. Two consecutive pieces of a line put every key of the
 * first before every key of the second (a group word and one of its own columns: nothing). `loose`:
 * keys the relations leave unordered keep their order in `keys` (the template's), so a chain that is
 * not total still reads where the relations place keys otherwise; null only on a cycle.
 */
function chainOf(keyAt: readonly (string | readonly string[] | null)[], touched: readonly (readonly number[])[], keys: readonly string[], loose = false): string[] | null {
  const before = new Map<string, Set<string>>(keys.map((k) => [k, new Set()]));
  for (const line of touched) {
    const seq = line.map((i) => [keyAt[i] ?? []].flat().filter((k) => keys.includes(k))).filter((ks) => ks.length > 0);
    for (let i = 1; i < seq.length; i++) {
      const [a, b] = [seq[i - 1]!, seq[i]!];
      if (a.some((k) => b.includes(k))) continue;
      for (const y of b) for (const x of a) before.get(y)!.add(x);
    }
  }
  // The one topological order: at each step exactly one key has all its predecessors placed.
  const order: string[] = [];
  while (order.length < keys.length) {
    const ready = keys.filter((k) => !order.includes(k) && [...before.get(k)!].every((b) => order.includes(b)));
    if (ready.length === 0 || (ready.length > 1 && !loose)) return null;
    order.push(ready[0]!);
  }
  return order;
}

/** Table 三's header words, and the band's other header text (its pieces are no column's). */
const REQUEST_WORDS = [...REQUEST_HEADER.map((w) => w[0]), '申请人情况'];
const requestKey = (word: string): string | readonly string[] | null => (word === REQUEST_GROUP ? [...SWAPPABLE_REQUEST] : (REQUEST_HEADER.find((w) => w[0] === word)?.[1] ?? null));

/**
 * Table 三's category columns (自然人 and the five sub-columns; 总计 is placed by the values) chained by
 * the header band's lines in the template's order. The band ends at the first line of values, a
 * lone number too (a dump of one cell per line).
 */
export function requestChainInOrder(lines: readonly Line[]): boolean {
  const chain = requestChain(lines);
  return chain !== null && chain.slice(0, REQUEST_CATEGORIES.length).every((k, i) => k === REQUEST_CATEGORIES[i]) && (chain.length === REQUEST_CATEGORIES.length || chain.at(-1) === 'total');
}

/**
 * Table 三's columns in the order the header band's lines chain them: every leaf (总计 included, when
 * its pieces share lines with the others': '其 人 计' prints 其他 before 自然人 before 总计), else the
 * categories alone (总计 then stands where the values put it, last), else null.
 */
export const requestChain = memoByObject((lines: readonly Line[]): string[] | null => {
  const head = headerLines(lines);
  return lineChain(head, REQUEST_WORDS, requestKey, REQUEST_LEAVES) ?? lineChain(head, REQUEST_WORDS, requestKey, REQUEST_CATEGORIES);
});

/**
 * Table 三's categories as the band's lines order them where they do, the template's order where they
 * do not (a cell wrapped onto more lines than its neighbour shares no line with it: '人 商业' / '企业' /
 * '社会公 科研 法律服 其' orders 科研机构 after 社会公益组织, says nothing of 商业企业 and 社会公益组织).
 * Null on no tracing, tracings that disagree, or relations in a cycle. Never a confirmation of the
 * template's order: only where it differs is it read (map/column-order).
 */
export const requestLooseChain = memoByObject((lines: readonly Line[]): string[] | null => lineChain(headerLines(lines), REQUEST_WORDS, requestKey, REQUEST_CATEGORIES, true));

/** The header band up to its first line of values, a lone number too (a dump of one cell per line). */
export function headerLines(lines: readonly Line[]): string[] {
  const band = headerBand(lines);
  const end = band.findIndex((t) => /^[\s\d.,-]*\d[\s\d.,-]*$/.test(t));
  return end < 0 ? band : band.slice(0, end);
}
