/**
 * A text dump writing a table one cell per line — a label block, then its non-zero values a line each (`mutool draw -F
 * txt`) — of a report printing its zeros as empty cells: most of table 三's rows print their label alone. Counted among
 * the rows, those label-only rows had made the table read as label-and-values lines (each value a row of its own, the
 * table lost: table-rows isCellPerLine); the label cells of rows printing nothing, written as one block, had named one
 * row (run-on-labels splitValueless); the last row's label, alone after the last values, was no row (join-fragments
 * joinOrphans) or was taken into section 四's wrapped heading (sections NUMERAL_START). Invented fixture.
 */
import { flattenData } from '../src/index.js';
import { isCellPerLine } from '../src/map/table-rows.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { conf, read } from './helpers/report-fields.js';

/** Table 三 of the fixture: each row's printed values (blank cells dropped), '' for a row printing nothing. */
const HEAD = [
  'XX市YY局2023年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '2023年，我局认真贯彻落实政府信息公开条例，全面推进政务公开工作。',
  '',
  '二、主动公开政府信息情况',
  '本年度主动公开政府信息若干条。',
  '',
  '三、收到和处理政府信息公开申请情况',
  '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业 科研机构 社会公益组织 法律服务机构 其他',
  '',
];
const TABLE = [
  ['一、本年新收政府信息公开申请数量', '3', '3'],
  ['二、上年结转政府信息公开申请数量'],
  ['三、本年度办理结果 （一）予以公开'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['（三）不予公开'],
  ['1.属于国家秘密'],
  ['2.其他法律行政法规禁止公开'],
  ['3.危及“三安全一稳定”'],
  ['4.保护第三方合法权益'],
  ['5.属于三类内部事务信息'],
  ['6.属于四类过程性信息'],
  ['7.属于行政执法案卷'],
  ['8.属于行政查询事项'],
  ['（四）无法提供'],
  ['1.本机关不掌握相关政府信息', '2', '2'],
  ['2.没有现成信息需要另行制作'],
  ['3.补正后申请内容仍不明确'],
  ['（五）不予处理'],
  ['1.信访举报投诉类申请'],
  ['2.重复申请', '1', '1'],
  ['3.要求提供公开出版物'],
  ['4.无正当理由大量反复申请'],
  ['5.要求行政机关确认或重新出具已获取信息'],
  ['（六）其他处理'],
  ['（七）总计', '3', '3'],
  ['四、结转下年度继续办理'],
];
const TAIL = [
  '',
  '四、政府信息公开行政复议、行政诉',
  '讼情况',
  '行政复议',
  '行政诉讼',
  '五、存在的主要问题及改进情况',
  '一是公开内容的及时性有待提高。',
  '',
  '六、其他需要报告的事项',
  '无其他需要报告的事项。',
];

/** The dump: each row a block — its label line, then its values a line each — and a blank line after it. */
function dump(): string {
  const lines = [...HEAD];
  for (const [label, ...values] of TABLE) lines.push(label!, ...values, '');
  return [...lines, ...TAIL].join('\n');
}

const ROWS_PRINTING_NOTHING = ['carriedOver', 'granted', 'partiallyGranted', 'denied.stateSecret', 'denied.adminQuery', 'unavailable.needsCreation', 'notProcessed.complaint', 'notProcessed.confirmation', 'otherHandling.combined', 'carriedForward'];
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

describe('a zeros-blank table dumped one cell per line', () => {
  it('reads the rows printing nothing as 0, each mixed row its total, and places no applicant value the print does not determine', async () => {
    const r = await read(new TextEncoder().encode(dump()));
    const data = flattenData(r.data);
    for (const row of ROWS_PRINTING_NOTHING) for (const c of COLUMNS) expect([`${row}.${c}`, data.get(`requests.${row}.${c}`)]).toEqual([`${row}.${c}`, 0]);
    for (const [row, total] of [['newReceived', 3], ['unavailable.notHeld', 2], ['notProcessed.duplicate', 1], ['totalHandled', 3]] as const) {
      expect(data.get(`requests.${row}.total`)).toBe(total);
      // Which applicant column printed the value, no identity tells (every column keeps every sum): not read.
      for (const c of COLUMNS.slice(0, 6)) expect(data.get(`requests.${row}.${c}`)).toBeNull();
    }
    // A row of empty cells nothing but its label confirms stays below 0.9 unless an identity through read cells does.
    expect(conf(r, 'requests.denied.stateSecret.naturalPerson')).toBeLessThan(0.9);
  });

  it('keeps section 四 on its own heading, not joined to table 三\'s last row above it', async () => {
    const r = await read(new TextEncoder().encode(dump()));
    expect(r.sections.find((s) => s.key === 'reviewLitigation')?.heading).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });
});

describe('isCellPerLine among the rows printing values', () => {
  const row = (label: string, pending: string, values: number[]): TableRow => ({
    label,
    pending,
    values: values.map((value) => ({ kind: 'num' as const, value, raw: String(value), fusable: false })),
    blankCells: 0,
    source: { line: 1 },
  });
  // A label block, its values a line each (the first after the label lines above it), most rows their label alone.
  const rows = [
    row('一、本年新收政府信息公开申请数量', '', []),
    row('', '二、上年结转政府信息公开申请数量', [2]),
    row('', '', [2]),
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息'].map((l) => row(l, '', [])),
    row('', '（七）总计', [2]),
    row('', '', [2]),
  ];

  it('reads a zeros-blank table dumped one cell per line so, its label-only rows not counted', () => {
    expect(isCellPerLine(rows)).toBe(false);
    expect(isCellPerLine(rows, true)).toBe(true);
  });

  it('does not read label-and-values lines so', () => {
    const lines = [row('一、本年新收政府信息公开申请数量', '', [2, 2]), row('二、上年结转政府信息公开申请数量', '', []), row('（七）总计', '', [2, 2]), row('', '', [2]), row('四、结转下年度继续办理', '', [])];
    expect(isCellPerLine(lines, true)).toBe(false);
  });
});
