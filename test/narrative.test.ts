/** Totals stated in the narrative: parsed from running text, used only to settle open readings. */
import { narrowByStatedTotals, statedTotals } from '../src/map/narrative.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import type { Line } from '../src/model/document.js';
import { solve } from '../src/solve/index.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';

const text = (t: string): Line => ({ cells: [t], separated: false, source: {} });
const plain = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });

describe('statedTotals', () => {
  it('should read the totals of the pingtan-2021 narrative (checked against its table by hand)', () => {
    const stated = statedTotals([text('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。')]);
    expect(Object.fromEntries(stated)).toEqual({
      'requests.newReceived.total': 70,
      'requests.totalHandled.total': 69,
      'requests.carriedForward.total': 1,
    });
  });

  it('should read other wordings and ignore table rows and numbers without 件', () => {
    const lines = [
      text('全年收到政府信息公开申请 12 件，其中予以公开5件，部分公开2件；上年结转3件。'),
      text('本年度办理行政复议案件2起。办结率100%。'),
      { cells: ['（一）予以公开', '9件'], separated: true, source: {} },
    ];
    expect(Object.fromEntries(statedTotals(lines))).toEqual({
      'requests.newReceived.total': 12,
      'requests.granted.total': 5,
      'requests.partiallyGranted.total': 2,
      'requests.carriedOver.total': 3,
      'reviewLitigation.review.total': 2,
    });
  });
});

// breakit59: a table 三 printed with '件' after counts, dumped as text (pdftotext -raw, PDFBox): its rows are no sentences.
describe('statedTotals of rows printed as text', () => {
  it('should ignore a line ending in a row\'s values, or starting with table 三\'s row label', () => {
    const rows = ['四、结转下年度继续办理 5件 1件 6件', '23 四、结转下年度继续办理 6件', '二、上年结转政府信息公开申请数量 4件', '（一）予以公开 1件 3件'].map(text);
    expect(statedTotals(rows).size).toBe(0);
    expect(Object.fromEntries(statedTotals([text('本年度结转下年度继续办理6件。')]))).toEqual({ 'requests.carriedForward.total': 6 });
  });
});

describe('narrowByStatedTotals', () => {
  // Table 四's first group printed with three numbers for four cells: '1 2 3'. Every placement of
  // the missing cell satisfies upheld + corrected + other = total (1|2|_|3 → _=0, 1|2|3|_ → _=6, …),
  // so the total is open: 3 or 6.
  const keys = ['reviewLitigation.review.upheld', 'reviewLitigation.review.corrected', 'reviewLitigation.review.other', 'reviewLitigation.review.total'];
  const identity = { id: 'review', total: keys[3]!, parts: keys.slice(0, 3) };
  const printed = (): ReturnType<typeof solve> & { groups: Parameters<typeof solve>[0] } => {
    const groups = [{ id: 'review', keys, candidates: rowCandidates({ values: [plain('1'), plain('2'), plain('3')], blankCells: 0 }, 4) }];
    return { ...solve(groups, [identity]), groups };
  };

  it('should settle readings the identities leave open, flagged narrative', () => {
    const { fields, stats, groups } = printed();
    expect(fields.get(keys[3]!)).toMatchObject({ value: null, candidates: [3, 6] });
    narrowByStatedTotals(fields, stats, groups, [identity], [text('本年度办理行政复议案件6件。')]);
    expect(keys.map((k) => fields.get(k)!.value)).toEqual([1, 2, 3, 6]);
    expect(fields.get(keys[3]!)!.flags).toContain('narrative');
  });

  it('should leave them open when the stated total fits no reading', () => {
    const { fields, stats, groups } = printed();
    narrowByStatedTotals(fields, stats, groups, [identity], [text('本年度办理行政复议案件9件。')]);
    expect(fields.get(keys[3]!)).toMatchObject({ value: null, candidates: [3, 6] });
  });

  it('should never touch a value the table already determines', () => {
    const groups = [{ id: 'review', keys, candidates: rowCandidates({ values: [plain('1'), plain('2'), plain('3'), plain('6')], blankCells: 0 }, 4) }];
    const { fields, stats } = solve(groups, [identity]);
    narrowByStatedTotals(fields, stats, groups, [identity], [text('本年度办理行政复议案件7件。')]);
    expect(fields.get(keys[3]!)).toMatchObject({ value: 6 });
    expect(fields.get(keys[3]!)!.flags).not.toContain('narrative');
  });
});
