/**
 * A big title wrapped inside an agency name with a bracketed part (breakit55 ptt-layout-gscairo r16:
 * '蓼川县人民政府办公室（县政务服务和' / '大数据管理局）2021 年度政府信息公' / '开工作年度报告' read from its
 * second line at 0.95). Generated names and wrap points: the head is joined where the document prints
 * the name whole elsewhere, and a title starting inside the bracket is never confirmed.
 */
import { extractMeta } from '../src/meta/index.js';
import type { Line } from '../src/model/document.js';
import { scoreMeta } from '../src/score/meta.js';
import { titleLooksWhole } from '../src/meta/title.js';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ cells: [t], source: { line: i + 1 }, separated: false }));
const meta = (text: string) => scoreMeta(extractMeta({ lines: linesOf(text), name: 'report.txt' }));

const NAMES = ['青禾县人民政府办公室（县政务服务和大数据管理局）', '澄江市农业农村局（市乡村振兴局）', '青禾县卫生健康委员会（县中医药管理局）'];
const TAIL = '2022 年度政府信息公开工作年度报告';

/** The title broken at `at` characters of the name, then inside its report words. */
const page = (name: string, at: number, source: boolean): string =>
  ['当前位置：首页 > 政务公开 > 政府信息公开年报', '', '', name.slice(0, at), `${name.slice(at)}${TAIL.slice(0, 12)}`, TAIL.slice(12), source ? `发布时间：2023-01-20 来源：${name}` : '发布时间：2023-01-20', '', '一、总体情况', '本机关坚持以公开为常态、不公开为例外。', '', name, '2023年1月20日'].join('\n');

describe('a title wrapped inside a bracketed agency name', () => {
  for (const name of NAMES) {
    const open = name.indexOf('（');
    for (const at of [open + 2, open + 4, name.length - 3]) {
      it(`joins the head '${name.slice(0, at)}' to the title`, () => {
        const m = meta(page(name, at, true));
        expect(m.title).toBe(`${name}2022年度政府信息公开工作年度报告`);
      });
    }
  }

  it('never takes a title that starts inside the bracket for whole', () => {
    expect(titleLooksWhole('大数据管理局）2021年度政府信息公开工作年度报告', 2021)).toBe(false);
    expect(titleLooksWhole('蓼川县人民政府办公室（县政务服务和大数据管理局）2021年度政府信息公开工作年度报告', 2021)).toBe(true);
  });
});
