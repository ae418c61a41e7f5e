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
 * Caps every OCR'd value of `keys` that no identity confirms (one through it fails, or none holds
 * whose other members were read)
 * at `OCR_SPECKLED_CAP`; returns the keys capped. The report's confidence is the caller's to recompute.
 */
export function capSpeckled(fields: Record<string, FieldInfo>, keys: readonly string[], checks: readonly Check[]): string[] {
  const through = new Map<string, Check[]>();
  for (const c of checks) for (const k of c.keys) (through.get(k) ?? through.set(k, []).get(k)!).push(c);
  const capped = keys.filter((k) => {
    const f = fields[k];
    if (!f || f.confidence <= OCR_SPECKLED_CAP || !f.flags.includes('ocr')) return false;
    const cs = through.get(k) ?? [];
    // Confirmed: no identity through it fails, and one holds whose other members were read (a derived member makes it hold whatever was read).
    const read = (c: Check): boolean => c.keys.every((o) => o === k || (fields[o] !== undefined && !fields[o]!.flags.includes('derived')));
    return cs.some((c) => !c.ok) || !cs.some((c) => c.ok && read(c));
  });
  for (const k of capped) fields[k] = { ...fields[k]!, confidence: OCR_SPECKLED_CAP };
  return capped;
}
