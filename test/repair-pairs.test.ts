/**
 * Values the identities chose between readings that each keep them, held below 0.8:
 * - pypdf `extract_text()` of a Chromium print glues the cells of narrow columns whose runs touch, the same
 *   gap on row after row: '一、本年新收… 103 45 0 4 19 16187' (16 | 187) and '（七）总计 106 46 0 4 19 16191'
 *   (16 | 191). Each row read whole with its 其他 cell missing keeps its own total, and the two confirm
 *   each other through 一 + 二 = 总计 + 四 (16187 + 4 = 16191 + 0) as 187 + 4 = 191 + 0 does: a repair
 *   confirmed only through other repairs is no evidence (score `REPAIR_UNCONFIRMED_CAP`).
 * - PDFBox `-sort` of a LibreOffice print of a zeros-blank table 三 whose 其他 header is printed
 *   '其他法' / '人或其' / '他组织' under the group header 法人或其他组织: its columns read one off, and
 *   no identity reaching other rows holds (the other rows short of cells): only each row's own total,
 *   which holds in any order (score `ORDER_UNCHECKED_CAP`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';
import { extract, flattenData } from '../src/index.js';

const FIXTURES = join(ROOT, 'test', 'fixtures');
const high = (fields: object, key: string): boolean => ((fields as Record<string, { confidence: number } | undefined>)[key]?.confidence ?? 0) >= 0.8;

describe('values chosen between readings that both keep the identities', () => {
  it('should hold a fused pair read whole with a cell missing below 0.8, or read it right', async () => {
    const rep = await extract(readFileSync(join(FIXTURES, 'pypdf-fused-pair.txt')), { name: 'pypdf-fused-pair.txt' });
    const got = flattenData(rep.data);
    const truth: Record<string, number> = { 'requests.newReceived.total': 187, 'requests.newReceived.otherOrg': 16, 'requests.totalHandled.total': 191 };
    for (const [key, want] of Object.entries(truth)) {
      if (got.get(key) !== want) expect({ key, high: high(rep.fields, key) }).toEqual({ key, high: false });
    }
  });

  it('should hold table 三 read in an unconfirmed column order, no identity reaching other rows, below 0.8', async () => {
    const rep = await extract(readFileSync(join(FIXTURES, 'pdfbox-sort-other-org-pieces.txt')), { name: 'pdfbox-sort-other-org-pieces.txt' });
    const got = flattenData(rep.data);
    const truth: Record<string, number> = { naturalPerson: 141, commercial: 28, research: 4, socialOrg: 7, legalService: 13, otherOrg: 9, total: 202 };
    for (const [col, want] of Object.entries(truth)) {
      const key = `requests.newReceived.${col}`;
      if (got.get(key) !== want) expect({ col, high: high(rep.fields, key) }).toEqual({ col, high: false });
    }
  });
});
