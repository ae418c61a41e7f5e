/**
 * trust42: titles and amounts read whole at high confidence that were pieces (breaker42). A running header printed over
 * the title's lines (16 pt '<agency>政府信息公开' above the 22 pt '<agency>' / '<year>年度…报告': the agency line merged with it),
 * or a breadcrumb ending in the agency's first words, left the title without its agency at 0.95 (meta/head-above headAbove);
 * a header as big as the title read into it ('兴义市兴义市民族宗教…', headerInTitle); an amount whose decimals the dump cut
 * ('2476.' for 2476.81) read 2476 at 0.85 (score/index MARKED_OPEN_CAP).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';
import { scoreField } from '../src/score/index.js';
import type { Placement } from '../src/map/index.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.pdf' }));
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];
const SIGNED = ['霍林郭勒市住房和城乡建设局', '2022年3月25日'];

describe('a title whose agency is printed just above it, apart', () => {
  it.each([
    ['霍林郭勒市住房和城乡建设局政府信息公开霍林郭勒市住房和城乡建设局', '2021年度政府信息公开工作年度报告', '霍林郭勒市住房和城乡建设局2021年度政府信息公开工作年度报告'],
    ['2�021�霍林郭勒市住房和城乡建设局政府信息公开年霍林郭勒市住房和城乡建设局', '政府信息公开工作年度报告', '2021年霍林郭勒市住房和城乡建设局政府信息公开工作年度报告'],
    ['首页>政务公开>政府信息公开年报>霍林郭勒市', '住房和城乡建设局2021年度政府信息公开工作年度报告', '霍林郭勒市住房和城乡建设局2021年度政府信息公开工作年度报告'],
    ['首页>政务公开>政府信息公开年报>霍林郭勒市住房', '和城乡建设局2021年度政府信息公开工作年度报告', '霍林郭勒市住房和城乡建设局2021年度政府信息公开工作年度报告'],
    ['首页>政务公开>政府信息公开年报> 2021年霍林郭勒', '市住房和城乡建设局政府信息公开工作年度报告', '2021年霍林郭勒市住房和城乡建设局政府信息公开工作年度报告'],
  ])('should be put back together, below 0.9, when the sign-off names its agency (%s / %s)', (above, title, whole) => {
    const m = metaOf([above, title, ...BODY, ...SIGNED].join('\n'));
    expect(m.title).toBe(whole);
    expect(m.fields.title.confidence).toBe(0.85);
    expect(m.fields.title.flags).toContain('trimmed');
  });
  it('should keep a whole title under a header naming the agency', () => {
    const m = metaOf(['霍林郭勒市住房和城乡建设局政府信息公开', '霍林郭勒市住房和城乡建设局2021年度政府信息公开工作年度报告', ...BODY, ...SIGNED].join('\n'));
    expect(m.title).toBe('霍林郭勒市住房和城乡建设局2021年度政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('should keep a title naming no agency with nothing of it above (at 0.85: it names no agency, score/meta headlessTitle)', () => {
    const m = metaOf(['网站首页 > 政务公开 > 年度报告', '2021年度政府信息公开工作年度报告', ...BODY, ...SIGNED].join('\n'));
    expect(m.title).toBe('2021年度政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a running header read into the title', () => {
  it('should be put back together when the sign-off names the agency printed twice', () => {
    const m = metaOf(['兴义市兴义市民族宗教事务委员会民族宗教事务委员会2022年度政府信息公开工作年度报告', ...BODY, '兴义市民族宗教事务委员会', '2023年3月25日'].join('\n'));
    expect(m.title).toBe('兴义市民族宗教事务委员会2022年度政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBe(0.85);
  });
  it('should read a sign-off name beside the running header printed over its page', () => {
    const m = metaOf(['弥勒市白沙镇人民政府2021年政府信息公开工作年度报告', ...BODY, '弥勒市白沙镇人民政府政府信息公开\t弥勒市白沙镇人民政府', '2022年2月18日'].join('\n'));
    expect(m.agency).toBe('弥勒市白沙镇人民政府');
  });
  it.each([
    '库车市职业技术学校政府信息公开库车市职业技术学校2021年政府信息公开工作年度报告',
    '2023年阿图什市退役军人事务局政府信息公开工作阿图什市退役军人事务局政府信息公开年度报告',
  ])('should not be trusted: %s', (title) => {
    const m = metaOf([title, ...BODY, '兴义市民族宗教事务委员会', '2023年3月25日'].join('\n'));
    expect(m.fields.title.confidence).toBeLessThan(0.8);
    expect(m.fields.title.flags).toContain('misordered');
  });
  it('should keep a name repeating a place ("乌鲁木齐市乌鲁木齐县…")', () => {
    const m = metaOf(['乌鲁木齐市乌鲁木齐县人民政府2022年度政府信息公开工作年度报告', ...BODY, '乌鲁木齐县人民政府', '2023年3月25日'].join('\n'));
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('an amount printed with a trailing point', () => {
  const byLabel: Placement = { by: 'label', labelScore: 1, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
  it('should stay below 0.8 (its decimals cut: 2476. of 2476.81)', () => {
    expect(scoreField('activeDisclosure.fees.amount', { value: 2476, flags: ['marked'] }, byLabel, []).confidence).toBeLessThanOrEqual(0.75);
  });
  it('should leave a marked count and a plain amount as they were', () => {
    expect(scoreField('activeDisclosure.fees.amount', { value: 2476.81, flags: [] }, byLabel, []).confidence).toBeGreaterThanOrEqual(0.9);
    expect(scoreField('activeDisclosure.licensing.decisions', { value: 2476, flags: ['marked'] }, byLabel, []).confidence).toBeGreaterThan(0.75);
  });
});
