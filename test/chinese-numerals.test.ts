/**
 * Values written as Chinese numerals (src/tables/chinese-numerals.ts): the parser on hand-checked
 * cases, where a numeral is a value (a whole cell, the values run ending a cell) and where it is
 * label text, and whole reports from scripts/chinese-numeral-variants.mjs (seeds not used while
 * writing the parser): no field wrong at ≥ 0.9.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { parseChineseNumeral, readChineseNumerals } from '../src/tables/chinese-numerals.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { build } from '../scripts/chinese-numeral-variants.mjs';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0], ['〇', 0], ['七', 7], ['十', 10], ['十二', 12], ['一十二', 12], ['二十', 20], ['二十八', 28], ['八十六', 86],
    ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['二百四十九', 249], ['两百', 200], ['两千零三', 2003], ['一千零五', 1005],
    ['一千零五十', 1050], ['三千二百', 3200], ['九千九百九十九', 9999], ['一万', 10000], ['三万', 30000], ['一万二千', 12000],
    ['一万零五百', 10500], ['十二万三千四百五十六', 123456], ['壹佰贰拾叁', 123], ['贰拾', 20], ['兩百', 200], ['一亿', 100000000],
  ])('reads %s as %d', (word, value) => {
    expect(parseChineseNumeral(word)).toBe(value);
  });

  it.each(['十十', '二二', '一〇五', '百', '千', '万', '两', '两十', '十两', '一百五', '两千三', '一万五', '一百零五十', '二十零', '零零', '一百十二', '二十八九', '三安全', '十百'])(
    'does not read %s (malformed or in doubt)',
    (word) => {
      expect(parseChineseNumeral(word)).toBeNull();
    },
  );
});

describe('Chinese numerals in cells', () => {
  it('reads a whole cell as its number, flagged', () => {
    expect(tokenizeCell('二百四十九').parts).toEqual([{ kind: 'num', value: 249, raw: '249', fusable: false, chineseNumeral: true }]);
  });

  it('reads the values that end a cell and leaves the label numerals', () => {
    const parts = tokenizeCell('（三）不予公开 1.属于国家秘密 七 0 二十八').parts;
    expect(parts[0]).toEqual({ kind: 'text', text: '(三)不予公开 1.属于国家秘密 ' }); // brackets half-width (normalizeCell)
    expect(parts.slice(1).map((p) => (p.kind === 'num' ? [p.value, p.chineseNumeral === true] : p.kind))).toEqual([[7, true], [0, false], [28, true]]);
  });

  it.each(['第 二十 条', '3.危及“三安全一稳定”', '5.属于三类内部事务信息', '一、本年新收政府信息公开申请数量', '二〇二四年一月二十日'])('leaves label text %s as text', (cell) => {
    expect(readChineseNumerals(cell).at).toEqual([]);
    expect(tokenizeCell(cell).parts.some((p) => p.kind === 'num' && p.chineseNumeral)).toBe(false);
  });

  it('reads a malformed numeral cell as a value printed and not read', () => {
    expect(tokenizeCell('十十').parts).toEqual([{ kind: 'blank', ocr: { unread: true }, chineseNumeral: true }]);
  });

  it('never reads a malformed numeral cell of a report as a number at >= 0.9', async () => {
    const row = (label: string, cells: string[]): string => [label, ...cells].join('\t');
    const text = [
      '示例局2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      row('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ['申请人情况']),
      row('自然人', ['法人或其他组织', '总计']),
      row('商业企业', ['科研机构', '社会公益组织', '法律服务机构', '其他']),
      row('一、本年新收政府信息公开申请数量', ['5', '二二', '0', '0', '0', '0', '27']),
    ].join('\n');
    const r: Report = await extract(new TextEncoder().encode(text), { name: 'malformed.txt' });
    const key = 'requests.newReceived.commercial';
    const got = flattenData(r.data).get(key);
    if (got !== null && got !== undefined) expect(r.fields[key]!.confidence).toBeLessThan(0.9);
  });
});

describe('reports with Chinese-numeral values (scripts/chinese-numeral-variants.mjs)', () => {
  it.each([201, 202, 203, 204])('seed %d: no field wrong at >= 0.9, most read', async (seed) => {
    const v = build(seed);
    const r: Report = await extract(v.bytes, { name: v.name }); // the wide type: fields indexed by computed keys
    const got = flattenData(r.data);
    let right = 0;
    const wrong: string[] = [];
    for (const [k, truth] of flattenData({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation })) {
      const conf = r.fields[k]?.confidence ?? 0;
      if (got.get(k) === truth && conf >= 0.9) right++;
      else if (got.get(k) != null && got.get(k) !== truth && conf >= 0.9) wrong.push(k);
    }
    expect(v.rewritten).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(180);
  });
});
