/**
 * OCR'd values of a speckled copy (`score/speckled.ts`): below the 0.8 band unless an identity
 * through the field holds; other documents' values are untouched.
 */
import { capImplausible, capSpeckled, implausibleLength, OCR_SPECKLED_CAP, speckledCopy } from '../src/score/speckled.js';
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

  it('should take a value one digit longer led by 1, or two digits longer, than its row for implausible', () => {
    expect(implausibleLength(13935, [3763, 5])).toBe(true);
    expect(implausibleLength(2318, [2, 0])).toBe(true);
    expect(implausibleLength(3935, [3763, 5])).toBe(false);
    expect(implausibleLength(35, [3, 1])).toBe(false);
    expect(implausibleLength(15, [3, 1])).toBe(true);
    expect(implausibleLength(7, [])).toBe(false);
  });

  it('should cap unconfirmed OCR values of implausible length in any scan, not confirmed or text-layer ones', () => {
    const fields: Record<string, FieldInfo> = {
      'activeDisclosure.licensing.prevItems': field(0.85),
      'activeDisclosure.licensing.change': field(0.85),
      'activeDisclosure.licensing.decisions': field(0.85),
      'activeDisclosure.punishment.prevItems': field(0.85, []),
      'activeDisclosure.punishment.change': field(0.85, []),
      'requests.granted.naturalPerson': field(0.9),
      'requests.granted.total': field(0.9),
    };
    const values = new Map<string, number | null>([
      ['activeDisclosure.licensing.prevItems', 13935],
      ['activeDisclosure.licensing.change', 5],
      ['activeDisclosure.licensing.decisions', 3940],
      ['activeDisclosure.punishment.prevItems', 12000],
      ['activeDisclosure.punishment.change', 5],
      ['requests.granted.naturalPerson', 1200],
      ['requests.granted.total', 3],
    ]);
    const checks = [check(['requests.granted.naturalPerson', 'requests.granted.total'], true), check(['requests.granted.total', 'requests.granted.naturalPerson'], true)];
    expect(capImplausible(fields, values, Object.keys(fields), checks)).toEqual(['activeDisclosure.licensing.prevItems']);
    expect(fields['activeDisclosure.licensing.prevItems']!.confidence).toBe(OCR_SPECKLED_CAP);
    expect(fields['activeDisclosure.licensing.decisions']!.confidence).toBe(0.85);
  });
});
