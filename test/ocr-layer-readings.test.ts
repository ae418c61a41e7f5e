/**
 * A searchable scan read under `ocr: 'auto'` (issue 18, scan44; gen60 tess-pdf): this OCR's reading of the picture and
 * the set-aside tesseract layer's are both assembled, the one that outweighs the other kept (score/readings `outweighs`:
 * confirmed values, then identities holding between read values, then values read); another program's OCR has its
 * unconfirmed values capped (score/speckled `foreignOcr`).
 */
import { outweighs } from '../src/score/readings.js';
import { foreignOcr } from '../src/score/speckled.js';
import type { Report } from '../src/schema/report.js';
import { textToLines } from '../src/layout/text-to-lines.js';

const report = (confirmed: number, read: number, held: number): Report =>
  ({
    fields: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, { confidence: i < confirmed ? 0.95 : i < read ? 0.75 : 0, flags: [] }])),
    checks: Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, ok: i < held, expected: 1, actual: 1, keys: [] })),
  }) as unknown as Report;

describe('outweighs (a searchable scan read two ways)', () => {
  it('keeps the reading that confirms more values', () => {
    expect(outweighs(report(5, 6, 0), report(2, 10, 4))).toBe(true);
  });
  it('then the one whose identities hold between more read values (a table this OCR lost, the layer read)', () => {
    expect(outweighs(report(0, 4, 3), report(0, 9, 1))).toBe(true);
  });
  it('then the one reading more values; on a tie the first (this OCR) stays', () => {
    expect(outweighs(report(0, 9, 1), report(0, 4, 1))).toBe(true);
    expect(outweighs(report(1, 4, 1), report(1, 4, 1))).toBe(false);
  });
});

describe('foreignOcr (another program\'s OCR in the document)', () => {
  it('tells the lines of an OCR text dump from printed ones', () => {
    const dump = ['2019 年 新 疆 生 产 建设 兵团 第 二 师 铁 门 关 市 人 民政 府 政府 信息 公', '盏   人   ae   N   =', ...Array.from({ length: 8 }, () => '     本 机 关 坚 持 以 公开 为 常态 、 不 公开 为 例外 ， 全 年 主动 公开 政府 信息 。')];
    expect(foreignOcr(textToLines(dump.join('\n')))).toBe(true);
    expect(foreignOcr(textToLines('本机关坚持以公开为常态、不公开为例外。\n规章  1  2  3'))).toBe(false);
  });
});
