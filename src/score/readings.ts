/**
 * @file Two readings of one document (LoadedDocument.alternative: an HTML page that is a PDF
 * converted to positioned text, read as a web page's flow and as positioned text items) compared
 * through their scored reports: the one confirming more values is kept, and a value the other
 * reading confirms as something else is not trusted in it — both readings passed the trust rule,
 * so one of them confirms a wrong value, and nothing tells which.
 */
import type { Report } from '../schema/report.js';
import { pushAll } from '../_internal/extremes.js';

/** Confidence the trust rule reserves for confirmed values. */
const CONFIRMED = 0.9;
/** Confidence a value two readings confirm differently is held to (score/index GUESS_CAP). */
const DISAGREEING_CAP = 0.85;

/** Confidence a value is held to where the other reading joined a wrapped number's pieces to another value (below 0.8). */
const PIECED_CAP = 0.7;

/** How many values a report confirms (confidence ≥ 0.9). */
export function confirmedCount(report: Report): number {
  return Object.values(report.fields).filter((f) => f.confidence >= CONFIRMED).length;
}

/** Identities that hold between values both read (printed total and the parts' sum). */
function heldCount(report: Report): number {
  return report.checks.filter((c) => c.ok && c.expected !== null && c.actual !== null).length;
}

/** Values read (not missing, not ambiguous). */
function readCount(report: Report): number {
  return Object.values(report.fields).filter((f) => f.confidence > 0).length;
}

/** Table 三's keys. */
const REQUESTS = 'requests.';

/** Identities that break between values both read. */
function brokenCount(report: Report): number {
  return report.checks.filter((c) => !c.ok && c.expected !== null && c.actual !== null).length;
}

/**
 * Whether the report reads every value of table 三 (the table a text dump's boxes read: tables/box-pages) and every
 * identity of it holds: a reading the boxes cannot outweigh by `identitiesOutweigh` (an identity is checked only where its
 * values were read: a reading with values missing holds all it checks and may still lose).
 */
export function allIdentitiesHold(report: Report): boolean {
  const requests = Object.entries(report.fields).filter(([k]) => k.startsWith(REQUESTS));
  return report.checks.length > 0 && heldCount(report) === report.checks.length && requests.length > 0 && requests.every(([, f]) => f.confidence > 0);
}

/**
 * Whether reading `a` of a PDF text dump outweighs `b` (its paragraph rows against its text boxes: load/load-text): more
 * identities holding between read values less those breaking, then more values confirmed, then more read. A box reading
 * places each count by the trees of its page and holds its values below 0.9 (tables/box-pages), so values confirmed
 * alone weigh it short (fresh50 k2 pdf2txt-L0.3-full f03: 19 confirmed, 14 identities held by the paragraphs against 15
 * and 40 by the boxes, which read 186 of 198 values right; 2026-12-06 miner52).
 */
export function identitiesOutweigh(a: Report, b: Report): boolean {
  const [x, y] = [a, b].map((r) => [heldCount(r) - brokenCount(r), confirmedCount(r), readCount(r)]);
  const k = x!.findIndex((v, i) => v !== y![i]);
  return k >= 0 && x![k]! > y![k]!;
}

/**
 * Whether reading `a` of a searchable scan outweighs `b` (this OCR's reading of the picture against the set-aside
 * layer's, both OCR): more values confirmed, then more identities holding between read values, then more values
 * read. A tesseract layer (psm 6) loses most table values; this OCR loses a table now and then (gen60 tess-pdf).
 */
export function outweighs(a: Report, b: Report): boolean {
  const [x, y] = [[confirmedCount(a), heldCount(a), readCount(a)], [confirmedCount(b), heldCount(b), readCount(b)]];
  const k = x.findIndex((v, i) => v !== y[i]);
  return k >= 0 && x[k]! > y[k]!;
}

/** The value of a dotted key in the report's data. */
function valueOf(report: Report, key: string): unknown {
  let at: unknown = report.data;
  for (const part of key.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}

/**
 * True when number `mine` is the head of number `theirs` — their digits begin with its digits and go on ('164' of '164032',
 * '82' of '82858.53'): a piece of a number the converter set as two elements ('164' / ',032' beside it on one line of a
 * pdftohtml -s page, read as a web page, two lines), whichever reading is kept, the piece read as the whole.
 */
function headOf(mine: unknown, theirs: unknown): boolean {
  if (typeof mine !== 'number' || typeof theirs !== 'number') return false;
  const [a, b] = [String(mine), String(theirs)];
  return b.length > a.length && b.startsWith(a);
}

/**
 * Caps below 0.9 (flag `unconfirmed`, warning `readings_disagree`) every value `kept` confirms
 * that `other` confirms with another value; the report's confidence is computed again. Returns the keys capped.
 */
export function capDisagreeing(kept: Report, other: Report, readings = 'the page read as a web page and as positioned text'): string[] {
  const keys = Object.keys(kept.fields).filter((k) => {
    const [mine, theirs] = [kept.fields[k]!, other.fields[k]];
    return mine.confidence >= CONFIRMED && theirs !== undefined && theirs.confidence >= CONFIRMED && valueOf(kept, k) !== valueOf(other, k);
  });
  // A value the other reading joined from the pieces of a number wrapped in its cell ('4,69' / '0'; flag `joined`) and
  // this one read otherwise — maybe one of the pieces, the '0' beside 行政许可 at 0.95 of a pdftohtml -s page read as a web page.
  const pieced = Object.keys(kept.fields).filter((k) => {
    const [mine, theirs] = [kept.fields[k]!, other.fields[k]];
    return !keys.includes(k) && mine.confidence > PIECED_CAP && (theirs?.flags.includes('joined') === true || headOf(valueOf(kept, k), valueOf(other, k))) && valueOf(other, k) != null && valueOf(kept, k) !== valueOf(other, k);
  });
  if (keys.length === 0 && pieced.length === 0) return keys;
  for (const k of keys) {
    const f = kept.fields[k]!;
    kept.fields[k] = { ...f, confidence: DISAGREEING_CAP, flags: [...new Set([...f.flags, 'unconfirmed' as const])].sort() };
  }
  for (const k of pieced) {
    const f = kept.fields[k]!;
    kept.fields[k] = { ...f, confidence: PIECED_CAP, flags: [...new Set([...f.flags, 'unconfirmed' as const])].sort() };
  }
  pushAll(keys, pieced);
  const all = Object.values(kept.fields);
  kept.confidence = all.length ? Math.round((all.reduce((s, f) => s + f.confidence, 0) / all.length) * 1000) / 1000 : 0;
  kept.warnings.push({ code: 'readings_disagree', message: `${readings} confirms ${keys.length} value(s) differently: not trusted`, keys });
  return keys;
}
