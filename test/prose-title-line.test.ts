/**
 * A report whose title line was lost (a LibreOffice print of a page whose <h1> came first prints a blank first page and drops
 * it; a crawler's dump that cut the heading): the nearest line ending in the report's words is the opening sentence's,
 * citing the State Council's notice ('…办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》'). It reads
 * `incomplete` (no year, a bracket it never opens) — no title as printed — and stays below 0.8 (score/meta TRIMMED).
 */
import { describe, expect, it } from '@jest/globals';
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const BODY = ['一、总体情况', '本年度，示例市东区农业农村局持续深化政务公开。', '六、其他需要报告的事项', '无。'];
const metaOf = (head: string[]) => scoreMeta(extractMeta({ lines: textToLines(`${[...head, ...BODY].join('\n')}\n`), name: 'dump.txt' }));

describe('a line of the opening sentence read for a lost title', () => {
  it('is not whole and stays below 0.8', () => {
    const m = metaOf([
      '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与',
      '政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函',
      '〔2021〕30 号）要求编制。本报告中所列数据的统计期限自 2025 年 1 月 1 日起至 2025 年 12 月 31 日止。',
    ]);
    // Whatever line is taken, it is no title of this report: not trusted.
    if (m.title !== null) {
      expect(m.fields.title.flags).toContain('incomplete');
      expect(m.fields.title.confidence).toBeLessThan(0.8);
    }
  });

  it('keeps a whole title printed alone at its level (control)', () => {
    const m = metaOf(['示例市东区农业农村局2025年政府信息公开工作年度报告', '发布时间：2026-01-20']);
    expect(m.title).toBe('示例市东区农业农村局2025年政府信息公开工作年度报告');
    expect(m.fields.title.flags).not.toContain('incomplete');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.85);
  });
});
