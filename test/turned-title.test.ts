/**
 * Titles of turned pages in `pdftotext -layout` dumps (issue 15, scripts/turned-title-variants.mjs): the
 * title's words before its year come out of the turned page's columns, reversed ('于关会员委革改和展发县门石')
 * or scrambled around a number in the name ('局 第县石青 1 2023'). Read backwards into a name another place
 * prints, the title is read so; otherwise it is `misordered`, ≤ 0.5 — never a title at ≥ 0.9.
 */
import { describe, expect, it } from '@jest/globals';
import { textToLines } from '../src/layout/text-to-lines.js';
import { unmirrorLines } from '../src/layout/mirrored-runs.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const BODY = ['况情体总、一', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度无收取信息处理费情况。'];
/** As the text loader reads a dump: mirrored lines turned back first (layout/mirrored-runs). */
const metaOf = (head: string[], signOff: string) => scoreMeta(extractMeta({ lines: textToLines(unmirrorLines(`${[...head, ...BODY, '', `                    ${signOff}`, '                    2022年1月15日'].join('\n')}\n`)), name: 'dump.txt' }));

describe('a turned page title in a layout dump', () => {
  it('reads a head line reversed as a whole backwards when the sign-off prints that name', () => {
    const m = metaOf(['当前位置：首页 > 政务公开 > 政府信息公开年报', '于关会员委革改和展发县门石               2021', '                               作工开公息信府政年', '                       告报度年'], '石门县发展和改革委员会');
    expect(m.title).toBe('石门县发展和改革委员会关于2021年政府信息公开工作年度报告');
    expect(m.fields.title.flags).not.toContain('misordered');
  });
  it('does not trust a title whose name comes out scrambled around its number', () => {
    const m = metaOf(['当前位置：首页 > 政务公开 > 政府信息公开年报', '局 第县石青        1 2021', '                   工开公息信府政年', '                告报度年作'], '青石县第1局');
    expect(m.fields.title.flags).toContain('misordered');
    expect(m.fields.title.confidence).toBeLessThanOrEqual(0.5);
    expect(m.agency).toBe('青石县第1局');
  });
  it('still trusts a title read forward', () => {
    const m = metaOf(['当前位置：首页 > 政务公开 > 政府信息公开年报', '石门县发展和改革委员会关于2021年政府信息公开工作年度报告'], '石门县发展和改革委员会');
    expect(m.fields.title.flags).not.toContain('misordered');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
