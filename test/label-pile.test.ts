/**
 * Values printed after a pile of labels by a layout analyser (map/label-pile `afterLabelPile`, score
 * APART_BESIDE_UNRESOLVED_CAP). pdfminer's `pdf2txt` writes each text box as a paragraph: table 二's label column comes out
 * as one box of labels, then the value boxes; blank cells print nothing. fresh49 k1-1001 pm-A / pm-M6 / pm-L03 read the
 * '7' after '规章 … 行政处罚 · 行政强制' (行政规范性文件's 现行有效件数) as 行政强制's at 0.88; k2-2002 pm-L03 read seven zeros
 * after 不予公开's labels 1.–6. as 6.属于四类过程性信息's at 0.88. The text does not say which row of the pile printed them.
 */
import { extract, flattenData } from '../src/index.js';
import { afterLabelPile } from '../src/map/label-pile.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

/** A pdf2txt -A dump of a Chromium A5 print of table 二 with blank zeros (fresh49 k1-1001's shape, values changed). */
function boxDump(pile: boolean): string {
  const labels = pile ? ['⾏政处罚', '⾏政强制', '9'] : ['⾏政处罚', '31', '⾏政强制', '9'];
  return ['某市某局2022年政府信息公开工作年度报告', '一、总体情况', '本报告依据《条例》编制。', '\f⼆、主动公开政府信息情况', '第⼆⼗条第（⼀）项', '信息内容',
    '本年制发件数 本年废⽌件数 现⾏有效件数', '规章', '⾏政规范性⽂件', '信息内容', '⾏政许可', '信息内容', ...labels, '第⼆⼗条第（五）项', '本年处理决定数量',
    '第⼆⼗条第（六）项', '本年处理决定数量', '31', '第⼆⼗条第（⼋）项', '信息内容', '本年收费⾦额（单位：万元）', '⾏政事业性收费', '',
    '五、存在的主要问题及改进情况', '无。', ''].join('\n\n');
}

async function read(text: string, key: string): Promise<[unknown, number]> {
  const rep = await extract(new TextEncoder().encode(text), { name: 'pm-A.txt' });
  return [flattenData(rep.data).get(key), (rep.fields as Record<string, { confidence: number }>)[key]?.confidence ?? 0];
}

describe('values after a pile of labels in a pdfminer box dump', () => {
  it('should not place the pile\'s first values under its last label at ≥ 0.8', async () => {
    const [value, confidence] = await read(boxDump(true), 'activeDisclosure.coercion.decisions');
    // 9 is read beside 行政强制 (the last label of the pile), which the text does not determine: below 0.8.
    if (value !== null && value !== undefined) expect(confidence).toBeLessThan(0.8);
  });
  it('should keep a value printed right after its own label alone', async () => {
    const [value, confidence] = await read(boxDump(false), 'activeDisclosure.coercion.decisions');
    expect([value, confidence >= 0.9]).toEqual([9, true]);
  });
});

describe('afterLabelPile', () => {
  const specs = TEMPLATE_2021.requestRows;
  const spec = (key: string): (typeof specs)[number] => specs.find((s) => s.key === key)!;
  const label = (text: string): TableRow => ({ label: text, pending: '', values: [], blankCells: 0, source: {} }) as TableRow;
  const zeros = (text: string, pending: string, blockOrdered = true): TableRow =>
    ({ label: text, pending, values: Array.from({ length: 7 }, () => ({ kind: 'num', value: 0, raw: '0' })), blankCells: 0, source: {}, ...(blockOrdered ? { blockOrdered: true } : {}) }) as TableRow;
  // k2-2002 pm-L03: 不予公开's labels each on a row of its own, then '予公开 0 0 0 0 0 0 0' with '6.属于四类过程性信息 （三）不' pending.
  const piled = [label('4.保护第三方合法权益'), label('5.属于三类内部事务信息'), zeros('予公开', '6.属于四类过程性信息 （三）不')];
  it('should mark values after label-only rows naming several template rows', () => {
    expect(afterLabelPile(piled, piled[2]!, spec('denied.processInfo'), specs, '予公开')).toBe(true);
  });
  it('should not mark a row whose label alone precedes its values, nor a dump that is not block-ordered', () => {
    const own = [zeros('5.属于三类内部事务信息', ''), zeros('6.属于四类过程性信息', '')];
    expect(afterLabelPile(own, own[1]!, spec('denied.processInfo'), specs, '')).toBe(false);
    const plain = [label('4.保护第三方合法权益'), label('5.属于三类内部事务信息'), zeros('予公开', '6.属于四类过程性信息', false)];
    expect(afterLabelPile(plain, plain[2]!, spec('denied.processInfo'), specs, '予公开')).toBe(false);
    // `pdftotext -layout`: the values' own line prints the row's label ('6.属于四类过程性信息  0 … 0'), label-only rows above it.
    const layout = [label('4.保护第三方合法权益'), label('5.属于三类内部事务信息'), zeros('6.属于四类过程性信息', '')];
    expect(afterLabelPile(layout, layout[2]!, spec('denied.processInfo'), specs, '6.属于四类过程性信息')).toBe(false);
  });
});
