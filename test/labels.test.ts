/**
 * Row labels and empty cells as real layouts print them (issue 16): label coverage in both
 * directions, fragments joined to the row they complete, numbering with inner spaces, the （六）
 * layout from the labels present, empty totals derived per cell, a table with nothing read, and
 * Word simple fields in a .docx. Every expected value below is read off the input by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { compareReport, extract, flattenData, type Golden, type Report } from '../src/index.js';
import { normalizeLabel } from '../src/layout/normalize-text.js';
import { unwrapFieldsXml } from '../src/load/docx-fields.js';
import { joinFragments, rowMatches } from '../src/map/join-fragments.js';
import { matchLabel } from '../src/map/label-match.js';
import { shiftedStretches, unshiftLabels } from '../src/map/shifted-labels.js';
import { scoreField } from '../src/score/index.js';
import { MAX_COMBINATIONS, solve, type Candidate, type Group } from '../src/solve/index.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { detectTemplate } from '../src/template/detect.js';
import { REQUEST_ROWS_COMBINED } from '../src/template/requests.js';
import { ROOT } from './helpers/paths.js';
import { labelledRequestRows } from './helpers/table3.js';

/** Table 三 (one （六） row), tab-separated: identities hold (5+1 = 5+1 per column, outcomes sum to 总计). */
const REQUESTS = labelledRequestRows({
  newReceived: '5 1 0 0 0 1 7', carriedOver: '1 0 0 0 0 0 1', granted: '2 1 0 0 0 0 3', partiallyGranted: '1 0 0 0 0 0 1',
  'unavailable.notHeld': '1 0 0 0 0 1 2', 'notProcessed.confirmation': '1 0 0 0 0 0 1', totalHandled: '5 1 0 0 0 1 7', carriedForward: '1 0 0 0 0 0 1',
});
const ACTIVE = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '信息内容\t本年处理决定数量', '行政许可\t31', '行政处罚\t12', '行政强制\t0', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t0'];

const tabRow = ([label, values]: [string, string]): string => [label, ...values.split(' ')].join('\t');
const requestLines = (edit: (rows: string[]) => string[] = (r) => r): string[] => edit(REQUESTS.map(tabRow));

/** A whole report around the given table lines. */
function report({ active = ACTIVE, requests = requestLines() }: { active?: string[]; requests?: string[] }): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', ...active,
    '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    ...requests, '四、政府信息公开行政复议、行政诉讼情况', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const read = async (bytes: Uint8Array, name = 'r.txt'): Promise<Report> => extract(bytes, { name });
const value = (r: Report, key: string): unknown => flattenData(r.data).get(key);
const row = (label: string, values: number[], extra: Partial<TableRow> = {}): TableRow => ({
  label, pending: '', values: values.map((v) => ({ kind: 'num', value: v, raw: String(v), fusable: false })), blankCells: 0, source: {}, ...extra,
});

describe('matchLabel: coverage of the template label in both directions', () => {
  it('should take a short label at the end of glued noise, partially', () => {
    expect(matchLabel('2023年版规章', '规章')).toEqual({ score: 0.75, partial: true });
    expect(matchLabel('开申请其他', '其他').partial).toBe(true);
    expect(matchLabel('规章', '规章')).toEqual({ score: 1, partial: false });
  });

  it('should score a truncated head or a wrapped tail by the share it covers', () => {
    const head = matchLabel('要求行政', '要求行政机关确认或重新出具已获取信息');
    expect(head.partial).toBe(true);
    expect(head.score).toBeCloseTo(0.6 + (0.3 * 4) / 18, 6);
    expect(matchLabel('机关确认或重新出具已获取信息', '要求行政机关确认或重新出具已获取信息').score).toBeGreaterThan(0.8);
    // Two characters start too many labels to name one.
    expect(matchLabel('行政', '行政许可').partial).toBe(false);
  });

  it('should strip numbering written with inner spaces', () => {
    expect(normalizeLabel('( 七 ) 总计')).toBe('总计');
    expect(normalizeLabel('三 、本年度办理结果')).toBe('本年度办理结果');
  });
});

describe('joinFragments', () => {
  const blankTail = (label: string): TableRow => ({ label, pending: '', values: [], blankCells: 7, source: {} });

  it('should join the tail of a wrapped label on a row of empty cells to the row above', () => {
    const rows = joinFragments([row('4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]), row('5.要求行政', [1, 0, 0, 0, 0, 0, 1]), blankTail('机关确认或重新出具已获取信息'), row('（六）其他处理', [0, 0, 0, 0, 0, 0, 0])], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => r.label)).toEqual(['4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理']);
    expect(rows[1]!.joined).toBe(true);
  });

  it('should keep a real blank row whose own label matches', () => {
    const rows = joinFragments([row('1.本机关不掌握相关政府信息', [1, 0, 0, 0, 0, 1, 2]), blankTail('2.没有现成信息需要另行制作'), row('3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0])], REQUEST_ROWS_COMBINED);
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.joined)).toBe(false);
  });

  it("should join an item number read as a row of empty cells to the numbers its wrapped label continues to ('（二）' / '部分公开（区分处理的…')", () => {
    const rows = joinFragments([row('（一）予以公开', [2, 1, 0, 0, 0, 0, 3]), blankTail('（二）'), row('分处理的，只计这一情形，不计其', [1, 0, 0, 0, 0, 0, 1], { pending: '部分公 开（区' }), blankTail('他情形）'), row('1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0], { pending: '（三）不予公开' })], REQUEST_ROWS_COMBINED);
    expect(rows.some((r) => r.label === '（二）')).toBe(false);
    expect(rows[1]!.pending.startsWith('（二）')).toBe(true);
    expect(rows[1]!.values.map((v) => (v.kind === 'num' ? v.value : null))).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('should keep a blank row whose next row starts its own item', () => {
    const rows = joinFragments([blankTail('5.属于'), row('6.属于四类过程性信息', [1, 0, 0, 0, 0, 0, 1], { pending: '三类内 部事务 信息' })], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => [r.label, r.values.length])).toEqual([['5.属于三类内部事务信息', 0], ['6.属于四类过程性信息', 7]]);
  });

  it("should give a wrapped label's lines above the next numbered row's first line to the row they continue (top-aligned borderless cells)", () => {
    // fb37 apb2-lopd: '2.其他' (empty cells) / '法律' / … / '公开' / '3.危 … 6件 10件 16件' / '及“三' / … / '4.保护 95件 … 95件'.
    const rows = joinFragments([row('1.属于国家秘密', [0, 0, 0, 0, 5, 0, 5]), blankTail('2.其他'), row('3.危', [0, 0, 0, 0, 6, 10, 16], { pending: '法律 行政 法规 禁止 公开' }), row('4.保护', [95, 0, 0, 0, 0, 0, 95], { pending: '及“三 安全 一稳 定”' })], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => [r.label, r.pending, r.values.length])).toEqual([
      ['1.属于国家秘密', '', 7],
      ['2.其他法律行政法规禁止公开', '', 0],
      ['3.危及“三安全一稳定”', '', 7],
      ['4.保护', '', 7],
    ]);
  });

  it("should never read two sibling items' labels as one ('（六）其他处' above '（七）总计 理')", () => {
    // fb37 apb1-lopd: 其他处理's empty row printed as its label only; joined, '（六）其他处（七）总计理' took 总计's values.
    const top = (r: TableRow): string => {
      const best = rowMatches(r, REQUEST_ROWS_COMBINED).best.map((m) => m.score);
      return REQUEST_ROWS_COMBINED[best.indexOf(Math.max(...best))]!.key;
    };
    expect(top(row('（七）总计 理', [83, 68, 3, 6, 8, 7, 175], { pending: '（六）其他处' }))).toBe('totalHandled');
    // A block heading above its first numbered item still names it.
    expect(top(row('1.属于国家秘密', [0, 0, 0, 0, 5, 0, 5], { pending: '（三）不予公开' }))).toBe('denied.stateSecret');
  });

  it("should not join a label that names a row by itself to a row whose label names another ('四、结转下年度继续办理' after '三、本年度办理结果 （七）总计')", () => {
    // numbered-print-variants seed 6, pdftotext -raw: the block label printed on every row, 结转下年度's cells blank,
    // its label left an orphan before table 四; joined to the total row, 结转下年度 took 总计's values at 0.85.
    const orphan = { ...row('四、结转下年度继续办理', []), orphan: true };
    const rows = joinFragments([row('三、本年度办理结果 （六）其他处理', [0, 982, 0, 0, 0, 16, 998]), row('三、本年度办理结果 （七）总计', [6504, 5105, 292, 383, 739, 1504, 14527]), orphan], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => r.label)).toEqual(['三、本年度办理结果 （六）其他处理', '三、本年度办理结果 （七）总计']);
    // Asked for `closing` (a table read as printing its zeros blank, drop54), the orphan naming table 三's closing row by itself is that row, of no values.
    const closing = joinFragments([row('三、本年度办理结果 （六）其他处理', [0, 982, 0, 0, 0, 16, 998]), row('三、本年度办理结果 （七）总计', [6504, 5105, 292, 383, 739, 1504, 14527]), orphan], REQUEST_ROWS_COMBINED, true);
    expect(closing.map((r) => [r.label, r.values.length])).toEqual([['三、本年度办理结果 （六）其他处理', 7], ['三、本年度办理结果 （七）总计', 7], ['四、结转下年度继续办理', 0]]);
    // The same text as a tail on the next row's pending lines stays where it is.
    const tails = joinFragments([row('三、本年度办理结果 （七）总计', [6504, 5105, 292, 383, 739, 1504, 14527]), row('', [0, 0, 0, 0, 0, 0, 0], { pending: '四、结转下年度继续办理' })], REQUEST_ROWS_COMBINED);
    expect(tails.map((r) => [r.label, r.pending])).toEqual([['三、本年度办理结果 （七）总计', ''], ['', '四、结转下年度继续办理']]);
  });

  it('should move a text-only tail (the next page) up to the label it completes', () => {
    const rows = joinFragments([row('5.要求行政', [1, 0, 0, 0, 0, 0, 1]), row('（六）其他处理', [0, 0, 0, 0, 0, 0, 0], { pending: '机关确认或重新出具已获取信息' })], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => [r.label, r.pending])).toEqual([['5.要求行政机关确认或重新出具已获取信息', ''], ['（六）其他处理', '']]);
  });
});

describe('labels in whole reports', () => {
  it('should read a row whose label tail wrapped onto a row of empty cells, flagged labelPartial, and keep one （六） row', async () => {
    const r = await read(report({ requests: requestLines((rows) => rows.flatMap((l) => (l.startsWith('5.要求行政') ? [l.replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政'), `机关确认或重新出具已获取信息${'\t'.repeat(7)}`] : [l]))) }));
    expect(value(r, 'requests.notProcessed.confirmation.naturalPerson')).toBe(1);
    expect(value(r, 'requests.otherHandling.combined.total')).toBe(0);
    expect(r.fields['requests.notProcessed.confirmation.naturalPerson']!.flags).toContain('labelPartial');
  });

  it('should read a row whose label tail is on the next page', async () => {
    const r = await read(report({ requests: requestLines((rows) => rows.flatMap((l) => (l.startsWith('5.要求行政') ? [l.replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政'), '— 3 —', '机关确认或重新出具已获取信息'] : [l]))) }));
    expect(value(r, 'requests.notProcessed.confirmation.total')).toBe(1);
    expect(value(r, 'requests.otherHandling.combined.total')).toBe(0);
  });

  it("should read a short label glued after a header word ('其他（七）总计') as that label", async () => {
    const r = await read(report({ requests: requestLines((rows) => rows.map((l) => l.replace(/^（七）总计/, '其他（七）总计'))) }));
    expect(value(r, 'requests.totalHandled.total')).toBe(7);
    expect(value(r, 'requests.totalHandled.naturalPerson')).toBe(5);
  });

  it("should read '( 七 ) 总计' as 总计", async () => {
    const r = await read(report({ requests: requestLines((rows) => rows.map((l) => l.replace('（七）总计', '( 七 ) 总计'))) }));
    expect(value(r, 'requests.totalHandled.total')).toBe(7);
    expect(r.fields['requests.totalHandled.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should read a short label with a stray header line glued on, below 0.9 (table 二 has no identity to confirm it)', async () => {
    const active = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '（2023年版）', '规章', '1', '0', '4', '行政规范性文件', '2', '1', '9'];
    const r = await read(report({ active }));
    expect(value(r, 'activeDisclosure.regulations.inForce')).toBe(4);
    expect(r.fields['activeDisclosure.regulations.inForce']!.flags).toContain('labelPartial');
    expect(r.fields['activeDisclosure.regulations.inForce']!.confidence).toBeLessThan(0.9);
  });

  it('should derive an empty 总计 cell and read the other empty cells as 0', async () => {
    const blanked = (l: string): string => l.replace(/\t0(?=\t|$)/g, '\t').replace(/\t\d+$/, (m) => (/（[一二四]）/.test(l) ? '\t' : m));
    const r = await read(report({ requests: requestLines((rows) => rows.map(blanked)) }));
    expect(value(r, 'requests.granted.total')).toBe(3);
    expect(r.fields['requests.granted.total']!.flags).toContain('derived');
    expect(value(r, 'requests.granted.research')).toBe(0);
    expect(r.fields['requests.granted.research']!.flags).toContain('blank');
    expect(value(r, 'requests.unavailable.notHeld.total')).toBe(2);
  });

  it('should read rows whose empty 总计 was lost as trailing white space (a text layout) with the total derived', async () => {
    const layout = (l: string): string => `    ${l.replace(/\t\d+$/, '').split('\t').join('    ')}`;
    const r = await read(report({ requests: requestLines((rows) => rows.map(layout)) }));
    expect(value(r, 'requests.granted.total')).toBe(3);
    expect(value(r, 'requests.denied.stateSecret.naturalPerson')).toBe(0);
    expect(value(r, 'requests.totalHandled.total')).toBe(7);
    expect(r.fields['requests.granted.total']!.flags).toContain('derived');
  });

  it('should give a table of which nothing was read as missing, not 0', async () => {
    const active = ACTIVE.map((l) => (l.startsWith('信息内容') ? l : l.replace(/\t[\d.]+/g, '\t')));
    const r = await read(report({ active }));
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBeNull();
    expect(r.fields['activeDisclosure.licensing.decisions']!.flags).toContain('missing');
    expect(value(r, 'requests.totalHandled.total')).toBe(7);
  });
});

describe('labels lifted out of the table', () => {
  it('should pair a pile of label lines with the label-less value rows that follow, in order', async () => {
    // Rows 6.–8. of （三）: their three labels printed first, then their values (6. given one commercial request to tell them apart).
    const requests = requestLines((rows) => {
      const at = rows.findIndex((l) => l.startsWith('6.属于四类'));
      const values = ['0\t1\t0\t0\t0\t0\t1', '0\t0\t0\t0\t0\t0\t0', '0\t0\t0\t0\t0\t0\t0'];
      const labels = rows.slice(at, at + 3).map((l) => l.split('\t')[0]!);
      return [...rows.slice(0, at), ...labels, ...values, ...rows.slice(at + 3)];
    });
    // The identities still hold: one more commercial request handled adds 1 to 总计 and to 本年新收 (commercial and total).
    const fixed = requests.map((l) => l.replace(/^（七）总计\t5\t1/, '（七）总计\t5\t2').replace(/^(（七）总计(?:\t\d+){5})\t7/, '$1\t8').replace(/^一、本年新收政府信息公开申请数量\t5\t1/, '一、本年新收政府信息公开申请数量\t5\t2').replace(/^(一、本年新收政府信息公开申请数量(?:\t\d+){5})\t7/, '$1\t8'));
    const r = await read(report({ requests: fixed }));
    expect(value(r, 'requests.denied.processInfo.commercial')).toBe(1);
    expect(value(r, 'requests.denied.enforcementFiles.commercial')).toBe(0);
    expect(r.fields['requests.denied.processInfo.commercial']!.flags).toContain('labelPartial');
  });
});

describe('solver: one row widened at a time when the full space is too large', () => {
  it('should settle a table of many blank rows and one row whose cheapest reading breaks its identity', () => {
    const cells = (vs: (number | undefined)[]): Candidate['cells'] => vs.map((value) => ({ value, flags: [] }));
    const blankRow = (i: number): Group => ({
      id: `b${i}`, keys: [`b${i}.a`, `b${i}.b`, `b${i}.t`],
      candidates: [{ cells: cells([0, 0, 0]), cost: 0 }, { cells: cells([0, 0, undefined]), cost: 0.5 }, { cells: cells([undefined, undefined, undefined]), cost: 1 }],
    });
    const blanks = Array.from({ length: 12 }, (_, i) => blankRow(i));
    // Both readings of the short row hold its own total; only the dearer one holds the column total c.x = s.a + Σ b.a.
    const short: Group = { id: 's', keys: ['s.a', 's.b', 's.t'], candidates: [{ cells: cells([2, 3, 5]), cost: 0 }, { cells: cells([3, 2, 5]), cost: 0.5 }] };
    const column: Group = { id: 'c', keys: ['c.x'], candidates: [{ cells: cells([3]), cost: 0 }] };
    expect(3 ** 12 * 2).toBeGreaterThan(MAX_COMBINATIONS);
    const rowTotals = [...blanks, short].map((g) => ({ id: g.id, total: g.keys[2]!, parts: g.keys.slice(0, 2) }));
    const identities = [...rowTotals, { id: 'col', total: 'c.x', parts: ['s.a', ...blanks.map((g) => g.keys[0]!)] }];
    const { fields } = solve([...blanks, short, column], identities);
    expect(fields.get('s.a')).toMatchObject({ value: 3 });
    expect(fields.get('b3.t')).toMatchObject({ value: 0 });
  });
});

describe('（六） layout from the labels present', () => {
  it('should keep one （六） row when its label is printed, whatever the row count', () => {
    expect(detectTemplate('本年制发件数 （六）其他处理', 2023, 25).otherHandling).toBe('combined');
    expect(detectTemplate('本年制发件数 1.申请人无正当理由', 2023, 23).otherHandling).toBe('split');
    expect(detectTemplate('本年制发件数', 2023, 25).otherHandling).toBe('split');
  });
});

describe('labelPartial confidence', () => {
  const placement = { by: 'label' as const, labelScore: 1, partial: true, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
  const check = (keys: string[], total: number) => ({ id: 'x', ok: true, expected: total, actual: total, keys });
  it('should stay below 0.9 unless an identity beyond the row holds', () => {
    const own = [check(['requests.granted.total', 'requests.granted.naturalPerson'], 1)];
    expect(scoreField('requests.granted.total', { value: 1, flags: [] }, placement, own).confidence).toBeLessThan(0.9);
    const fields = new Map([['requests.totalHandled.total', { value: 1, flags: [] }]]);
    const across = [check(['requests.granted.total', 'requests.totalHandled.total'], 1)];
    expect(scoreField('requests.granted.total', { value: 1, flags: [] }, placement, across, fields).confidence).toBeGreaterThanOrEqual(0.9);
    expect(scoreField('requests.granted.total', { value: 1, flags: [] }, { ...placement, partial: false }, own).confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('.docx simple fields', () => {
  it('should unwrap w:fldSimple to its result runs', () => {
    const xml = '<w:p><w:fldSimple w:instr=" MERGEFIELD a "><w:r><w:t>12</w:t></w:r></w:fldSimple><w:fldSimple w:instr=" PAGE "/></w:p>';
    expect(unwrapFieldsXml(xml)).toBe('<w:p><w:r><w:t>12</w:t></w:r></w:p>');
  });

  it('should read table values written as MERGEFIELD results', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'samples/docx-word.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    let n = 0;
    const wrapped = xml.replace(/<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: [^>]*)?>\d+<\/w:t><\/w:r>/g, (run) => `<w:fldSimple w:instr=" MERGEFIELD f${++n} ">${run}</w:fldSimple>`);
    expect(n).toBeGreaterThan(100);
    zip.file('word/document.xml', wrapped);
    const r = await read(await zip.generateAsync({ type: 'uint8array' }), 'fields.docx');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden/docx-word.golden.json'), 'utf8')) as Golden;
    expect(compareReport('docx', r, golden).fields.filter((f) => !f.ok)).toEqual([]);
  });
});

describe('labels attached one row off (PDF-to-markdown converters)', () => {
  /** （四）'s three rows with their labels one row below their values: a label-less value row first, the last label alone on a row of empty cells. */
  const shiftedDown = requestLines((rows) => {
    const at = rows.findIndex((l) => l.startsWith('（四）无法提供'));
    const labels = rows.slice(at, at + 3).map((l) => l.split('\t')[0]!);
    const values = rows.slice(at, at + 3).map((l) => l.split('\t').slice(1).join('\t'));
    return [...rows.slice(0, at), `\t${values[0]}`, `${labels[0]}\t${values[1]}`, `${labels[1]}\t${values[2]}`, `${labels[2]}${'\t'.repeat(7)}`, ...rows.slice(at + 3)];
  });

  it('should not give a confident value to a row whose label may belong to its neighbour', async () => {
    const r = await read(report({ requests: shiftedDown }));
    // Printed under '1.本机关不掌握相关政府信息' are zeros; its values (… 2) are on the label-less row above.
    for (const key of ['requests.unavailable.notHeld.total', 'requests.unavailable.needsCreation.total', 'requests.unavailable.unclear.total']) {
      const f = r.fields[key]!;
      const right = { 'requests.unavailable.notHeld.total': 2, 'requests.unavailable.needsCreation.total': 0, 'requests.unavailable.unclear.total': 0 }[key];
      if (value(r, key) !== right) expect(f.confidence).toBeLessThan(0.9);
    }
    expect(r.fields['requests.unavailable.notHeld.total']!.confidence).toBeLessThan(0.9);
  });

  it('should move the labels back when the label-less row finds no free template row', async () => {
    const r = await read(report({ requests: shiftedDown }));
    expect(value(r, 'requests.unavailable.notHeld.naturalPerson')).toBe(1);
    expect(value(r, 'requests.unavailable.notHeld.total')).toBe(2);
    expect(value(r, 'requests.unavailable.needsCreation.total')).toBe(0);
    expect(value(r, 'requests.unavailable.unclear.total')).toBe(0);
  });

  it('should mark a stretch between a label-less value row and a labelled row of empty cells', () => {
    const blank = row('3.补正后申请内容仍不明确', [], { values: Array.from({ length: 7 }, () => ({ kind: 'blank' as const })), blankCells: 7 });
    expect([...shiftedStretches([row('（一）予以公开', [1]), row('', [2]), row('1.本机关不掌握相关政府信息', [0]), blank, row('（五）不予处理', [0])])]).toEqual([1, 2, 3]);
    expect(shiftedStretches([row('', [2]), row('1.本机关不掌握相关政府信息', [0])]).size).toBe(0);
  });

  it('should shift only toward a row of empty cells whose label names a template row', () => {
    const cells = { values: Array.from({ length: 7 }, () => ({ kind: 'blank' as const })), blankCells: 7 };
    const values = [row('1.本机关不掌握相关政府信息', [0]), row('2.没有现成信息需要另行制作', [0])];
    const bare = row('', [2]);
    const rows = (blank: TableRow): TableRow[] => [bare, ...values, blank];
    const placed = new Set(values);
    // The leftover label names 3.补正后申请内容仍不明确: the labels are moved back by one.
    const named = unshiftLabels(rows(row('3.补正后申请内容仍不明确', [], cells)), placed, REQUEST_ROWS_COMBINED);
    expect(named?.map((r) => r.label)).toEqual(['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']);
    // A note above an OCR'd table (its text garbled) names nothing: a stray number near it shifts no label.
    expect(unshiftLabels(rows(row('〈本列数据的邹冤关系为;第一项加第二项之和等于第三项加第四项之和)', [], cells)), placed, REQUEST_ROWS_COMBINED)).toBeNull();
  });

  it('should not shift labels from the rest of a row broken over lines in a table printing its blank cells', () => {
    // PDFBox -sort under rows of no-break-space cells: 总计's numbers wrapped inside their cells ('13 2' / '5 9 1 4 2 1').
    const cells = { values: Array.from({ length: 7 }, () => ({ kind: 'blank' as const })), blankCells: 7 };
    const labelled = [row('5.要求行政机关确认或重新出具已获取信息', [4, 3, 0, 0, 0, 1, 8]), row('（六）其他处理', [2, 0, 0, 0, 0, 0, 2]), row('（七）总计', [13, 2])];
    const rows = [row('4.无正当理由大量反复申请', [], cells), ...labelled, row('', [5, 9, 1, 4, 2, 1])];
    expect(unshiftLabels(rows, new Set(labelled), REQUEST_ROWS_COMBINED)).toBeNull();
    // A whole row above the label-less one: the labels are moved back as before.
    const whole = [row('4.无正当理由大量反复申请', [], cells), labelled[0]!, labelled[1]!, row('', [5, 9, 1, 4, 2, 1, 22])];
    expect(unshiftLabels(whole, new Set(labelled), REQUEST_ROWS_COMBINED)).not.toBeNull();
  });

  it('should keep the rows outside the stretch confident', async () => {
    const r = await read(report({ requests: shiftedDown }));
    expect(value(r, 'requests.granted.total')).toBe(3);
    expect(r.fields['requests.granted.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('empty 总计 cells in a table printed one value per line', () => {
  it('should read rows of zeros whose total was lost, not send the whole table to ambiguity', async () => {
    // Every row one cell per line, its 总计 printed empty (an empty line): six values for seven cells.
    const requests = REQUESTS.flatMap(([label, values]) => [label, ...values.split(' ').slice(0, 6), '']);
    const r = await read(report({ requests }));
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.granted.total')).toBe(3);
    expect(value(r, 'requests.denied.stateSecret.total')).toBe(0);
    expect(value(r, 'requests.unavailable.notHeld.total')).toBe(2);
    expect(r.fields['requests.denied.stateSecret.total']!.flags).not.toContain('ambiguous');
  });
});
