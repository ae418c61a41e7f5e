/**
 * Table 二 printed as a label block then its value column (plain pdftotext of a values-first page):
 * each small table's column header followed by its values. Read by the blocks' structure when it
 * determines them, every value below 0.9 (map/active-blocks). Expected values read off the input.
 */
import { conf, read, table2Report, value } from './helpers/report-fields.js';

const LABELS = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容', '行政许可', '第二十条第（六）项', '信息内容', '行政处罚', '行政强制', '第二十条第（八）项', '信息内容', '行政事业性收费', ''];
const BLOCKS = ['本年制发件数', '本年废止件数', '现行有效件数', '0', '2', '135', '0', '8', '199', '本年处理决定数量', '385', '本年处理决定数量', '1597', '9', '本年收费金额（单位：万元）', '2663.04'];

const report = table2Report;

describe('table 二 printed as a label block then its value blocks', () => {
  it('should read each block row by row under its small table, below 0.9; a 2 × 3 cell read otherwise column by column ambiguous', async () => {
    const r = await read(report([...LABELS, ...BLOCKS]));
    const want: [string, number][] = [
      ['regulations.issued', 0], ['normativeDocuments.inForce', 199], ['licensing.decisions', 385], ['punishment.decisions', 1597], ['coercion.decisions', 9], ['fees.amount', 2663.04],
    ];
    for (const [k, v] of want) {
      expect(value(r, `activeDisclosure.${k}`)).toBe(v);
      expect(conf(r, `activeDisclosure.${k}`)).toBeLessThan(0.9);
    }
    // 0 2 135 0 8 199 row by row (plain pdftotext) or column by column (pdfminer): both readings named, neither chosen.
    const both: [string, number[]][] = [['regulations.repealed', [2, 135]], ['regulations.inForce', [135, 8]], ['normativeDocuments.issued', [0, 2]], ['normativeDocuments.repealed', [8, 0]]];
    for (const [k, c] of both) {
      expect(value(r, `activeDisclosure.${k}`)).toBeNull();
      expect(r.fields[`activeDisclosure.${k}`]?.candidates).toEqual(c);
    }
  });

  it('should read a 2 × 3 block printed column by column (pdfminer) as ambiguous where the readings differ, never the row-by-row value at 0.8', async () => {
    // Chosen: regulations 16 17 14, normativeDocuments 18 0 8, printed column by column.
    const blocks = ['本年制发件数', '本年废止件数', '现行有效件数', '16', '18', '17', '0', '14', '8', ...BLOCKS.slice(9)];
    const r = await read(report([...LABELS, ...blocks]));
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(16);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(8);
    for (const k of ['regulations.repealed', 'regulations.inForce', 'normativeDocuments.issued', 'normativeDocuments.repealed']) {
      expect(value(r, `activeDisclosure.${k}`)).toBeNull();
      expect(conf(r, `activeDisclosure.${k}`)).toBe(0);
    }
  });

  it('should read nothing when a block does not hold its small table\'s count', async () => {
    // 处罚/强制's block lost a value: 1 value for 2 rows; the structure no longer determines the blocks.
    const r = await read(report([...LABELS, ...BLOCKS.filter((t) => t !== '9')]));
    expect(value(r, 'activeDisclosure.regulations.issued')).toBeNull();
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBeNull();
  });

  // plain pdftotext of a pdftocairo re-print: every label in one pile, the first header taken as the table's, the
  // other small tables' headers printed together before their values (breakit50 pt-cairo c00).
  const PILE = ['信息内容', '规章', '行政规范性文件', '信息内容', '行政许可', '信息内容', '行政处罚', '行政强制', '信息内容', '行政事业性收费', '', '第二十条第（一）项', '本年制发件数 本年废止件数 现行有效件数', '0', '', '0', '', '10', '', '0', '', '0', '', '171', ''];
  const TOGETHER = ['第二十条第（五）项', '本年处理决定数量', '第二十条第（六）项', '本年处理决定数量', '第二十条第（八）项', '本年收费金额（单位：万元）', '', '0', '', '2457', '36', '', '240.30'];

  it('should read the values after several small tables\' headers printed together, below 0.9', async () => {
    const r = await read(report([...PILE, ...TOGETHER]));
    // (0 0 10 / 0 0 171 row by row; column by column regulations would read 0 10 0: its repealed and inForce ambiguous.)
    expect(r.fields['activeDisclosure.regulations.inForce']?.candidates).toEqual([10, 0]);
    const want: [string, number][] = [['normativeDocuments.inForce', 171], ['licensing.decisions', 0], ['punishment.decisions', 2457], ['coercion.decisions', 36], ['fees.amount', 240.3]];
    for (const [k, v] of want) {
      expect(value(r, `activeDisclosure.${k}`)).toBe(v);
      expect(conf(r, `activeDisclosure.${k}`)).toBeLessThan(0.9);
    }
  });

  it('should read a value printed past the next header as the stream\'s, and nothing when the count is off', async () => {
    // 强制's 0 printed after 第（八）项's header: the blocks hold 1 | 1 | 2 values for 1 | 2 | 1 cells, 10 in all.
    const crossed = ['第二十条第（五）项', '本年处理决定数量', '606', '第二十条第（六）项', '本年处理决定数量', '0', '第二十条第（八）项', '本年收费金额（单位：万元）', '0', '203.5'];
    const r = await read(report([...PILE, ...crossed]));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(0);
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(0);
    expect(value(r, 'activeDisclosure.fees.amount')).toBe(203.5);
    expect(conf(r, 'activeDisclosure.fees.amount')).toBeLessThan(0.9);
    const extra = await read(report([...PILE, ...crossed, '7']));
    expect(value(extra, 'activeDisclosure.fees.amount')).toBeNull();
  });

  // pdfminer `pdf2txt` of a Chromium print (gen60 pdfminer-a4): every label but the last small table's first, then the
  // blocks (2 × 3 column by column), then the last small table whole — its header, its label, its value.
  const MINER_LABELS = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容', '行政许可', '第二十条第（六）项', '信息内容', '行政处罚', '行政强制', '第二十条第（八）项', ''];
  const MINER_BLOCKS = ['本年制发件数', '本年废止件数', '现行有效件数', '', '8', '', '1', '', '7', '', '12', '', '4', '', '0', '', '本年处理决定数量', '', '4666', '', '本年处理决定数量', '', '181', '', '11', ''];
  const FEES_WHOLE = ['信息内容', '', '本年收费金额（单位：万元）', '', '行政事业性收费', '', '3532.61', ''];

  it('should read the blocks before a last small table printed whole after them (its label among the values), below 0.9', async () => {
    const r = await read(report([...MINER_LABELS, ...MINER_BLOCKS, ...FEES_WHOLE]));
    const want: [string, number][] = [['regulations.issued', 8], ['normativeDocuments.inForce', 0], ['licensing.decisions', 4666], ['punishment.decisions', 181], ['coercion.decisions', 11], ['fees.amount', 3532.61]];
    for (const [k, v] of want) {
      expect(value(r, `activeDisclosure.${k}`)).toBe(v);
      expect(conf(r, `activeDisclosure.${k}`)).toBeLessThan(0.9);
    }
    // 8 1 7 12 4 0 row by row or column by column: the cells the readings disagree on stay ambiguous.
    expect(value(r, 'activeDisclosure.regulations.repealed')).toBeNull();
    // The last small table's labels after the blocks, its value not printed: the blocks still stand for the tables before it.
    const unprinted = await read(report([...MINER_LABELS, ...MINER_BLOCKS, '第二十条第（八）项', '信息内容', '行政事业性收费', '']));
    expect(value(unprinted, 'activeDisclosure.licensing.decisions')).toBe(4666);
    expect(value(unprinted, 'activeDisclosure.coercion.decisions')).toBe(11);
    // The blocks short of the small tables before the whole one: nothing read from them.
    const short = await read(report([...MINER_LABELS, ...MINER_BLOCKS.filter((t) => t !== '11'), ...FEES_WHOLE]));
    expect(value(short, 'activeDisclosure.punishment.decisions')).toBeNull();
    expect(value(short, 'activeDisclosure.licensing.decisions')).toBeNull();
  });

  it('should read the blocks after a second label pile (the later small tables\' labels after the first block), captions\' numbers no cells', async () => {
    // pdfminer `pdf2txt` (gen60 pdfminer-a4): a caption '表2-N' over each small table, regulations' labels and block, then
    // the other small tables' labels, their headings and captions, their blocks, the last small table whole.
    const lines = ['表2-1', '', '第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '本年制发件数', '本年废止件数', '现行有效件数', '',
      '15', '', '2', '', '0', '', '13', '', '10', '', '2', '', '信息内容', '行政许可', '信息内容', '行政处罚', '行政强制', '表2-2', '',
      '第二十条第（五）项', '表2-3', '', '第二十条第（六）项', '表2-4', '', '第二十条第（八）项', '本年处理决定数量', '', '1714', '',
      '本年处理决定数量', '', '2102', '', '8', '', '信息内容', '行政事业性收费', '本年收费金额（单位：万元）', '', '739.72', ''];
    const r = await read(report(lines));
    const want: [string, number][] = [['regulations.issued', 15], ['normativeDocuments.inForce', 2], ['licensing.decisions', 1714], ['punishment.decisions', 2102], ['coercion.decisions', 8], ['fees.amount', 739.72]];
    for (const [k, v] of want) {
      expect(value(r, `activeDisclosure.${k}`)).toBe(v);
      expect(conf(r, `activeDisclosure.${k}`)).toBeLessThan(0.9);
    }
    // The second pile's blocks short of its small tables: nothing read from them, the first pile's stand.
    const short = await read(report(lines.filter((t) => t !== '8')));
    expect(value(short, 'activeDisclosure.regulations.issued')).toBe(15);
    expect(value(short, 'activeDisclosure.punishment.decisions')).toBeNull();
    expect(value(short, 'activeDisclosure.coercion.decisions')).toBeNull();
  });
});
