/**
 * A table 三 row read with every cell blank (its label only) that no identity reaching other rows confirms (score/index.ts
 * EMPTY_ROW_CAP): `pdftotext -layout -fixed 6` of a Chromium print writes a tall row's vertically centred values on another
 * line than its label ('4.保护第三方合法权益' alone, its '1 1 2' between the next row's lines: breaker44 g62 ptt-fixed6/r14).
 * Its 0s had been read at 0.85 `blank` for 1 · 1 · 2: its own total (0 = 0) is no evidence.
 */
import { readFileSync } from 'node:fs';
import { extract, flattenData } from '../src/index.js';

describe('a table 三 row read all blank beside values printed on another line', () => {
  it('should not read its printed values as blank 0s at ≥ 0.8', async () => {
    const rep = await extract(readFileSync('test/fixtures/fixed6-centred-row-values.txt'), { name: 'r14.txt' });
    const got = flattenData(rep.data);
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const [c, want] of [['legalService', 1], ['otherOrg', 1], ['total', 2]] as const) {
      const k = `requests.denied.thirdPartyRights.${c}`;
      if (got.get(k) !== want) expect([k, (fields[k]?.confidence ?? 0) < 0.8]).toEqual([k, true]);
    }
  });
});
