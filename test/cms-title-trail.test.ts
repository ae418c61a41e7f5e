/**
 * A metadata title that is a CMS's trail of the page (a PDF's /Title, a page's `<title>`: the site's name, channels and the
 * report's title as listed, joined by - _ | > » › / ——): the report's piece is the title (meta/title `trailTitle`), never the
 * trail whole with the site's name leading it. scripts/cms-title-pdf-variants.mjs prints such pages.
 */
import { findTitle, trailTitle } from '../src/meta/title.js';

const TITLE = '安丘市教育局2023年度政府信息公开工作年度报告';

describe('a CMS trail as the metadata title', () => {
  it.each([
    `安丘市人民政府-政务公开-政府信息公开年报-${TITLE}`,
    `安丘市人民政府_政务公开_法定主动公开内容_${TITLE}`,
    `安丘市人民政府 | 政务公开 | ${TITLE}`,
    `安丘市人民政府/政务公开/${TITLE}`,
    `安丘市人民政府——政务公开——${TITLE}`,
    `${TITLE}-政府信息公开年报-政务公开-安丘市人民政府`,
  ])('should take the report from %s', (meta) => {
    expect(findTitle([], meta)?.text).toBe(TITLE);
  });

  it('should leave a title that is no trail as it is', () => {
    expect(trailTitle(TITLE)).toBeUndefined();
    // (A hyphen between digits is no separator; a piece with a numeral is no channel.)
    expect(trailTitle('安丘市教育局2022-2023年度政府信息公开工作年度报告')).toBeUndefined();
    expect(trailTitle('第2期-安丘市教育局2023年度政府信息公开工作年度报告')).toBeUndefined();
  });
});
