/**
 * Table 三's header read across its lines in an order its words' places on the page contradict
 * (map/band-places): a `<pre>` table of a LibreOffice Word 97 print in a proportional CJK fallback font
 * (gen60 955000 lo-doc97-pdf r29, page 2 as pdf.js lays it out) — the header does not line up with the
 * value columns, a note ('说明：本表数据统计…截至当年12月，单位为件。') is wrapped into it, and 总计 is
 * wrapped to the left margin. Joined line by line it names 法律服务 科研 社会公益 其他 自然人 商业企业,
 * an order read at 0.85 (85 values wrong). Its cells' left edges stand in the template's order: no
 * order is read, the values stay in the template's columns below 0.8. Values read off the lines by hand.
 */
import { orderFreeKeys } from '../src/map/column-order.js';
import { mapToReport } from '../src/map/index.js';
import type { Line } from '../src/model/document.js';
import { requestBandAgainstPlaces } from '../src/map/band-places.js';

/** [cells, each cell's left edge (pt)] of table 三's lines, heading to 四、结转下年度继续办理. */
const R29: [string[], number[]][] = [
  [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）总计"], [58.2]],
  [["申请人情况", "说明：本表数据统计法律服务截至组织当年"], [344.7, 514.2]],
  [["法人或其他组织"], [461.7]],
  [["科研机构", "社会公益", "其他"], [466.2, 490.2, 538.2]],
  [["自然", "人", "商业企业", "机构"], [406.2, 412.2, 442.2, 538.2]],
  [["一、本年新收政府信息公开申请数量", "120", "36", "8", "5", "7", "14", "190"], [58.2, 299.7, 325.9, 352.1, 374.6, 397.1, 415.8, 434.6]],
  [["12 月"], [561.5]],
  [["二、上年结转政府信息公开申请数量", "3", "1", "0", "0", "1", "0", "5"], [58.2, 308.7, 331.2, 353.7, 376.1, 398.6, 421.1, 443.6]],
  [["三、本年度办理（一）予以公开", "0", "2", "0", "0", "0", "0", "2", "31"], [58.2, 311.7, 334.2, 356.7, 379.1, 401.6, 424.1, 446.6, 561.5]],
  [["结果", "日，"], [88.2, 561.5]],
  [["（二）部分公开（区分处理的，只计这一情形", "0", "0", "0", "1", "0", "2", "3", "单位"], [154.2, 326.7, 349.2, 371.7, 394.1, 416.6, 439.1, 461.6, 561.5]],
  [["，不计其他情形）", "为"], [154.2, 561.5]],
  [["（三）不予公开1.属于国家秘密", "0", "6", "1", "0", "0", "0", "7"], [154.2, 335.7, 358.2, 380.7, 403.1, 425.6, 448.1, 470.6]],
  [["件。"], [561.5]],
  [["2.其他法律行政法规禁止公开", "18", "9", "1", "1", "1", "0", "30"], [250.2, 358.2, 384.4, 406.9, 429.3, 451.8, 474.3, 493.1]],
  [["3.危及“三安全一稳定”", "27", "0", "1", "0", "0", "0", "28"], [250.2, 359.7, 385.9, 408.4, 430.8, 453.3, 475.8, 494.6]],
  [["4.保护第三方合法权益", "0", "3", "1", "0", "0", "1", "5"], [250.2, 365.7, 388.2, 410.7, 433.1, 455.6, 478.1, 500.6]],
  [["5.属于三类内部事务信息", "21", "0", "0", "0", "0", "0", "21"], [250.2, 359.7, 385.9, 408.4, 430.8, 453.3, 475.8, 494.6]],
  [["6.属于四类过程性信息", "13", "0", "0", "0", "0", "0", "13"], [250.2, 361.2, 387.4, 409.9, 432.3, 454.8, 477.3, 496.1]],
  [["7.属于行政执法案卷", "0", "6", "0", "0", "0", "2", "8"], [250.2, 367.2, 389.7, 412.2, 434.6, 457.1, 479.6, 502.1]],
  [["8.属于行政查询事项", "0", "0", "0", "0", "0", "1", "1"], [250.2, 367.2, 389.7, 412.2, 434.6, 457.1, 479.6, 502.1]],
  [["（四）无法提供1.本机关不掌握相关政府信", "息", "4", "5", "1", "0", "0", "0", "10"], [154.2, 250.2, 328.2, 350.7, 373.2, 395.6, 418.1, 440.6, 459.3]],
  [["2.没有现成信息需要另行制作", "0", "0", "1", "0", "0", "0", "1"], [250.2, 362.7, 385.2, 407.7, 430.1, 452.6, 475.1, 497.6]],
  [["3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"], [250.2, 362.7, 385.2, 407.7, 430.1, 452.6, 475.1, 497.6]],
  [["（五）不予处理1.信访举报投诉类申请", "0", "6", "0", "0", "3", "2", "11"], [154.2, 331.2, 353.7, 376.2, 398.6, 421.1, 443.6, 462.3]],
  [["2.重复申请", "14", "0", "0", "0", "0", "2", "16"], [250.2, 368.7, 394.9, 417.4, 439.8, 462.3, 484.8, 503.6]],
  [["3.要求提供公开出版物", "0", "0", "0", "1", "2", "2", "5"], [250.2, 365.7, 388.2, 410.7, 433.1, 455.6, 478.1, 500.6]],
  [["4.无正当理由大量反复申请", "11", "0", "1", "1", "0", "0", "13"], [250.2, 358.2, 384.4, 406.9, 429.3, 451.8, 474.3, 493.1]],
  [["5.要求行政机关确认或重新", "14", "0", "1", "0", "0", "2", "17"], [250.2, 358.2, 384.4, 406.9, 429.3, 451.8, 474.3, 493.1]],
  [["（六）其他处理", "出具已获取信息", "0", "0", "0", "1", "2", "0", "3"], [154.2, 250.2, 346.2, 368.7, 391.2, 413.6, 436.1, 458.6, 481.1]],
  [["（七）总计", "122", "37", "8", "5", "8", "14", "194"], [154.2, 340.2, 366.4, 392.6, 415.1, 437.6, 456.3, 475.1]],
  [["四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"], [58.2, 316.2, 338.7, 361.2, 383.6, 406.1, 428.6, 451.1]]
];

const lines = (rows: [string[], number[]][]): Line[] => rows.map(([cells, xs]) => ({ cells, xs, separated: cells.length > 1, source: { page: 2 } }) as Line);
const mapped = (ls: Line[]) => mapToReport(ls, [{ key: 'requests', heading: '三、收到和处理政府信息公开申请情况', confidence: 1, body: ls, text: '' } as never], 2024);

describe('a header whose words stand on the page in another order than read', () => {
  it('should not follow the order the band names across its lines', () => {
    const m = mapped(lines(R29));
    // （三）1.属于国家秘密: 0 6 1 0 0 0 7 under 自然人 商业企业 科研机构 … 总计.
    expect(m.fields.get('requests.denied.stateSecret.commercial')?.value).toBe(6);
    expect(m.fields.get('requests.denied.stateSecret.research')?.value).toBe(1);
    expect(m.warnings.map((w) => w.code)).toContain('columns_unread');
    expect(m.warnings.filter((w) => w.keys?.includes('requests')).map((w) => w.code)).not.toContain('columns_reordered');
    // (A row printing one number in every column holds it whatever the order: map/column-order orderFreeKeys.)
    const free = orderFreeKeys(m.fields);
    for (const [k, p] of m.placements) if (k.startsWith('requests.') && !free.has(k)) expect(p.orderOpen).toBe(true);
    expect(free.size).toBeLessThan(7 * 3);
  });

  it('should find the places against the order read, and not against an order they follow', () => {
    const order = (keys: string[]) => new Map(['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'].map((k, i) => [k, keys[i]!]));
    expect(requestBandAgainstPlaces(lines(R29), order(['legalService', 'research', 'socialOrg', 'otherOrg', 'commercial', 'naturalPerson']))).toBe(true);
    // The places read left to right: 自然 商业企业 科研机构 社会公益 其他 (法律服务 starts no cell).
    expect(requestBandAgainstPlaces(lines(R29), order(['naturalPerson', 'commercial', 'research', 'socialOrg', 'otherOrg', 'legalService']))).toBe(false);
  });

  it('should follow a swap its band prints over the columns (control)', () => {
    // 社会公益组织 and 科研机构 swapped, each word over its column.
    const band: [string[], number[]][] = [
      [['申请人情况'], [300]],
      [['自然人', '法人或其他组织', '总计'], [300, 360, 440]],
      [['商业企业', '社会公益组织', '科研机构', '法律服务机构', '其他'], [325, 350, 375, 398, 420]],
    ];
    expect(requestBandAgainstPlaces(lines(band), new Map([['naturalPerson', 'naturalPerson'], ['commercial', 'commercial'], ['research', 'socialOrg'], ['socialOrg', 'research'], ['legalService', 'legalService'], ['otherOrg', 'otherOrg']]))).toBe(false);
  });
});
