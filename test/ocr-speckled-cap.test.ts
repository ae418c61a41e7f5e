/**
 * OCR'd values of a speckled copy (`score/speckled.ts`): below the 0.8 band unless an identity
 * through the field holds; other documents' values are untouched.
 */
import { capSpeckled, OCR_SPECKLED_CAP, speckledCopy } from '../src/score/speckled.js';
import type { Check, FieldInfo } from '../src/schema/report.js';
import type { Line } from '../src/model/document.js';

const field = (confidence: number, flags: FieldInfo['flags'] = ['ocr']): FieldInfo => ({ confidence, flags });
const check = (keys: string[], ok: boolean): Check => ({ identity: 'x', keys, ok, expected: 0, actual: 0 }) as unknown as Check;

describe('speckled copies: unconfirmed OCR values below 0.8', () => {
  it('should cap OCR values no identity confirms, keeping confirmed ones and text-layer values', () => {
    const fields: Record<string, FieldInfo> = {
      'activeDisclosure.punishment.decisions': field(0.835),
      'requests.newReceived.total': field(0.85),
      'requests.carriedOver.total': field(0.85),
      'requests.granted.total': field(0.95),
      'activeDisclosure.licensing.decisions': field(0.85, []),
      'requests.unavailable.unclear.otherOrg': field(0.85),
      'requests.unavailable.unclear.total': field(0.7, ['derived', 'ocr']),
    };
    const checks = [
      check(['requests.newReceived.total', 'requests.granted.total'], true),
      check(['requests.carriedOver.total'], false),
      // Holds only through a derived member: confirms nothing.
      check(['requests.unavailable.unclear.otherOrg', 'requests.unavailable.unclear.total'], true),
    ];
    const capped = capSpeckled(fields, Object.keys(fields), checks);
    expect(capped.sort()).toEqual(['activeDisclosure.punishment.decisions', 'requests.carriedOver.total', 'requests.unavailable.unclear.otherOrg']);
    expect(fields['activeDisclosure.punishment.decisions']!.confidence).toBe(OCR_SPECKLED_CAP);
    expect(OCR_SPECKLED_CAP).toBeLessThan(0.8);
    expect(fields['requests.newReceived.total']!.confidence).toBe(0.85);
    expect(fields['requests.granted.total']!.confidence).toBe(0.95);
    expect(fields['activeDisclosure.licensing.decisions']!.confidence).toBe(0.85);
  });

  it('should know a speckled copy by its OCR cells only', () => {
    const line = (ocr?: Line['ocr']): Line => ({ text: '1 2', ocr }) as unknown as Line;
    expect(speckledCopy([line([{}, { speckled: true }])])).toBe(true);
    expect(speckledCopy([line([{}, {}]), line()])).toBe(false);
  });
});
