/**
 * @file OCR'd values of a speckled copy (`ocr/specks.ts`: thousands of toner specks a page, cleared
 * before the cells are read; `OcrCellInfo.speckled`). A speck left beside a digit, or noise the
 * cell reader's ink box took in, reads as a digit of the number ('1' + the value, '3969' + a
 * stray '2' for 960): such a reading is no more likely than not unless an identity through the
 * field confirms it. Below the 0.8 band: scan40's speckled breakit59-like scans (Chromium A4 prints,
 * 100–150 dpi) had table 二 values no identity reaches wrong at 0.835–0.85.
 */
import type { Check, FieldInfo } from '../schema/report.js';
import type { Line } from '../model/document.js';

/** The most an unconfirmed OCR'd value of a speckled copy is trusted. */
export const OCR_SPECKLED_CAP = 0.75;

/** Whether any OCR'd cell of the document was read on a speckled copy. */
export const speckledCopy = (lines: readonly Line[]): boolean => lines.some((l) => l.ocr?.some((c) => c.speckled === true) === true);

/**
 * Whether the document's OCR is another program's (`OcrCellInfo.foreign`): tesseract's psm 6 layer splits and drops
 * digits of cells no identity reaches ('11' read '1': tess40 saw 4 such table 二 values wrong at 0.85 on held-out
 * tess-pdf); its unconfirmed values are capped as a speckled copy's.
 */
export const foreignOcr = (lines: readonly Line[]): boolean => lines.some((l) => l.ocr?.some((c) => c.foreign === true) === true);

/**
 * Whether the document's OCR read a table printed small for its scan (`OcrCellInfo.smallPrint`: 6.5–8 pt at
 * 100 dpi): a faint leading '1' lost, a '1' read '3' ('144' for 1144, '3005' for 1085 at 0.85 in table 二,
 * where no identity shows it); its unconfirmed values are capped as a speckled copy's.
 */
export const smallPrintOcr = (lines: readonly Line[]): boolean => lines.some((l) => l.ocr?.some((c) => c.smallPrint === true) === true);

/**
 * Caps every OCR'd value of `keys` that no identity confirms (one through it fails, or none holds
 * whose other members were read)
 * at `OCR_SPECKLED_CAP`; returns the keys capped. The report's confidence is the caller's to recompute.
 */
export function capSpeckled(fields: Record<string, FieldInfo>, keys: readonly string[], checks: readonly Check[]): string[] {
  const unconfirmed = unconfirmedOcr(fields, checks);
  const capped = keys.filter(unconfirmed);
  for (const k of capped) fields[k] = { ...fields[k]!, confidence: OCR_SPECKLED_CAP };
  return capped;
}

/**
 * Whether a field is an OCR'd value above `OCR_SPECKLED_CAP` that no identity confirms: one through
 * it fails, or none holds whose other members were read (a derived member makes it hold whatever was read).
 */
export function unconfirmedOcr(fields: Record<string, FieldInfo>, checks: readonly Check[]): (k: string) => boolean {
  const through = new Map<string, Check[]>();
  for (const c of checks) for (const k of c.keys) (through.get(k) ?? through.set(k, []).get(k)!).push(c);
  return (k) => {
    const f = fields[k];
    if (!f || f.confidence <= OCR_SPECKLED_CAP || !f.flags.includes('ocr')) return false;
    const cs = through.get(k) ?? [];
    const read = (c: Check): boolean => c.keys.every((o) => o === k || (fields[o] !== undefined && !fields[o]!.flags.includes('derived')));
    return cs.some((c) => !c.ok) || !cs.some((c) => c.ok && read(c));
  };
}

/** Digits of an integer's magnitude. */
const digits = (v: number): string => String(Math.abs(Math.trunc(v)));

/**
 * Whether OCR'd `value` is unlike the other values read in its row (`others`, at least one): two
 * digits longer than the longest of them, or one digit longer and led by '1' (a ruling or a speck
 * beside the number read as a leading '1': '13935' for 3935, '2318' for 2 in a row of one-digit values).
 */
export function implausibleLength(value: number, others: readonly number[]): boolean {
  if (others.length === 0 || !Number.isInteger(value)) return false;
  const d = digits(value);
  const longest = others.reduce((m, o) => Math.max(m, digits(o).length), 0);
  return d.length >= longest + 2 || (d.length === longest + 1 && d.length >= 2 && d.startsWith('1'));
}

/**
 * Caps at `OCR_SPECKLED_CAP` the OCR'd values of any scan that no identity confirms and whose digit
 * count is implausible against the other values read in their template row (`implausibleLength`):
 * breakit60's scans had such values wrong at 0.85 (a border read as a leading 1, a small cell read as
 * a long number). Returns the keys capped.
 */
export function capImplausible(fields: Record<string, FieldInfo>, values: ReadonlyMap<string, number | null>, keys: readonly string[], checks: readonly Check[]): string[] {
  const unconfirmed = unconfirmedOcr(fields, checks);
  const row = (k: string): string => k.slice(0, k.lastIndexOf('.'));
  const rows = new Map<string, string[]>();
  for (const k of keys) (rows.get(row(k)) ?? rows.set(row(k), []).get(row(k))!).push(k);
  const capped = keys.filter((k) => {
    const v = values.get(k);
    if (typeof v !== 'number' || !unconfirmed(k)) return false;
    const others = rows.get(row(k))!.flatMap((o) => {
      const [f, w] = [fields[o], values.get(o)];
      return o !== k && f && typeof w === 'number' && !f.flags.includes('derived') ? [w] : [];
    });
    return implausibleLength(v, others);
  });
  for (const k of capped) fields[k] = { ...fields[k]!, confidence: OCR_SPECKLED_CAP };
  return capped;
}
