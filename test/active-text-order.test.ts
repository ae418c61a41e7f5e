/**
 * Table 二's own text printed out of the template's order (map/active-text-order): plain `pdftotext`
 * of turned pages writes the turned page's blocks — header words before the section heading, a row's
 * label before an earlier row's, values before or after their labels. Table 二 has no identity, so no
 * value of it may be read at ≥ 0.8 from such a stream (score TEXT_DISORDER_CAP). Invented reports, numbers chosen by hand in
 * the shapes scripts/turned-ptt-variants.mjs shows (LibreOffice /Rotate 90, Chromium landscape /Rotate 180).
 */
import { conf, read, value } from './helpers/report-fields.js';

const HEAD = ['示例市某某局2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外。'];
const TAIL = ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const ACTIVE_KEYS = ['regulations.issued', 'regulations.repealed', 'regulations.inForce', 'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce', 'licensing.decisions', 'punishment.decisions', 'coercion.decisions', 'fees.amount'].map((k) => `activeDisclosure.${k}`);

const text = (lines: readonly string[]): Uint8Array => new TextEncoder().encode([...HEAD, ...lines, ...TAIL].join('\n\n'));

/** Every table 二 value read (of the keys starting with `prefixes`) is below 0.8 (score TEXT_DISORDER_CAP), and the warning names the disorder. */
async function expectCapped(lines: readonly string[], prefixes: readonly string[] = ['activeDisclosure.']): Promise<void> {
  const r = await read(text(lines));
  for (const k of ACTIVE_KEYS.filter((key) => prefixes.some((p) => key.startsWith(p)))) if (typeof value(r, k) === 'number') expect([k, conf(r, k) < 0.8]).toEqual([k, true]);
  expect(r.warnings.some((w) => w.code === 'rows_unread' && w.message.includes("out of the template's order"))).toBe(true);
}

describe("table 二's text out of the template's order (turned pages' plain text dumps)", () => {
  it('should keep values below 0.8 when the table\'s header words come before the section heading (a page turned 90°)', async () => {
    // Each value before its label: '行政处罚' / '18' is 行政强制's 18.
    await expectCapped([
      '（二）依申请公开', '依法规范办理政府信息公开申请，按时答复。',
      '信息', '内容', '16', '本年制', '发件数', '18', '10', '本年废止件数', '5', '8', '现行有效件数',
      '二、主动公开政府信息情况', '规章', '17', '第二十条第（一）项', '行政规范性文件', '信息', '内容', '4468', '本年处理决', '定数量',
      '第二十条第（五）项', '行政许可', '信息', '内容', '3719', '本年处理决', '定数量', '第二十条第（六）项', '行政处罚', '18',
      '本年收费金额（单位：万元）', '行政强制', '信息', '内容', '4274.79', '第二十条第（八）项', '行政事业性收费',
    ]);
  });

  it('should keep values below 0.8 when a row label comes before an earlier row\'s (a page turned 180°)', async () => {
    // 规章 9 9 7 / 行政规范性文件 17 1 3 printed in the turned page's order: no row or column order gives it.
    await expectCapped([
      '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '规章', '9', '行政规范性文件', '17', '3', '1', '7', '9', '现行有效件数', '本年废止件数',
      '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '2214', '第二十条第（六）项', '10', '行政强制', '1885', '行政处罚', '本年处理决定数量', '信息内容',
      '第二十条第（八）项', '7987.91', '行政事业性收费', '本年收费金额（单位：万元）', '信息内容',
    ]);
  });

  it('should keep the first small table\'s values below 0.8 when its header words come out of order (a portrait page turned 180°)', async () => {
    // The 2 × 3 block's values before its labels, in no row or column order: 规章 9 9 7 / 行政规范性文件 17 1 3.
    await expectCapped([
      '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '1', '17', '9', '9', '本年废止件数', '本年制发件数', '规章', '行政规范性文件', '现行有效件数', '7', '3',
      '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '2214', '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '1885', '行政强制', '10',
      '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '7987.91',
    ], ['activeDisclosure.regulations.', 'activeDisclosure.normativeDocuments.']);
  });

  it('should keep the first small table\'s values below 0.8 when its header words, wrapped in narrow cells, come out of order (a page turned 180°)', async () => {
    // fb36 turn t1: '本年废止件 现行有效件' / '数' / '数' before '本年制发件数'; the values 规章 9 9 7 / 行政规范性文件 17 1 3
    // column by column here, the block's first and last cells had been read at 0.95.
    await expectCapped([
      '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '9', '17', '9', '1', '7', '3', '本年废止件 现行有效件\n数\n数', '本年制发件数',
      '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '2214', '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '1885', '行政强制', '10',
      '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '7987.91',
    ], ['activeDisclosure.regulations.', 'activeDisclosure.normativeDocuments.']);
  });

  it("should keep values below 0.8 when letter-spaced small-table headings come out of order (pdftotext -tsv words joined per line)", async () => {
    // breakit58 ptt-tsv-lines/r23: a page in two text columns, each glyph a word, '第 二 十 条 第 （ 八 ） 项' before
    // '（ 六 ）'; the rows' labels in order, one value per line: 其他对外管理服务事项's cells had been read exchanged at 0.935.
    await expectCapped([
      '二、主动公开政府信息情况', '第 二 十 条 第 （ 一 ） 项', '信 息 内 容', '本 年 制 发 件 数', '本 年 废 止 件 数', '现 行 有 效 件 数', '规 章', '9', '9', '7', '行 政 规 范 性 文 件', '17', '1', '3',
      '第 二 十 条 第 （ 五 ） 项', '信 息 内 容', '本 年 处 理 决 定 数 量', '行 政 许 可', '2214',
      '第 二 十 条 第 （ 八 ） 项', '信 息 内 容', '本 年 处 理 决 定 数 量', '行 政 处 罚', '1885', '行 政 强 制', '10',
      '第 二 十 条 第 （ 六 ） 项', '信 息 内 容', '本 年 收 费 金 额 （ 单 位 ： 万 元 ）', '行 政 事 业 性 收 费', '7987.91',
    ]);
  });

  it('should leave letter-spaced small-table headings in order alone', async () => {
    const r = await read(text([
      '二、主动公开政府信息情况', '第 二 十 条 第 （ 一 ） 项', '信 息 内 容', '本 年 制 发 件 数', '本 年 废 止 件 数', '现 行 有 效 件 数', '规 章', '9', '9', '7', '行 政 规 范 性 文 件', '17', '1', '3',
      '第 二 十 条 第 （ 五 ） 项', '信 息 内 容', '本 年 处 理 决 定 数 量', '行 政 许 可', '2214',
      '第 二 十 条 第 （ 六 ） 项', '信 息 内 容', '本 年 处 理 决 定 数 量', '行 政 处 罚', '1885', '行 政 强 制', '10',
      '第 二 十 条 第 （ 八 ） 项', '信 息 内 容', '本 年 收 费 金 额 （ 单 位 ： 万 元 ）', '行 政 事 业 性 收 费', '7987.91',
    ]));
    expect(r.warnings.some((w) => w.code === 'rows_unread' && w.message.includes("out of the template's order"))).toBe(false);
    expect([value(r, 'activeDisclosure.punishment.decisions'), conf(r, 'activeDisclosure.punishment.decisions') >= 0.9]).toEqual([1885, true]);
  });

  // Upright: each small table label column first, in the template's order; the header words whole, or each wrapped in a
  // narrow cell ('本年制发件' / '数': a head names its word only when it names one, 本年废止件 yes, 本年 no).
  it.each([
    ['whole', ['本年制发件数', '本年废止件数', '现行有效件数']],
    ['wrapped', ['本年制发件\n数', '本年废止件\n数', '现行有效件\n数']],
  ])("should leave an upright plain dump alone (each small table label column first, in the template's order; header words %s)", async (_, header) => {
    const r = await read(text([
      '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', ...header, '规章', '9 9 7', '行政规范性文件', '17 1 3',
      '第二十条第（五）项', '信息内容', '行政许可', '本年处理决定数量', '2214',
      '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '1885', '行政强制', '10',
      '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '7987.91',
    ]));
    expect(r.warnings.some((w) => w.code === 'rows_unread' && w.message.includes("out of the template's order"))).toBe(false);
    expect([value(r, 'activeDisclosure.licensing.decisions'), value(r, 'activeDisclosure.coercion.decisions'), value(r, 'activeDisclosure.normativeDocuments.inForce')]).toEqual([2214, 10, 3]);
    expect(conf(r, 'activeDisclosure.coercion.decisions')).toBeGreaterThanOrEqual(0.9);
  });
});
