/**
 * Table 三's header of narrow cells in a space-aligned dump (map/header-stacks): each column word
 * wrapped inside its cell, cells side by side glued on a line, as Ghostscript `txtwrite` prints a
 * page whose table cells are three ems wide. The inputs are invented; the leaves' order in each is
 * read off the band by hand.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { stackedRequestLeaves } from '../src/map/header-stacks.js';
import { codes, conf, keysOf, orderKeys, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS, labelledRequestRows } from './helpers/table3.js';

const TEMPLATE = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const VALUES = '         一、本年新收     10   6    0    0    0    0    16';

/** Three-em cells: '法人或' / '其他组' / '织' glued after 自然人, the five sub-columns glued on one line. */
const GLUED = [
  '                           申请人情况',
  '                           法人或',
  '                     自然人其他组                          总计',
  '                           织',
  '                           商业企科研机社会公法律服其他',
  '                           业    构    益组织务机构',
];
/** The same header with 科研机构 printed before 商业企业. */
const GLUED_SWAPPED = [...GLUED.slice(0, 4), '                           科研机商业企社会公法律服其他', '                           构    业    益组织务机构'];
/** Two-character pieces with spaces between cells; 科研 and 社会 touching; 总计 far right. */
const SPACED = [
  '                                                        法人',
  '                                                   自然 或其                       总计',
  '                                                   人 他组',
  '                                                        织',
  '                                                        商业 科研社会 法律 其',
  '                                                        企业 机构公益 服务 他',
  '                                                                 组织 机构',
];

/** No 法人或其他组织 word: the sub-columns wrapped over three lines above 自然人 … 其他 总计 (Ghostscript of four-em cells). */
const NO_GROUP = [
  '                                          商业 科研 社会 法律',
  '                                          企业 机构 公益 服务',
  '                                                  组织 机构',
  '                    申请人情况             自然人                 其他   总计',
];
/** The same with 社会公益组织 and 法律服务机构 printed in each other's place. */
const NO_GROUP_SWAPPED = [
  '                                          商业 科研 法律 社会',
  '                                          企业 机构 服务 公益',
  '                                                  机构 组织',
  NO_GROUP[3]!,
];

/** Two sub-columns stacked over a line printing the other words whole (Ghostscript: each ideograph counted one column). */
const HALF_STACKED = [
  '                                                           社会公 法律服务',
  '                                                           益组织 机构',
  '                       申请人情况                自然人 商业企业 科研机构              其他   总计',
];
/**
 * `pdftotext -layout` of a Chromium page (samples/pdf-2019-chromium.pdf's geometry, words and places
 * copied by hand): the sub-columns' two-line cells centred against three-line ones, so their lines
 * interleave ('社会' / '商业 科研' / '公益' / '企业 机构' / '组织'), a piece of the next cell over
 * running past the column between two pieces of a stack.
 */
const INTERLEAVED = [
  '                                                                 申请人情况',
  '                                                         法人或其他组织',
  '                                             自然人         社会 法律                   总计',
  '                                                   商业 科研',
  '                                                         公益 服务 其他',
  '                                                   企业 机构',
  '                                                         组织 机构',
];
/** The same with 法律服务机构 printed before 社会公益组织. */
const INTERLEAVED_SWAPPED = INTERLEAVED.map((l) => l.replace('社会 法律', '法律 社会').replace('公益 服务', '服务 公益').replace('组织 机构', '机构 组织'));
const INTERLEAVED_VALUES = '一、本年新收政府信息公开申请数量                             95    0         0     0   0   0     95';

/**
 * `pdftotext -layout` of a Chromium page whose header cells wrap one or two ideographs a line
 * (samples/pdf-chromium-web.pdf's band, copied by hand): each line's pieces drift sideways, so no
 * stack keeps its place ('商' 37, '业' 36, '企' 38), but left to right on each line the pieces go to
 * the columns left to right.
 */
const DRIFTING = [
  '   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四       法人或其他组织',
  '                项之和）              自然 商 科           总',
  '                                  人 业 研 社会 法律 其 计',
  '                                      企 机 公益 服务 他',
  '                                      业 构 组织 机构',
];
const DRIFTING_VALUES = '          一、本年新收政府信息公开申请数量         85 23 5 5  12 8 138';

/** Value rows under labels of different lengths, their numbers in the same columns when an ideograph counts one. */
const RULED_ROWS = ['一、本年新收', '二、上年结转政府信息', '（一）予以公开', '1.属于国家秘密', '2.重复申请', '（七）总计']
  .map((label) => `       ${label.padEnd(40)}55   92   11   7     4    6   175`).join('\n');

const leaves = (band: string[], values = VALUES): string[] | null => stackedRequestLeaves(textToLines([...band, values].join('\n')));

describe('stacked header cells (map/header-stacks)', () => {
  it('should read glued narrow cells in the printed order', () => {
    expect(leaves(GLUED)).toEqual(TEMPLATE);
    expect(leaves(SPACED, '      一、本年新收政府                                     150 557   811 542  395  854 3309')).toEqual(TEMPLATE);
  });

  it('should read two sub-columns printed swapped as swapped', () => {
    expect(leaves(GLUED_SWAPPED)).toEqual(['naturalPerson', 'research', 'commercial', 'socialOrg', 'legalService', 'otherOrg', 'total']);
  });

  it('should read a header that prints no group word, the sub-columns standing for it', () => {
    expect(leaves(NO_GROUP)).toEqual(TEMPLATE);
    expect(leaves(NO_GROUP_SWAPPED)).toEqual(['naturalPerson', 'commercial', 'research', 'legalService', 'socialOrg', 'otherOrg', 'total']);
    // 法人或其他组织 printed twice: the group does not stack one way, nothing is read.
    expect(leaves(['                    法人或其他组织   法人或其他组织', ...NO_GROUP])).toBeNull();
  });

  it('should read stacks whose lines interleave with the next cells\' lines', () => {
    expect(leaves(INTERLEAVED, INTERLEAVED_VALUES)).toEqual(TEMPLATE);
    expect(leaves(INTERLEAVED_SWAPPED, INTERLEAVED_VALUES)).toEqual(['naturalPerson', 'commercial', 'research', 'legalService', 'socialOrg', 'otherOrg', 'total']);
    // A piece starting at the column between two pieces ends the stack there: 社会 does not reach 公益, nothing is read.
    expect(leaves(INTERLEAVED.map((l) => l.replace('商业 科研', '商业  科研')), INTERLEAVED_VALUES)).toBeNull();
  });

  it('should read drifting one- and two-ideograph pieces column by column, left to right', () => {
    expect(leaves(DRIFTING, DRIFTING_VALUES)).toEqual(TEMPLATE);
    const social = DRIFTING.map((l) => l.replace('社会 法律', '法律 社会').replace('公益 服务', '服务 公益').replace('组织 机构', '机构 组织'));
    expect(leaves(social, DRIFTING_VALUES)).toEqual(['naturalPerson', 'commercial', 'research', 'legalService', 'socialOrg', 'otherOrg', 'total']);
    const research = DRIFTING.map((l) => l.replace('商 科', '科 商').replace('业 研', '研 业').replace('企 机', '机 企').replace('业 构', '构 业'));
    expect(leaves(research, DRIFTING_VALUES)).toEqual(['naturalPerson', 'research', 'commercial', 'socialOrg', 'legalService', 'otherOrg', 'total']);
    // A piece lost (他), a value column missing, or two columns' pieces that spell each other: nothing is read.
    expect(leaves(DRIFTING.map((l) => l.replace(' 他', '')), DRIFTING_VALUES)).toBeNull();
    expect(leaves(DRIFTING, DRIFTING_VALUES.replace(' 138', ''))).toBeNull();
    expect(leaves(DRIFTING.map((l) => l.replace('社会 法律', '社会 社会').replace('公益 服务', '公益 公益').replace('组织 机构', '组织 组织')), DRIFTING_VALUES)).toBeNull();
  });

  it('should compare places on different lines as the value rows count an ideograph', () => {
    expect(leaves(HALF_STACKED, RULED_ROWS)).toEqual(TEMPLATE);
    const swapped = [HALF_STACKED[0]!.replace('社会公 法律服务', '法律服务 社会公'), HALF_STACKED[1]!.replace('益组织 机构', '机构   益组织'), HALF_STACKED[2]!];
    expect(leaves(swapped, RULED_ROWS)).toEqual(['naturalPerson', 'commercial', 'research', 'legalService', 'socialOrg', 'otherOrg', 'total']);
    // One value row does not tell the count: counted one way 科研机构 is left of 社会公, the other way right of it.
    expect(leaves(HALF_STACKED)).toBeNull();
  });

  it('should read nothing when a column word is not printed or nothing orders two columns', () => {
    expect(leaves(GLUED.map((l) => l.replace('其他', '')))).toBeNull();
    // 总计 on a line of its own, starting where the group starts: neither a shared line nor its place orders them.
    expect(leaves([...GLUED.map((l) => l.replace('总计', '')), '                            总计'])).toBeNull();
    // Every word whole on a line: the line reader's (map/header-order), not this one's.
    expect(leaves(['                     自然人 法人或其他组织 总计', '                     商业企业 科研机构 社会公益组织 法律服务机构 其他'])).toBeNull();
    // Far right of the group on its own line, it is read after it.
    expect(leaves([...GLUED.map((l) => l.replace('总计', '')), '                                                   总计'])).toEqual(TEMPLATE);
  });
});

/** A space-aligned dump of a report whose table 三 header is `band`. */
function dump(band: string[], rows = ROWS): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容    本年制发件数    本年废止件数    现行有效件数', '规章    1    0    4', '行政规范性文件    2    1    9',
    '三、收到和处理政府信息公开申请情况', ...band,
    ...rows.map(([label, v]) => `${label}    ${v.split(' ').join('    ')}`),
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('table 三 of narrow header cells, end to end', () => {
  it('should confirm the columns when the stacked header prints the template order', async () => {
    const r = await read(dump(GLUED));
    expect(codes(r)).not.toContain('columns_unread');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    for (const k of keysOf(r, 'requests.newReceived.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
  });

  it('should confirm the columns of an interleaved stacked header in the template order, and not another', async () => {
    const r = await read(dump(INTERLEAVED));
    expect(codes(r)).not.toContain('columns_unread');
    for (const k of keysOf(r, 'requests.newReceived.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
    const swapped = await read(dump(INTERLEAVED_SWAPPED));
    for (const k of orderKeys(swapped, 'requests.')) expect(conf(swapped, k)).toBeLessThan(0.9);
  });

  it('should not confirm the columns by stacks when the rows sum only with 总计 printed first (the rows\' totals move it, below 0.9)', async () => {
    // The stacks put 总计 last; every row's values sum with the total in the first column instead.
    const rows = labelledRequestRows({
      newReceived: '10 3 1 0 2 4 0', carriedOver: '1 0 0 0 0 1 0', granted: '7 2 1 0 1 3 0', partiallyGranted: '1 1 0 0 0 0 0',
      'unavailable.notHeld': '2 0 0 0 1 1 0', totalHandled: '10 3 1 0 2 4 0', carriedForward: '1 0 0 0 0 1 0',
    });
    const r = await read(dump(INTERLEAVED, rows));
    // The rows' totals place 总计 first (map/total-column): the values follow them, flagged and capped as any move.
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
    // One row printed with a wrong sum among rows that sum to 总计 last: the stacks still confirm the order.
    const one = labelledRequestRows({
      newReceived: '3 1 0 2 4 0 10', carriedOver: '0 0 0 0 1 0 1', granted: '2 1 0 1 3 0 8', partiallyGranted: '1 0 0 0 0 0 1',
      'unavailable.notHeld': '0 0 0 1 1 0 2', totalHandled: '3 1 0 2 4 0 10', carriedForward: '0 0 0 0 1 0 1',
    });
    expect(codes(await read(dump(INTERLEAVED, one)))).not.toContain('columns_unread');
  });

  it('should keep every value of table 三 below 0.9 when the stacked header prints another order', async () => {
    const r = await read(dump(GLUED_SWAPPED));
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });
});
