/**
 * @file Totals stated in the report's own words ('本年度共收到70件申请，办结69件，1件结转下年度继续办理')
 * as extra constraints for the solver. They are used only to choose among readings the table's
 * identities leave open (fused digit runs), never to overwrite a printed value; a field chosen
 * this way is flagged `narrative` and capped below 0.9 (see score/); one derived from a stated total through the
 * identities (no cell of its own read) is capped lower still (score/ NARRATIVE_DERIVED_CAP).
 */
import { toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import type { Identity } from '../template/index.js';
import { solve, type Group, type SolvedField, type SolveStats } from '../solve/index.js';

/** Dotted key → the patterns that state it; the number is the first capture group. */
const STATED: readonly [string, RegExp][] = [
  ['requests.newReceived.total', /(?:共|累计|全年|新)收到(?:各类|政府信息公开|依申请公开)*(?:申请)?(?:共|合计)?\s*(\d+)\s*件/],
  ['requests.carriedOver.total', /上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?\s*(\d+)\s*件/],
  ['requests.totalHandled.total', /(?:办结|办理完毕|答复)(?:政府信息公开)?(?:申请)?\s*(\d+)\s*件/],
  ['requests.carriedForward.total', /(?<!\d)(\d+)\s*件(?:申请)?(?:结转|转入)(?:至)?下一?年度?|结转(?:至)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?\s*(\d+)\s*件/],
  ['requests.granted.total', /予以公开\s*(\d+)\s*件/],
  ['requests.partiallyGranted.total', /部分公开\s*(\d+)\s*件/],
  ['reviewLitigation.review.total', /(?:收到|办理|发生|共有)(?:涉及)?(?:政府信息公开)?(?:的)?行政复议(?:案件|申请)?\s*(\d+)\s*[件起]/],
];

/** Prefix of the solver's pseudo-keys that hold stated totals. */
export const STATED_PREFIX = 'stated:';

/** A row's values at a line's end: two numbers or more, one space or more apart, each maybe with its unit ('5件 1件 6件'). */
const ROW_VALUES = /(?:^|\s)\d[\d,]*(?:\.\d+)?\s*件?(?:\s+(?:\d[\d,]*(?:\.\d+)?\s*件?|[/／]))+\s*$/;
/** A row label of table 三 the line starts with ('四、结转下年度继续办理 6件'): a row, not a sentence. */
const ROW_LABEL = /^\s*(?:\d{1,3}\s+)?[一二四][、，,.．]\s*(?:本年新收|上年结转|结转下年度)/;
/** A text line that is a table row printed as text (`pdftotext -raw`, PDFBox: cells one space apart): its numbers state no total. */
const isRowText = (l: Line): boolean => ROW_VALUES.test(toHalfWidth(l.cells.join(' '))) || ROW_LABEL.test(toHalfWidth(l.cells.join(' ')));

/** Totals the narrative states, from lines that are running text (not table rows, also not those a dump printed as text). */
export function statedTotals(lines: readonly Line[]): Map<string, number> {
  const text = toHalfWidth(lines.filter((l) => !l.separated && !isRowText(l)).map((l) => l.cells.join('')).join('\n'));
  const out = new Map<string, number>();
  for (const sentence of text.split(/[。；;\n]/)) {
    for (const [key, re] of STATED) {
      const m = re.exec(sentence);
      const n = m ? Number(m[1] ?? m[2]) : NaN;
      if (!out.has(key) && Number.isFinite(n)) out.set(key, n);
    }
  }
  return out;
}

/** Each stated total as a fixed pseudo-field and an identity `key = stated`. */
export function statedConstraints(stated: ReadonlyMap<string, number>): { groups: Group[]; identities: Identity[] } {
  const groups: Group[] = [];
  const identities: Identity[] = [];
  for (const [key, value] of stated) {
    const pseudo = `${STATED_PREFIX}${key}`;
    groups.push({ id: pseudo, keys: [pseudo], candidates: [{ cells: [{ value, flags: [] }], cost: 0 }] });
    identities.push({ id: pseudo, total: key, parts: [pseudo] });
  }
  return { groups, identities };
}

/**
 * Fields the identities leave ambiguous may be settled by totals the narrative states: the tables
 * are solved again with those totals as constraints, and taken only when every stated total is
 * met and no more identities break than before.
 */
export function narrowByStatedTotals(fields: Map<string, SolvedField>, stats: SolveStats, groups: readonly Group[], identities: readonly Identity[], lines: readonly Line[]): void {
  const open = [...fields].filter(([, f]) => f.flags.includes('ambiguous')).map(([k]) => k);
  if (open.length === 0) return;
  const stated = statedTotals(lines);
  if (stated.size === 0) return;
  const extra = statedConstraints(stated);
  const again = solve([...groups, ...extra.groups], [...identities, ...extra.identities]);
  const met = [...stated].every(([k, v]) => again.fields.get(k)?.value === v);
  if (!met) return;
  const settled = open.flatMap((key) => {
    const f = again.fields.get(key);
    return f && !f.flags.includes('ambiguous') ? [[key, f] as const] : [];
  });
  // (Nothing settled: nothing to weigh. The violations of a solve too large to enumerate are counted
  // only when read — a prefix of its combinations enumerated, ~1 s of one core, solve/index.ts `enumerate`.)
  if (settled.length === 0 || again.stats.violations > stats.violations) return;
  for (const [key, f] of settled) fields.set(key, { ...f, flags: [...f.flags, 'narrative'] });
}
