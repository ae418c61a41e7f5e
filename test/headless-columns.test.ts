/**
 * @file Table 三 as plain `pdftotext` / `-bbox-layout` (words of each line joined) print a Chromium A4 page
 * (issue 15, breakit59 ptt-plain-a4 / ptt-bbox-lines-a4; tables/column-pages `leadPages`): the header once
 * at the top, rows 一 and 二 with their values, then the other rows' labels in a pile — each with its
 * first k1 cells — then the next k2 columns one value per line, then one line per row of the rest.
 * And `pdftotext -layout -eol dos` of an A5 print (ptt-layout-a5-crlf): a 序号 column flush left on
 * its rows' middle lines (layout/sequence-column `blankLayoutCounts`), a wrapped '件' glued before a
 * count (layout/unit-lines `unitsBeforeCounts`).
 */
import { blankLayoutCounts } from '../src/layout/sequence-column.js';
import { unitsBeforeCounts } from '../src/layout/unit-lines.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { consistentRequestGrid } from './helpers/table3.js';

const SPECS = TEMPLATE_2021.requestRows;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const grid = consistentRequestGrid((r, c) => ((r * 5 + c * 3) % 4 === 0 ? 1 + ((r + 2 * c) % 6) : 0));
const LABEL: Record<string, string> = {
  granted: '（一）予以公开', partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'denied.stateSecret': '1.属于国家秘密',
  'denied.prohibitedByLaw': '2.其他法律行政法规禁止公开', 'denied.endangersStability': '3.危及“三安全一稳定”', 'denied.thirdPartyRights': '（三）不予 4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息', 'denied.processInfo': '6.属于四类过程性信息', 'denied.enforcementFiles': '7.属于行政执法案卷',
  'denied.adminQuery': '8.属于行政查询事项', 'unavailable.notHeld': '1.本机关不掌握相关政府信息', 'unavailable.needsCreation': '（四）无法 2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确', 'notProcessed.complaint': '1.信访举报投诉类申请', 'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '（五）不予 3.要求提供公开出版物', 'notProcessed.excessive': '4.无正当理由大量反复申请', 'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.overdueCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.overdueFee': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他', totalHandled: '（七）总计', carriedForward: '四、结转下年度继续办理',
};

/** The dump: k1 cells beside each piled label, k2 columns one value per line, the rest a line per row. */
function dump(k1: number, k2: number, edit: (values: string[]) => string[] = (v) => v): Uint8Array {
  const pile = SPECS.slice(2);
  const rows = grid.slice(2);
  const n = pile.length;
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可', '5',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
    '一、本年新收政府信息公开申请数量', grid[0]!.join(' '), '二、上年结转政府信息公开申请数量', grid[1]!.join(' '),
    ...pile.flatMap((s, r) => (k1 > 0 ? [`${LABEL[s.key]} ${rows[r]!.slice(0, k1).join(' ')}`] : [LABEL[s.key]!])),
    ...edit(Array.from({ length: k2 * n }, (_, i) => String(rows[i % n]![k1 + Math.floor(i / n)]))),
    ...(k1 + k2 < 7 ? rows.map((row) => row.slice(k1 + k2).join(' ')) : []),
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('table 三 with its labels piled, columns one value per line after them (plain pdftotext / -bbox-layout of Chromium A4)', () => {
  it.each([[0, 5], [1, 6], [2, 2]])('should read every row, k1 = %i beside the labels, k2 = %i column after column', async (k1, k2) => {
    const r = await read(dump(k1, k2));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, grid[i]![j]]);
    }));
  });

  it('should place no value wrong at 0.9 or more when a column is a value short (a blank cell prints nothing)', async () => {
    const r = await read(dump(0, 5, (v) => [...v.slice(0, 4), ...v.slice(5)]));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      if (value(r, k) !== null && value(r, k) !== grid[i]![j]) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    }));
  });
});

describe('blankLayoutCounts', () => {
  const page = ['序 （本列数据的勾稽关系', '号 为：第一项加第二项', '', '1 一、本年新收政府信息公', '     开申请数量    12 3 4', '2 二、上年结转政府信息公',
    '     开申请数量    1 0 1', '   三、本年', '3        （一）予以公开 3 0 3', '     度办理'];
  it('should write a 序号 column counting its rows flush left as spaces, keeping every other character in place', () => {
    const out = blankLayoutCounts(page);
    expect(out[3]).toBe('  一、本年新收政府信息公');
    expect(out[8]).toBe('         （一）予以公开 3 0 3');
    expect(out[0]).toBe('  （本列数据的勾稽关系');
    expect(out.map((l) => l.length)).toEqual(page.map((l) => l.length));
  });
  it('should keep counts with no 序号 header, fewer than three, or in a dump whose lines are not indented (plain pdftotext)', () => {
    expect(blankLayoutCounts(page.slice(2))).toEqual(page.slice(2));
    expect(blankLayoutCounts(page.slice(0, 6))).toEqual(page.slice(0, 6));
    const plain = ['序号', '1 行政许可', '2 行政处罚', '3 行政强制'];
    expect(blankLayoutCounts(plain)).toEqual(plain);
  });
});

describe('unitsBeforeCounts', () => {
  it('should write a wrapped 件 glued before a count of a space-aligned row as a space', () => {
    expect(unitsBeforeCounts(['4       的，只计这一情形 件0 0件 0件 1件 0件 件0 1件'])).toEqual(['4       的，只计这一情形  0 0件 0件 1件 0件  0 1件']);
  });
  it('should keep prose and lines of one-space words', () => {
    const keep = ['共计件0份', '件0 0件 1件', '说明  件1'];
    expect(unitsBeforeCounts(keep)).toEqual(keep);
  });
});
