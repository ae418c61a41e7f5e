/**
 * A CMS page with a menu bar of glued entries over a breadcrumb over the title ('网站首页政务公开法定主动公开内容政府信息公开年报' /
 * '您当前的位置：网站首页 > 政务公开 > 年度报告'): the bar is no title's first half, the breadcrumb's last segment no title's
 * second half; the title read is the one printed below them, naming the agency and the year.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];

describe('a menu bar and a breadcrumb above the title', () => {
  const agency = '临川市应急管理局';
  const bars = ['网站首页政务公开法定主动公开内容政府信息公开年报', '首页信息公开主动公开年报', '网站首页  政务公开  法定主动公开内容  年度报告'];
  const crumbs = ['您当前的位置：网站首页 > 政务公开 > 年度报告', '当前位置：首页 > 政务公开 > 政府信息公开年报', '首页 > 信息公开 > 年度报告'];
  for (const title of [`${agency}2019年政府信息公开工作年度报告`, `2019年度${agency}政府信息公开工作年度报告`]) {
    for (const bar of bars) {
      for (const crumb of crumbs) {
        it(`reads '${title}' under '${bar}' / '${crumb}'`, () => {
          const m = metaOf([bar, crumb, '', title, '', `信息来源：${agency} | 发布日期：2020-01-19 | 浏览次数：1024`, '', ...BODY].join('\n'));
          expect(m.title).toBe(title);
          expect(m.year).toBe(2019);
        });
      }
    }
  }
});
