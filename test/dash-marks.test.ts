/**
 * Not-applicable marks other than '/' (TEMPLATE.md: '—', '－', '-', '无' in a cell are null) standing apart
 * in text whose cells a crawler joined with single spaces (BeautifulSoup get_text(' '), a refill): each
 * is one value cell, as a '/' is (tables/tokenize-cell NA_MARK_SOURCE, used by INNER_NA, LEADING_NA,
 * MID_NA and the marks before a row's first value). What must stay text: a hyphen in a word or a date,
 * a minus glued to its number, a lone dash bullet, a page mark, '无法提供', a grid table's border.
 */
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { COLS, makeValues, requestRows, requestValues, rng } from '../scripts/template-data.mjs';

const parts = (cell: string): string => JSON.stringify(tokenizeCell(cell).parts.map((p) => (p.kind === 'text' ? p.text.trim() : p.kind === 'num' ? p.value : p.kind)));

describe('dash marks standing apart in a line of cells', () => {
  it('should read marks after a label and before its first value as value cells', () => {
    expect(parts('（一）予以公开 － － 132 － 5')).toBe('["(一)予以公开","na","na",132,"na",5]');
    expect(parts('8.属于行政查询事项 无 636 无 13')).toBe('["8.属于行政查询事项","na",636,"na",13]');
    expect(parts('3.危及“三安全一稳定” —— 14')).toBe('["3.危及“三安全一稳定”","na",14]');
  });
  it('should read marks between two labels and between values as value cells', () => {
    expect(parts('6.属于四类过程性信息 - - - - - - - 7.属于行政执法案卷 3')).toBe('["6.属于四类过程性信息","na","na","na","na","na","na","na","7.属于行政执法案卷",3]');
    expect(parts('2 — — 5')).toBe('[2,"na","na",5]');
    expect(parts('— — （五）不予处理')).toBe('["na","na","(五)不予处理"]');
  });
  it('should keep hyphens, minus signs, bullets, page marks and borders as they were', () => {
    expect(parts('- 项目说明 3')).toBe('["- 项目说明",3]');
    expect(parts('- 7 -')).toBe('["- 7 -"]');
    expect(parts('（四）无法提供 5')).toBe('["(四)无法提供",5]');
    expect(parts('行政许可 -15 3')).toBe('["行政许可",-15,3]');
    expect(parts('+------+-----+')).toBe('["+------+-----+"]');
    expect(parts('申请 - 答复')).toBe('["申请 - 答复"]');
    expect(parts('— 7 —')).toBe('["— 7 —"]');
  });
  it('should read marks starting a line of value cells (pdftotext -raw) as value cells', () => {
    expect(parts('— 7 — — — — 7')).toBe('["na",7,"na","na","na","na",7]');
    expect(parts('— — — 1 2 — 3')).toBe('["na","na","na",1,2,"na",3]');
    expect(parts('6. — — — — — 1 1')).toBe('["6.","na","na","na","na","na",1,1]');
    expect(parts('－ 1,203 － 5')).toBe('["na",1203,"na",5]');
  });
});

/** Table 三 of a generated report printed as `pdftotext -raw` prints a LibreOffice table: each row's label, then its cells on a line of their own, zeros as `mark`. */
function rawDumpReport(seed: number, mark: string): { text: string; truth: Map<string, number | null> } {
  const data = makeValues(seed, { scale: 30 });
  const truth = new Map<string, number | null>();
  const lines = (requestRows(false) as [string, string, string][]).flatMap(([group, label, key]) => {
    const values = requestValues(data, key) as number[];
    values.forEach((v, i) => truth.set(`requests.${key}.${COLS[i]}`, v === 0 ? null : v));
    return [...[group, label].filter(Boolean), values.map((v) => (v === 0 ? mark : String(v))).join(' ')];
  });
  const text = ['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
    ...lines, '四、政府信息公开行政复议、行政诉讼情况', '无。'].join('\n');
  return { text: `${text}\n`, truth };
}

describe('a pdftotext -raw dump printing its zeros as dash marks', () => {
  for (const [seed, mark] of [[71, '—'], [72, '－'], [73, '-']] as const) {
    it(`should read rows starting with '${mark}' in place (seed ${seed}): no number where a mark is printed, no field wrong`, async () => {
      const { text, truth } = rawDumpReport(seed, mark);
      const rep = await extract(new TextEncoder().encode(text), { name: 'raw.txt' });
      const got = flattenData(rep.data);
      let right = 0;
      for (const [key, want] of truth) {
        if (want === null) expect([key, typeof got.get(key)]).not.toEqual([key, 'number']);
        else if (got.get(key) !== null && got.get(key) !== undefined) expect([key, got.get(key)]).toEqual([key, want]);
        if (want !== null && got.get(key) === want) right++;
      }
      expect(right).toBe([...truth.values()].filter((v) => v !== null).length);
    });
  }
});

/** Table 三 of a generated report with its zeros printed `mark`, the whole page joined into one line by single spaces. */
function soupReport(seed: number, mark: string): { text: string; truth: Map<string, number | null> } {
  const data = makeValues(seed, { scale: 300 });
  const truth = new Map<string, number | null>();
  const rows = (requestRows(false) as [string, string, string][]).map(([group, label, key]) => {
    const values = requestValues(data, key) as number[];
    values.forEach((v, i) => truth.set(`requests.${key}.${COLS[i]}`, v === 0 ? null : v));
    return [group, label, ...values.map((v) => (v === 0 ? mark : String(v)))].filter(Boolean).join(' ');
  });
  const text = ['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...rows, '四、政府信息公开行政复议、行政诉讼情况', '无。'].join(' ');
  return { text: `${text}\n`, truth };
}

describe('a crawled report printing its zeros as dash marks', () => {
  for (const [seed, mark] of [[61, '－'], [62, '—'], [63, '-'], [64, '无']] as const) {
    it(`should read no number where '${mark}' is printed (seed ${seed}) and no other field wrong at ≥ 0.9`, async () => {
      const { text, truth } = soupReport(seed, mark);
      const rep = await extract(new TextEncoder().encode(text), { name: 'soup.txt' });
      const got = flattenData(rep.data);
      const fields = rep.fields as Record<string, { confidence: number }>;
      for (const [key, want] of truth) {
        if (want === null) expect([key, typeof got.get(key)]).not.toEqual([key, 'number']);
        else if ((fields[key]?.confidence ?? 0) >= 0.9) expect([key, got.get(key)]).toEqual([key, want]);
      }
    });
  }
});

/**
 * Table 三 of a generated report as `pdftotext -layout` prints a narrow page (A5, legal at a small
 * scale): cells two spaces or more apart, but a zero printed `mark` one space from its neighbour
 * ('21 － －', '－ － 1', '3 － 5'). The marks are value cells, never words that put the number in doubt:
 * read as marks, the row keeps its places, so no gap is filled with a derived 0.
 */
function narrowLayoutReport(seed: number, mark: string): { text: string; truth: Map<string, number | null> } {
  const data = makeValues(seed, { scale: 300 });
  const r = rng(seed);
  const truth = new Map<string, number | null>();
  const rows = (requestRows(false) as [string, string, string][]).map(([group, label, key]) => {
    const values = requestValues(data, key) as number[];
    values.forEach((v, i) => truth.set(`requests.${key}.${COLS[i]}`, v === 0 ? null : v));
    const cells = values.map((v) => (v === 0 ? mark : String(v)));
    // A mark glued by one space to the cell before it, at random: the narrow column's squeeze.
    const line = cells.map((c, i) => (i === 0 ? c : (c === mark || cells[i - 1] === mark) && r() < 0.6 ? ` ${c}` : `   ${c}`)).join('');
    return `  ${[group, label].filter(Boolean).join('  ')}    ${line}`;
  });
  const text = ['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '三、收到和处理政府信息公开申请情况',
    '                                   申请人情况',
    '                          自然人          法人或其他组织             总计',
    '                                 商业企业  科研机构  社会公益组织  法律服务机构  其他',
    ...rows, '四、政府信息公开行政复议、行政诉讼情况', '无。'].join('\n');
  return { text: `${text}\n`, truth };
}

describe('a narrow layout dump printing a zero mark one space from its neighbour', () => {
  it('should read the marks of a value cell as value cells', () => {
    const p = (cell: string): string => JSON.stringify(tokenizeCell(cell, { phrases: true, valueCell: 'first' }).parts.map((x) => (x.kind === 'num' ? `${x.value}${x.cellWords ? '!' : ''}` : x.kind)));
    expect(p('21 － －')).toBe('["21","na","na"]');
    expect(p('－ － 1')).toBe('["na","na","1"]');
    expect(p('3 — 5')).toBe('["3","na","5"]');
    expect(p('至少40 －')).toBe('["40!","na"]');
    expect(p('－ 4 －')).toBe('["na","4","na"]');
  });
  // Before the marks were cells, seeds 72 and 74 read 11 numbers wrong at 0.85 (a row's lost marks filled with derived values).
  for (const [seed, mark] of [[72, '—'], [74, '/'], [75, '－'], [79, '—'], [80, '－']] as const) {
    it(`should read no number at ≥ 0.8 where '${mark}' is printed (seed ${seed}) and none wrong at ≥ 0.8`, async () => {
      const { text, truth } = narrowLayoutReport(seed, mark);
      const rep = await extract(new TextEncoder().encode(text), { name: 'narrow.txt' });
      const got = flattenData(rep.data);
      const fields = rep.fields as Record<string, { confidence: number }>;
      for (const [key, want] of truth) {
        const v = got.get(key);
        if (typeof v === 'number' && (fields[key]?.confidence ?? 0) >= 0.8) expect([key, v]).toEqual([key, want]);
      }
    });
  }
});

describe('rare dash and slash glyphs in a fee cell (session 46, task 4)', () => {
  const tab = `${['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t2\t16\t11', '行政规范性文件\t13\t8\t14', '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t2938', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t4817', '行政强制\t4', '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）'].join('\n')}\n`;
  const FEES = 'activeDisclosure.fees.amount';
  const run = (cell: string) => extract(new TextEncoder().encode(`示例局2024年政府信息公开工作年度报告\n一、总体情况\n本局公开信息。\n${tab}行政事业性收费\t${cell}\n三、收到和处理政府信息公开申请情况\n无。`), { name: 'fee.txt' });

  it.each(['――', '―', '‒', '﹘', '⸺', '∕', '⁄'])("should read '%s' as not applicable, as '—' and '/' are", async (mark) => {
    // Were read as no cell (missing): the mark rules list '—', '–', '-', '－', '/', '／' only; fixCompatibilityChars maps these to them.
    const r = await run(mark);
    expect(flattenData(r.data).get(FEES)).toBeNull();
    expect((r.fields as Record<string, { flags: string[]; confidence: number }>)[FEES]!.flags).toContain('notApplicable');
  });

  it("should keep a 1 read from '一' (a numeral, or a dash typed with the wrong key) below 0.8", async () => {
    const r = await run('一');
    expect((r.fields as Record<string, { flags: string[]; confidence: number }>)[FEES]!.confidence).toBeLessThan(0.8);
  });
});
