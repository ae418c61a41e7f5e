/**
 * Table 三 dumped by `pdftotext -layout` from a PDF whose narrow label column wraps each label and
 * centres it vertically on its values: the label's first line(s) above a line holding only values,
 * the rest below it (tables/build-rows `around`, map/named-row `centredLabel`). The lines between two
 * values lines are the first row's tail then the next row's head, parted by the next row's start
 * ('3.'), so each sub-row is named by its own label and reaches 0.9. A pile (two row starts above
 * one values line), labels printed wholly after their values, or a label complete above with the
 * next one started, leave the owner in doubt: those rows stay below 0.9. Values read by hand.
 */
import { buildRows } from '../src/tables/build-rows.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { centredLabel } from '../src/map/named-row.js';
import { REQUEST_ROWS_SPLIT } from '../src/template/requests.js';
import { conf, read, value, expectRequestRows } from './helpers/report-fields.js';
import { TAIL, TOP, v, Z } from './helpers/table3-text.js';

/** Table 三: [label lines above the values, label text on the values line, label lines below, values]. */
type Row = [string[], string, string[], string];
const OUTCOMES: Row[] = [
  [['三、'], '（一）予以公开', [], v(5, 1, 2, 1, 1, 1)],
  [['（二）部分公开（区分处理的，'], '', ['只计这一情形，不计其他情形）'], v(1, 1, 1, 1, 1, 2)],
  [['（三）不'], '1.属于国家秘密', [], v(1, 2, 1, 3, 1, 1)],
  [['予公开 2.其他法律行政法'], '', ['规禁止公开'], v(2, 1, 3, 1, 2, 1)],
  [['3.危及“三安全一'], '', ['稳定”'], v(3, 2, 1, 1, 1, 4)],
  [['4.保护第三方合法'], '', ['权益'], v(1, 3, 2, 2, 1, 1)],
  [['5.属于三类内部事'], '', ['务信息'], Z], [['6.属于四类过程性'], '', ['信息'], Z], [['7.属于行政执法案'], '', ['卷'], Z], [['8.属于行政查询事'], '', ['项'], Z],
  [['（四）无 1.本机关不掌握相'], '', ['法提供 关政府信息'], v(4, 1, 1, 2, 3, 1)],
  [['2.没有现成信息需'], '', ['要另行制作'], v(1, 2, 4, 1, 1, 2)],
  [['3.补正后申请内容'], '', ['仍不明确'], Z], [['（五）不 1.信访举报投诉类'], '', ['予处理 申请'], Z], [[], '2.重复申请', [], Z], [['3.要求提供公开出'], '', ['版物'], Z],
  [['4.无正当理由大量'], '', ['反复申请'], Z], [['5.要求行政机关确'], '认或重新出具已获取', ['信息'], Z],
  [['（六）其 1.申请人无正当理', '他处理 由逾期不补正、行政'], '', ['机关不再处理其政府', '信息公开申请'], Z],
  [['2.申请人逾期未按', '收费通知要求缴纳费'], '用、行政机关不再处', ['理其政府信息公开申', '请'], Z],
  [[], '3.其他', [], v(1, 1, 1, 1, 1, 1)],
];
/** Column sums of the outcome rows: （七）总计; 一 = 总计 − 二 (carried over 1 0 0 0 0 0 1), nothing carried forward. */
const TOTAL = OUTCOMES.reduce((acc, r) => acc.map((x, i) => x + Number(r[3].split(' ')[i])), [0, 0, 0, 0, 0, 0, 0]);
const ROWS: Row[] = [
  [[], '一、本年新收政府信息公开申请数量', [], TOTAL.map((x, i) => x - (i === 0 || i === 6 ? 1 : 0)).join(' ')],
  [[], '二、上年结转政府信息公开申请数量', [], '1 0 0 0 0 0 1'],
  ...OUTCOMES,
  [[], '（七）总计', [], TOTAL.join(' ')],
  [[], '四、结转下年度继续办理', [], Z],
];
const SUB_ROWS: [string, string][] = [
  ['denied.stateSecret', OUTCOMES[2]![3]], ['denied.prohibitedByLaw', OUTCOMES[3]![3]], ['denied.endangersStability', OUTCOMES[4]![3]],
  ['denied.thirdPartyRights', OUTCOMES[5]![3]], ['unavailable.notHeld', OUTCOMES[10]![3]], ['unavailable.needsCreation', OUTCOMES[11]![3]],
];
/** pdftotext -layout lines: label lines indented, values in columns. */
const layout = (rows: Row[]): string[] =>
  rows.flatMap(([above, own, below, v]) => [...above.map((l) => `      ${l}`), `      ${own.padEnd(20, ' ')}    ${v.split(' ').map((x) => x.padStart(6)).join('')}`, ...below.map((l) => `      ${l}`)]);
const encode = (lines: string[]): Uint8Array => new TextEncoder().encode([...TOP, ...lines, ...TAIL].join('\n'));

const spec = (key: string) => REQUEST_ROWS_SPLIT.findIndex((s) => s.key === key);
const named = (lines: string[]) => {
  const row = buildRows(textToLines(lines.join('\n'))).find((r) => r.values[0]?.kind === 'num' && r.values[0].value === 2);
  return row ? centredLabel(row, REQUEST_ROWS_SPLIT)?.index ?? null : null;
};

describe('labels wrapped around their values (cells centred vertically)', () => {
  it('should name a values line by the row start above it and the tail below it', () => {
    expect(named(['1 0 0 0 0 0 1', '予公开 2.其他法律行政法', '2 0 0 0 0 0 2', '规禁止公开', '3.危及“三安全一', '3 0 0 0 0 0 3'])).toBe(spec('denied.prohibitedByLaw'));
    // The previous row's tail above the row start belongs to the previous row.
    expect(named(['1 0 0 0 0 0 1', '权益', '5.属于三类内部事', '2 0 0 0 0 0 2', '务信息', '6.属于四类过程性'])).toBe(spec('denied.internalAffairs'));
    // A tail that names a row by itself ('反复申请') completes the previous line's label, itself wrapped around that line.
    // A values line carrying a piece of its own label joins the label's wrapped lines first (layout/wrapped-rows): named whole.
    const lines = ['予处理 4.无正当理由大量 1 0 0 0 0 0 1', '反复申请', '5.要求行政机关确', '认或重新出具已获取 2 0 0 0 0 0 2', '信息', '（六）其他处理 3 0 0 0 0 0 3'];
    expect(buildRows(textToLines(lines.join('\n'))).find((r) => r.values[0]?.kind === 'num' && r.values[0].value === 2)?.label).toBe('5.要求行政机关确认或重新出具已获取信息');
  });

  it('should not name a values line under a pile, after labels printed below their values, or with a label complete above', () => {
    // Two row starts above one values line: the values could be either label's.
    expect(named(['1 0 0 0 0 0 1', '1.属于国家秘密', '2.其他法律行政法', '2 0 0 0 0 0 2', '规禁止公开', '3 0 0 0 0 0 3'])).toBeNull();
    // Labels after their values: nothing below this line before the next row starts.
    expect(named(['1 0 0 0 0 0 1', '1.属于国家秘密', '2 0 0 0 0 0 2', '2.其他法律行政法', '规禁止公开', '3 0 0 0 0 0 3'])).toBeNull();
    // Unnumbered: a label complete above, the next one started — a split names two rows.
    expect(named(['1 0 0 0 0 0 1', '属于国家秘密', '2.其他法律行政法', '2 0 0 0 0 0 2', '规禁止公开', '3 0 0 0 0 0 3'])).toBeNull();
  });

  it('should read the sub-rows of a centred-label dump right at 0.9 or more', async () => {
    await expectRequestRows(encode(layout(ROWS)), SUB_ROWS, 'confident');
  });

  it('should keep a pile below 0.9: a label with its values lost above the next row\'s start', async () => {
    // '1.属于国家秘密' printed without its values line, then '2.其他法律行政法' / values of 1 / '规禁止公开' / values of 2.
    const lines = layout(ROWS);
    const at = lines.findIndex((l) => l.includes('1.属于国家秘密'));
    const values = (row: Row) => `      ${row[3].split(' ').map((x) => x.padStart(6)).join('')}`;
    const pile = [...lines.slice(0, at), '      1.属于国家秘密', '      予公开 2.其他法律行政法', values(OUTCOMES[2]!), '      规禁止公开', values(OUTCOMES[3]!), ...lines.slice(at + 4)];
    await expectRequestRows(encode(pile), SUB_ROWS.slice(0, 3), 'safe');
  });

  it('should keep values printed before their wrapped labels below 0.9', async () => {
    const first = ROWS.flatMap(([above, own, below, v]) => [v, ...above, ...(own ? [own] : []), ...below].map((l) => `      ${l}`));
    await expectRequestRows(encode(first), SUB_ROWS, 'safe');
  });

  // pdftotext -raw of the same print: a label that fits is printed before its values on their line,
  // a wrapped one on lines of its own above them (map/named-row printsLabelLines, mixed); the
  // block-label column's pieces are left out here.
  const noBlock = (ls: string[]): string[] => ls.map((l) => l.replace(/^(予公开|法提供|予处理|他处理|（[三四五六]）[不无其]) /, '')).filter((l) => !/^（[三四五六]）[不无其]$/.test(l));
  const raw = (rows: Row[], valuesFirst = false): string[] => rows.flatMap(([a, own, b, v]) => {
    const [above, below] = [noBlock(a), noBlock(b)];
    if (below.length === 0) return [...above, `${own} ${v}`];
    const label = [...above, ...(own ? [own] : []), ...below];
    return valuesFirst ? [v, ...label] : [...label, v];
  });

  it('should read the sub-rows of a raw dump (labels beside their values or wrapped above them) right at 0.9 or more', async () => {
    await expectRequestRows(encode(raw(ROWS)), SUB_ROWS, 'confident');
  });

  it('should keep a raw dump\'s values below 0.9 when its wrapped labels follow their values', async () => {
    await expectRequestRows(encode(raw(ROWS, true)), SUB_ROWS, 'safe');
  });
});
