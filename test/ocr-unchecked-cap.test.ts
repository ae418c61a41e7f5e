/**
 * An OCR value no identity reaches (table 二's counts and amount) has nothing that could ever confirm it, so it stays
 * below 0.8 (score capFor: DECIPHERED_CAP for `ocr` with no check). scan55's held-out scan read table 二's '33' for 53
 * and '913' for 933 at 0.85, the OCR cap for values identities do reach.
 */
import { scoreConfidence } from '../src/score/index.js';
import type { Placement } from '../src/map/index.js';
import type { SolvedField } from '../src/solve/index.js';

const KEY = 'activeDisclosure.licensing.decisions';
const placement: Placement = { by: 'label', labelScore: 1, source: { line: 3, text: '行政许可 913' } };
const field = (flags: string[]): SolvedField => ({ value: 913, flags }) as unknown as SolvedField;

describe('an OCR value no identity reaches', () => {
  it('should stay below 0.8, where the same value read from a text layer keeps its confidence', () => {
    const ocr = scoreConfidence([KEY], new Map([[KEY, field(['ocr'])]]), new Map([[KEY, placement]]), []).fields[KEY]!;
    const text = scoreConfidence([KEY], new Map([[KEY, field([])]]), new Map([[KEY, placement]]), []).fields[KEY]!;
    expect(ocr.confidence).toBeLessThan(0.8);
    expect(text.confidence).toBeGreaterThanOrEqual(0.85);
  });
});
