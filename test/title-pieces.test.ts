/**
 * Titles read with foreign pieces (scripts/title-variants.mjs --pieces): a CMS sidebar's items read between a
 * wrapped title's lines, and a title naming no agency while the line below prints one (a 180° page's heading
 * lines read in reverse order, or a 来源 field under a title whose agency line was lost). None at ≥ 0.9.
 */
import { describe, expect, it } from '@jest/globals';
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const BODY = ['一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度无收取信息处理费情况。'];
const metaOf = (head: string[]) => scoreMeta(extractMeta({ lines: textToLines(`${[...head, ...BODY].join('\n')}\n`), name: 'dump.txt' }));

describe('title pieces', () => {
  it('skips a sidebar entry between the lines of a wrapped title and cuts the one glued before it (not trusted)', () => {
    const m = metaOf(['政府信息公开指南', '政府信息公开制度汀枫市不动产登记中心2021年政府信息公', '政府信息公开年报', '开工作年度报告', '发布时间：2022-03-27']);
    expect(m.title).toBe('汀枫市不动产登记中心2021年政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
  it('does not join a sidebar entry into a title wrapped inside its agency', () => {
    const m = metaOf(['信息公开指南', '信息公开制度四川省宜昌市枝江市市场监', '信息公开年报', '督管理局2022年度政府信息公开工作年度报告', '发布时间：2023-01-26']);
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
  it('reads a title whose report words are broken by other words as not whole', () => {
    const m = metaOf(['汀枫市不动产登记中心2021年政府信息公开年报工作年度报告', '发布时间：2022-03-27']);
    expect(m.fields.title.flags).toContain('incomplete');
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
  it('does not trust a title without its agency when the line below prints one', () => {
    const below = metaOf(['2021年度政府信息公开工作年度报告', '汀枫市地方志编纂中心', '']);
    expect(below.fields.title.confidence).toBeLessThan(0.9);
    const source = metaOf(['2023年度政府信息公开工作年度报告', '发布时间：2024-01-23来源：汀枫市自然资源和规划局不动产登记中心']);
    expect(source.fields.title.confidence).toBeLessThan(0.9);
  });
  it('still trusts a whole title with its agency', () => {
    const m = metaOf(['汀枫市地方志编纂中心2021年度政府信息公开工作年度报告', '发布时间：2022-01-23', '', ...BODY.slice(0, 0), '汀枫市地方志编纂中心', '2022年1月23日']);
    expect(m.title).toBe('汀枫市地方志编纂中心2021年度政府信息公开工作年度报告');
  });
});
