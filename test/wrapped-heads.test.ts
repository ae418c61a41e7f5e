/**
 * Table 二 values that are only the head of a number wrapped in a narrow cell (heads48). A plain `pdftotext` dump of a
 * Chromium print whose value cells are two characters wide (scripts/wrapped-cell-variants.mjs --kind pairs --outs plain,
 * dev seed 5, table 二 only) prints 行政处罚's 2327 · +4 · 1440 as '23' / '4' / '27', lines of their own: read as the row's
 * three cells, 23 and 27 came out at 0.918, and nothing checks table 二. The same table shows its cells wrap numbers
 * (行政许可 '36' / '4' / '01' / '11' / '47': no count starts with 0, five values for three cells), so a row read from
 * values on several lines may hold pieces: below 0.8 (map/table-rows wrapsNumbers, score PIECES_BESIDE_CAP).
 */
import { extract } from '../src/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const WRAPPED = `测试市第5局2024年政府信息公开工作年度报告
一、总体情况

（一）主动公开
本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。
（二）依申请公开
依法规范办理政府信息公开申请，按时答复。
二、主动公开政府信息情况

第二十条第（一）项

信息内容

本本 对
年年 外
新新 公
制公 开
作开 总
数数 数
量量 量

规章

14 16 4

规范性文件

13 1

12

第二十条第（五）项

信息内容

上
处
一
本 理
年
年 决
项
增/ 定
目
减 数
数
量
量

行政许可

36
4
01

11
47

\f其他对外管理服务事项

16 2

0

第二十条第（六）项

信息内容

上
处
一
本 理
年
年 决
项
增/ 定
目
减 数
数
量
量

行政处罚

23
4
27

行政强制

15 -3 0

第二十条第（八）项

信息内容

上
一
本
年
年
项
增/
目
减
数
量

行政事业性收费

16 -3

第二十条第（九）项

信息内容

采
采
购
购
项
总
目
金
数
额
量

政府集中采购

2 42
31.

14
40

\f99
`;
const PUNISHMENT = ['activeDisclosure.punishment.prevItems', 'activeDisclosure.punishment.decisions'];
const conf = async (text: string, key: string): Promise<number | undefined> => ((await extract(enc(text), { name: 'wc.txt' })).fields as Record<string, { confidence: number }>)[key]?.confidence;

describe('table 二 rows of a plain dump whose cells wrap numbers', () => {
  it('a row read from values on lines of their own is below 0.8 where the table shows a tail piece', async () => {
    for (const key of PUNISHMENT) expect(await conf(WRAPPED, key)).toBeLessThan(0.8);
  });
  it('a row printed on one line keeps its confidence', async () => {
    expect(await conf(WRAPPED, 'activeDisclosure.coercion.prevItems')).toBeGreaterThanOrEqual(0.9);
  });
  it('a table with no sign of wrapping is not capped', async () => {
    // 行政许可 and 政府集中采购 printed whole: no tail piece, no row with more values than cells.
    const clean = WRAPPED.replace('36\n4\n01\n\n11\n47', '3601\n4\n1147').replace(/2 42\n31\.\n\n14\n40\n\n\f?99/, '2\n4231.99');
    expect(clean).not.toBe(WRAPPED);
    for (const key of PUNISHMENT) expect(await conf(clean, key)).toBeGreaterThanOrEqual(0.9);
  });
});
