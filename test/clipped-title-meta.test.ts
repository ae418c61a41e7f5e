/**
 * A LibreOffice print of a CMS page (html → odt → pdf): the sidebar's narrow entries ('政府' / '信息' / '公开' / '制度')
 * stand beside a title cut at its frame's edge ('中共武冈市委员会机构编制委员会办公室 2025 年' … '报告'), and a
 * sidebar entry joined to a piece of the title reads as a report's title ('政府信息公开制度开工作年度报告': 0.85).
 * The page does not determine the title; the PDF's metadata title, when it reads whole, goes before it (not trusted as printed).
 */
import type { Line } from '../src/model/document.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const TITLE = '中共武冈市委员会机构编制委员会办公室2021年政府信息公开工作年度报告';
const line = (cells: string[]): Line => ({ cells, xs: cells.length > 1 ? [92, 158] : [78], separated: cells.length > 1, source: { page: 1 } }) as unknown as Line;
const lines = (texts: string[]): Line[] => texts.map((t) => line([t]));

describe('a sidebar entry joined to a clipped title piece', () => {
  const agency = '中共武冈市委员会机构编制委员会办公室';
  for (const [entry, rest] of [['制度', '开工作年度报告'], ['指南', '开工作年度报告'], ['制度', '公开工作年度报告']] as const) {
    it(`should take the whole metadata title before the sidebar's '政府信息公' / '开${entry}' beside '${rest}'`, () => {
      const page = [line(['•首页']), line(['•政务公开']), line(['当前位置：首页>政务公开>政府信息公开年报']), line(['•政府信息公']), line(['开年报', `${agency}2`]), line(['•政府信息公']), line([`开${entry}`, rest]), line(['•政府信息公']), line(['开目录', `发布时间：2022-03-24来源：${agency}`]), line(['一、总体情况']), line(['（一）主动公开']), line(['本机关坚持以公开为常态。'])];
      const meta = scoreMeta(extractMeta({ name: 'r.pdf', metaTitle: TITLE, lines: page } as never));
      expect([meta.title, meta.fields.title.confidence < 0.9]).toEqual([TITLE, true]);
    });
  }

  it('should keep a printed title that reads whole over the metadata title', () => {
    const doc = { name: 'r.pdf', metaTitle: '某网站', lines: lines(['中共武冈市委员会机构编制委员会办公室', '2021年政府信息公开工作年度报告', '一、总体情况']) };
    expect(scoreMeta(extractMeta(doc as never)).title).toBe(TITLE);
  });
});
