/**
 * @file The report's printed title: the first line near the top that names a
 * 政府信息公开…年度报告, cleaned of page furniture (a breadcrumb before it, a site name after it),
 * joined with the line above when the title is printed on two lines ('洪泽区人民政府' /
 * '2023 年政府信息公开工作年度报告') or broken inside its words ('…2023年政府信息' / '公开工作年度报告').
 * A line of running text ('…年度报告向社会公布。') is never the title, whatever it names.
 */
import type { Line } from '../model/document.js';
import { isAgencyName, normaliseTitle, titleParts, unitOf } from './agency-name.js';
import { unmarkedLine } from '../layout/unmarked-line.js';
import { BYLINE_FIELD } from '../layout/hard-wrap.js';
import { lineText, metaText } from './line-text.js';
import { maxOf, pushAll } from '../_internal/extremes.js';
import { headerWordsOnly } from '../tables/build-rows.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { matchHeading } from '../sections/match-heading.js';
import { findSignOff, type LineDate } from './sign-off.js';
import { columnTitle } from './column-titles.js';
import { notedYear, overviewYear, presentedAs, statisticsYear } from './body.js';
import { bySupport } from './title-support.js';
import { reportLines, startOf, type ReportLines } from './report-lines.js';

/** lines. The title is looked for this far from the top. */
export const TITLE_WINDOW = 40;
/** chars. A longer line is running text that mentions a report, not a title. */
const MAX_TITLE = 60;
/** chars. The upper half of a two-line title is an agency name, short. */
const MAX_TITLE_HEAD = 25;

/** The title's words; U+FFFD (a miscoded glyph in a text dump, layout/miscoded-chars) may stand for 公 or 报. */
export const REPORT_TITLE = /政府信息[公\ufffd]开.{0,6}年度[报\ufffd]告|年度[报\ufffd]告.{0,4}政府信息[公\ufffd]开/;
/** A title's last words (a cell holding a whole title ends in them). */
const TITLE_END = /政府信息[公\ufffd]开.{0,6}年度[报\ufffd]告\s*$/;
/** The end of a title's last piece: the report's last words. */
export const REPORT_END = /年度[报\ufffd]告\s*$/;
export const CRUMBS = /^.*(?:[>›»→＞]|当前的?位置\s*[:：]|您现在的位置\s*[:：]|所在位置\s*[:：])\s*/;
/**
 * A breadcrumb separated by spaces only, before the title ('首页 政务公开 政府信息公开年报 XX局…'), or a
 * site's menu item printed on the title's line ('政府信息公开指南 XX局…', Ghostscript's txtwrite of a page with a sidebar).
 */
const CRUMB_WORDS = /^(?:\s*(?:首页|政务公开|(?:政府)?信息公开(?:年报|指南|制度|目录)?|专栏|栏目|公开目录|政民互动|互动交流|办事服务|走进[\u4e00-\u9fff]{2,8})\s+)+/;
/**
 * Entries of a site's navigation menu or breadcrumb printed glued to the title's start, with no space between
 * ('政府信息公开指南临川市…2023年度…年度报告', '政府信息公开年报2024年…': a left menu in a layout table beside the
 * article, read on the title's line). No agency's name starts with them; cut only when a whole title is left. A CMS's
 * menu bar ('首页 政务公开 政民互动 办事服务 走进XX区') glued before a title starting with its year: '走进XX区' is the
 * site's place page, never an agency's name ('走进吴兴区2022年吴兴区王集镇人民政府…' had been read with agency null).
 * Entries parted by '|' (a tag strip of a CMS's nav bar: '首页 | 政务公开 | 政府信息公开年报 | 互动交流临溪区…报告', strip50) too.
 */
const NAV_GLUED = /^(?:[|｜]\s*)?(?:(?:首页|网站首页|政务公开|(?:政府)?信息[公\ufffd]开(?:年报|指南|制度|目录|规定|专栏)|公开目录|政民互动|互动交流|办事服务|走进[\u4e00-\u9fff]{2,8}?(?=\s|$|[|｜]|(?:19|20)\d{2}|首页|政务公开|政民互动|办事服务))\s*(?:[|｜]\s*)?)+/;
/**
 * A line that is a navigation entry or a links heading as a whole ('政府信息公开年报', '首页', '相关文章'): never
 * the first half of a title printed on the line below it.
 */
export const NAV_ENTRY = /^(?:首页|网站首页|政务公开|(?:政府)?信息[公\ufffd]开(?:年报|指南|制度|目录|规定|专栏)?|公开目录|专栏|栏目|相关(?:阅读|链接|文章|信息|新闻|报告)|推荐阅读|延伸阅读|上一[篇条页]|下一[篇条页])\s*[:：]?$/;
/**
 * A line made of a site's navigation entries only, glued or spaced ('网站首页政务公开法定主动公开内容政府信息公开年报': a CMS's
 * menu bar): never a title's first half.
 */
export const NAV_RUN = /^(?:(?:网站首页|首页|政务公开|(?:政府)?信息[公\ufffd]开(?:年报|指南|制度|目录|规定|专栏)?|法定主动公开内容|主动公开|依申请公开|公开目录|专栏|栏目|年报|政民互动|互动交流|办事服务|走进[\u4e00-\u9fff]{2,8}?(?=\s|$))\s*)+$/;
/**
 * A page number a text extractor glued to the start of the page's first line ('-1-洪泽区人民政府', pypdf
 * writes the footer of a WPS page before its body; '第 1 页 …', '1/5 …', '［1］', 'Page 1 of 3', a bare '1'):
 * page furniture, not the title's words.
 */
const BARE_NUMBER = String.raw`\d{1,3}(?=[\u4e00-\u9fff])(?!年)`;
const PAGE_NUMBER_LEAD = new RegExp(
  String.raw`^(?:` +
    [
      // A browser's print header: its date and time before the page's title on one line ('12/5/26, 3:05 PM  XX局…', pdftohtml)
      String.raw`\d{1,2}\/\d{1,2}\/\d{2,4},?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?`,
      String.raw`[-—–－·•]\s*\d{1,3}\s*[-—–－·•]`, // -1-, ·1·
      String.raw`[［\[〔【(（]\s*\d{1,3}\s*[］\]〕】)）]`, // ［1］, 〔1〕
      String.raw`第\s*[\d一二三四五六七八九十]{1,3}\s*页(?:\s*[,，、]?\s*共\s*[\d一二三四五六七八九十]{1,3}\s*页)?`, // 第1页 共5页, 第一页
      String.raw`page\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?`, // Page 1 of 3
      String.raw`\d{1,3}\s*\/\s*\d{1,3}`, // 1/5, 1 / 3
      BARE_NUMBER, // a bare 1 or 01 glued to the words (not a year: '年' after; not '208 2024 年…', words lost: LOST_WORDS)
    ].join('|') +
    String.raw`)\s*`,
  'i',
);
/**
 * A line starting with a bare number glued to words ('1洪泽区…', '110指挥中心2020年…'): under a line of a name's
 * words ('某市公安局' / '110指挥中心2020年…', '…区1234' / '5市民热线…'), the number is the name's, wrapped onto
 * this line (CONTINUED_HEAD), not a page number: kept (titleAt).
 */
const BARE_LEAD = new RegExp(`^\\s*${BARE_NUMBER}`);
/** A line whose words a name may continue on the next line: ideographs, maybe digits or Latin letters, ending in one of them. */
const CONTINUED_HEAD = /^(?=.*\p{Script=Han})[\p{Script=Han}（）()\dA-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$/u;
/**
 * A crawl header's own label ('标题: …', 'title: …'): the page's title as the crawler recorded it. It wins over
 * other report titles above it, which are links of the page ('相关阅读' lists other years' reports).
 */
const TITLE_LABEL = /^(?:标题|title)\s*[:：]/i;
/** A link to another page ('上一篇：XX局2023年…年度报告', '相关阅读：…'): never this page's title. */
export const LINK_LEAD = /^(?:上一[篇条页]|下一[篇条页]|相关(?:阅读|链接|文章|信息|新闻|报告)|推荐阅读|延伸阅读)\s*[:：]?/;
/** Sentence punctuation: a title has none ('现将…年度报告向社会公布。'). */
const SENTENCE = /[。；，！？]/;
/** A site's name on a line of its own: '某某市人民政府门户网站'. */
const SITE_NAME = /(?:网站|门户|网)$/;
/** A site name after the title: '…年度报告_XX市人民政府门户网站', '…年度报告 - 中国XX网'. */
const SITE_SUFFIX = /(年度报告)\s*(?:[_|｜]|\s-\s|——).*$/;

/**
 * Spaces a converter puts between a Chinese character and a digit, or between two Chinese
 * characters (pdftotext at a font change: '洪泽区人民政府2023 年…', '示例市第 306 局 2024 年…'): no
 * Chinese title is written with them. Spaces between Latin words or between two numbers stay.
 */
const CJK_SPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\d])|(?<=\d)\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/** The report's own words, each with one letter lost as U+FFFD by a dump that could not decode its glyph ('政府信息�开'). */
const FIXED_WORDS = ['政府信息公开', '政务公开', '工作年度报告'].flatMap((w) => [...w].map((_, i) => [w.slice(0, i) + '\ufffd' + w.slice(i + 1), w] as const));

/**
 * The title as it is printed: without the spaces a converter put inside its Chinese words and years, the
 * template's own words read whole where one of their letters was lost ('政府信息�开工作年度报告'; an agency's
 * letter is not guessed).
 */
export function tidyTitle(text: string): string {
  const t = text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(CJK_SPACE, '');
  return t.includes('\ufffd') ? FIXED_WORDS.reduce((x, [lost, word]) => x.split(lost).join(word), t) : t;
}

/**
 * List and emphasis marks a text dump prints around a line: a bullet ('• ', w3m's list items; '* ', html2text's),
 * html2text's bold ('* 标题 *'), markdown's ('**标题**'). No title is printed with them.
 */
const LEAD_MARKS = /^[\s•·●○◦▪▫■□◆◇►▶‣⁃*]+(?=\S)/;
const EMPHASIS = /(?:^|(?<=\s))(?:\*{1,3}|_{2,3})(?=\s|$)|\*\*|__/g;

/** An icon-font glyph before a title (private-use code points, then a space: '\ue600 XX局…'); one joined to the name may be its lost first letter. */
const ICON_LEAD = /^\s*[\ue000-\uf8ff]+\s+(?=\S)/;

/**
 * An image a text dump printed as its alt text in brackets before a title (html2text '[logo] ', lynx '[IMG] ', w3m
 * '[image] '; breaker40 html2text-gbk/r25 '[logo] 新疆…报告' at 0.95): a Latin word or an image word, then a space.
 */
const IMAGE_LEAD = /^\s*\[(?:[A-Za-z][\w.-]{0,23}|图片|图标|图像|标志|徽标)\]\s+(?=\S)/;

/** The line without list and emphasis marks. */
function unmarked(text: string): string {
  return text.replace(EMPHASIS, ' ').replace(ICON_LEAD, '').replace(IMAGE_LEAD, '').replace(LEAD_MARKS, '').trim();
}

/**
 * A mark a text dump puts before a list item (a site's navigation menu: '• 信息公开指南', html2text's '* 信息公开指南';
 * pandoc's reStructuredText and Markdown '-  信息公开指南', a dash then spaces, unlike a page number '-1-').
 */
const BULLET_CELL = /^\s*(?:[•·●○◦▪▫■□◆◇►▶‣⁃*]\s*|-(?:\s+(?=\S)|\s*$))/;

/**
 * A page's labelled field printed in a cell of the title's row ('发布机构：XX局' | title | date: a CMS's
 * title row, a grid table of pandoc's): another column, not the title's first words.
 */
const FIELD_CELL = /^\s*[\u4e00-\u9fff]{2,6}\s*[：:]/;

/** A short cell of ideographs: maybe a piece of a menu item a narrow column wrapped (NAV_WORDS). */
const NAV_PIECE = /^[\u4e00-\u9fff]{1,4}$/;
/** A CMS menu's items, which a narrow column prints a few characters a line. */
const NAV_WORDS = ['网站首页', '政务公开', '政府信息公开指南', '政府信息公开制度', '政府信息公开年报', '法定主动公开内容', '依申请公开', '公开目录'];

/**
 * The line's text without the cells of another column before the title: a navigation menu printed beside it
 * (w3m or html2text of a page with a sidebar: '• 信息公开指南      XX局2023年…年度报告'). Only cells led by a
 * list mark, before a cell that names a report on its own.
 */
function withoutMenu(line: Line | undefined, head = false): string {
  if (!line) return '';
  const cells = line.cells.filter((c) => c.trim() !== '');
  // The line above a title: its last cell may be the title's first half, marked itself ('* 四川省…').
  if (head) {
    let from = 0;
    while (from < cells.length - 1 && BULLET_CELL.test(cells[from]!)) from++;
    return cells.slice(from).join(' ').trim();
  }
  const at = cells.findIndex((c) => REPORT_TITLE.test(unmarked(c)));
  // A cell before it naming a year is another title's piece (a page's own title wrapped beside a sidebar's link: '…财政局2024年政' | '…2021年…年度报告').
  const own = at >= 0 ? unmarked(cells[at]!) : '';
  // A piece of a menu item wrapped in a narrow column beside the title ('政府' of '政府' / '信息' / '公开' / '指南', a
  // cell of its own before '敦煌市…局2023年…年度报告'): not the title's head, when the title's cell names an agency and reads whole.
  const navPiece = (c: string): boolean => NAV_PIECE.test(c.trim()) && NAV_WORDS.some((w) => w.includes(c.trim())) && (titleParts(own).agency?.length ?? 0) >= 4 && titleLooksWhole(own, null);
  const foreign = (c: string): boolean => BULLET_CELL.test(c) || FIELD_CELL.test(c) || (TITLE_YEAR.test(c) && !REPORT_TITLE.test(c) && titleLooksWhole(own, null)) || navPiece(c);
  if (at < 0 || !cells.slice(0, at).every(foreign)) return afterMenuItem(lineText(line));
  // A cell ending in the report's words is the whole title: cells after it on its line are other text
  // (the facing page of a 2-up sheet in a layout dump: '…年度报告' | '1.信访举报投诉类申请').
  const end = TITLE_END.test(unmarked(cells[at]!)) ? at + 1 : cells.length;
  return afterMenuItem(cells.slice(at, end).join(' ').trim());
}

/**
 * A menu item html2text glued to a bold title after it ('* 政府信****** 示例市第208局2024年…年度报告 **': its
 * item cut short, then the title's bold marks): the item is left out, when the part after the marks is a
 * whole title (a year and the report's words).
 */
function afterMenuItem(text: string): string {
  if (!BULLET_CELL.test(text)) return text;
  const parts = text.split(/\*{2,}/);
  const at = parts.findIndex((p) => REPORT_TITLE.test(p) && TITLE_YEAR.test(normaliseTitle(p)));
  return at > 0 ? parts.slice(at).join(' ').trim() : text;
}

/** A date (or 发布时间 and a date) printed after the title on its line, where a crawler joined the lines. */
const TRAILING_DATE = /(年度[报\ufffd]告)(?:\s+|(?=(?:19|20)\d{2}\s*[-./]))(?:(?:发布|成文)(?:时间|日期)\s*[:：]?\s*)?(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?.*$/;

/** Characters no title starts with: the middle of its words ('度政府信息公开…', a line wrapped after '2023年'). */
const MID_WORD_START = /^[度年报告开息公工作的]/;
const TITLE_YEAR = /(?:19|20)\d{2}/;
/** One or two letters before the year: the end of an agency's name whose start was wrapped onto a line not read ('局2025年…', '会2020年…'). */
const CUT_NAME_START = /^\p{Script=Han}{1,2}(?:19|20)\d{2}/u;

/**
 * Whether a title reads whole: it names a year and the report ('…2023年…政府信息公开…年度报告') and does not
 * start in the middle of its words. A title without them was cut off or wrapped (its first line lost), and is
 * not reported as confirmed.
 */
export function titleLooksWhole(text: string, year: number | null): boolean {
  const t = normaliseTitle(text).replace(/\s+/g, '');
  const y = TITLE_YEAR.exec(t);
  return REPORT_TITLE.test(t) && y !== null && (year === null || t.includes(String(year))) && !MID_WORD_START.test(t) && !CUT_NAME_START.test(t) && !UNOPENED_BRACKET.test(t) && readsClean(t);
}

/**
 * The report's fixed words printed in one piece ('政府信息公开工作年度报告', '政府信息公开年度报告', '政务公开工作年度报告',
 * '政府信息公开工作2023年度报告'). REPORT_TITLE lets a few characters stand between 政府信息公开 and 年度报告 (a
 * converter's stray mark); a title read whole has them together.
 */
const FIXED_PART = /(?:政府信息公开|政务公开)(?:工作)?的?(?:(?:19|20)\d{2}年?)?年度报告/;
/** Words of a site's navigation (a sidebar's items, a breadcrumb) that no report's title holds. */
const FOREIGN_PIECE = /信息公开(?:年报|制度|指南|目录|规定|专栏)|首页|当前位置|网站/;

/**
 * Whether the title reads as one piece: its fixed words unbroken and no navigation words among them. A sidebar's
 * items printed at the title's height were read into a wrapped title's lines ('政府信息公开制度汀枫市…2021年政府信息公'
 * + '政府信息公开年报' + '工作年度报告'): the text is not the printed title.
 */
function readsClean(flat: string): boolean {
  return FIXED_PART.test(flat) && !FOREIGN_PIECE.test(flat);
}

/** A title that starts with its year and names no agency ('2023年度政府信息公开工作年度报告'). */
export function namesNoAgency(text: string): boolean {
  return TITLE_YEAR.test(text) && wordsBeforeYear(text) === '' && titleParts(text).agency === null;
}

/** A section heading ('一、总体情况', '（一）主动公开'): never an agency's name. */
const SECTION_MARK = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])/;
/** A page's field naming who published it ('来源：汀枫市…中心', '发布机构：XX局'): an agency printed beside the title. */
const SOURCE_FIELD = /(?:来源|发布机构|发布单位|信息来源)[:：]\s*\p{Script=Han}{2}/u;
/** lines. An agency printed apart from a title without one is looked for this far below it (blank lines not counted). */
const AGENCY_BELOW = 2;

/**
 * Whether a title that names no agency (it starts with its year: '2023年度政府信息公开工作年度报告') has a run of
 * words or a 来源 field just below it that may hold its lost first line: pdftotext prints a 180° page's heading lines in reverse
 * order (the agency line under the year line), a loader may drop it. The title is then not reported as whole.
 */
export function agencyLineBelow(lines: readonly Line[], line: number, text: string): boolean {
  if (!namesNoAgency(text)) return false;
  for (let k = line, seen = 0; k < lines.length && seen < AGENCY_BELOW; k++) {
    const below = metaText(lines[k]).replace(/\s+/g, '');
    if (below === '') continue;
    seen++;
    if (HEAD_PIECE.test(below) && !NOT_HEAD.test(below) && !SECTION_MARK.test(below) && !/^[\d\uff10-\uff19]+$/.test(below)) return true;
    if (SOURCE_FIELD.test(below)) return true;
  }
  return false;
}

/**
 * A closing bracket before any opening one: the title starts inside a bracketed part of the agency's
 * name ('大数据管理局）2021年度…' of '…办公室（县政务服务和' / '大数据管理局）2021年度…'), its head lost.
 */
const UNOPENED_BRACKET = /^[^（(]*[）)]/;

/**
 * A number before the year and no words ('208 2024 年政府信息公开工作年度报告'): the agency's words were
 * written on another line (pdftotext -layout puts digits of another font on their own row). Not a title.
 */
const LOST_WORDS = /^[\d\s.]*\d[\d\s.]*?\s(?:19|20)\d{2}\s*年/;

/** A title as found, with where it came from. */
export interface FoundTitle {
  text: string;
  /** 1-based line of the document, absent for a metadata title. */
  line?: number;
  from: 'title' | 'metaTitle';
  /** A breadcrumb or a site name was cut off the line. */
  trimmed: boolean;
  /** Words on the line above may be the title's first half (wrapped inside the agency's name). */
  incomplete?: boolean;
  /** One of a list of links (a sidebar's), not named by the sign-off: its year is not the report's either. */
  link?: true;
  /** Read from one column of lines printed across two (meta/column-titles): its byline is read in that column. */
  column?: { left: boolean; mid: number };
  /** Printed only as an entry of a list of report titles (a sidebar's '年报目录'), not as the page's heading (meta/title-support). */
  listedOnly?: true;
  /** Other titles of its year the page prints as often (meta/title-support): which is its own is not determined. */
  rivals?: string[];
}

/**
 * A line's text without heading marks, a '标题：' label, a breadcrumb or a site name. `keepNumber`:
 * a bare leading number stays (it may continue a name above); a function is asked only when the
 * text has one (`titleOnLine` asks about the line above, which costs that line's cleaning).
 */
export function cleanTitle(raw: string, keepNumber: boolean | (() => boolean) = false): { text: string; trimmed: boolean } {
  let keep: boolean | undefined = typeof keepNumber === 'boolean' ? keepNumber : undefined;
  const lead = (x: string): string => (BARE_LEAD.test(x) && (keep ??= (keepNumber as () => boolean)()) ? x : x.replace(PAGE_NUMBER_LEAD, ''));
  const named = withoutNameField(raw);
  const t = lead(unmarked(lead(unmarkedLine(named.text).replace(/^#+\s*/, ''))).replace(TITLE_LABEL, '')).trim();
  const cut = withoutGluedNav(unmarked(t.replace(CRUMBS, '').replace(CRUMB_WORDS, '')).replace(SITE_SUFFIX, '$1').replace(TRAILING_DATE, '$1').trim());
  return { text: cut, trimmed: cut !== t || named.trimmed };
}

/**
 * A CMS info table's name field before the title ('名　　称：  XX局关于2019年…年度报告': lynx, w3m, pandoc of a page's
 * 索引号 / 发布机构 / 名称 table), with the fields a dump joined before it ('成文日期：2024-03-24名称：…') and after it
 * ('…年度报告文号：'). The label is no word of the title ('名称：XX局…' had been read at 0.95).
 */
const NAME_FIELD = /^(.*?)(?:(?:名[\s\u3000]*称|标[\s\u3000]*题|题[\s\u3000]*名)[\s\u3000]*[:：]|名[\s\u3000]*\ufffd+)[\s\u3000]*(?=\S)/;
/** Labels of a few words each, their values lost or elsewhere ('名文称：号：': a PDF line joining two rows' labels), before the title. */
const LABELS_BEFORE = /^(?:[\u4e00-\u9fff\s\u3000]{1,6}[:：][\s\u3000]*)+(?=\S)/;
/** A field label after the report's words ('…年度报告文号：', '…年度报告 发布日期：2024-03-24'). */
const FIELD_AFTER = /(年度[报\ufffd]告)[\s\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,5}[:：].*$/;

/** The text without a name field's label (and the fields joined around it); trimmed when other fields were cut too. */
function withoutNameField(raw: string): { text: string; trimmed: boolean } {
  const m = NAME_FIELD.exec(raw) ?? LABELS_BEFORE.exec(raw);
  if (!m) return { text: raw, trimmed: false };
  const rest = raw.slice(m[0].length);
  if (!REPORT_TITLE.test(rest)) return { text: raw, trimmed: false };
  const text = rest.replace(FIELD_AFTER, '$1');
  return { text, trimmed: text !== rest || m[1] === undefined || /[^\s\u3000|*•·-]/.test(m[1]) };
}

/** The text without navigation entries glued before it (NAV_GLUED), when what is left names a year and the report. */
function withoutGluedNav(text: string): string {
  const rest = text.replace(NAV_GLUED, '');
  return rest !== text && REPORT_TITLE.test(rest) && TITLE_YEAR.test(rest) && !MID_WORD_START.test(rest) ? rest : text;
}

/**
 * The printed title, else the metadata title; null when neither names a report. A crawl header's
 * labelled title ('标题: …') goes first. A title read out of page furniture (a breadcrumb ending in it) gives way to the title printed as a line of its own
 * further down.
 */
export function findTitle(all: readonly Line[], givenTitle?: string, signed: LineDate | null = findSignOff(all)): FoundTitle | null {
  const trail = givenTitle !== undefined ? trailTitle(givenTitle) : undefined;
  const metaTitle = trail ?? (givenTitle !== undefined && FILE_PATH.test(givenTitle.trim()) ? undefined : givenTitle);
  const { lines, at } = withoutLogoGlyphs(all);
  if (at === null) return titleIn(all, metaTitle, signed);
  const found = titleIn(lines, metaTitle, signed);
  return found?.line !== undefined ? { ...found, line: at[found.line - 1]! + 1 } : found;
}

/**
 * A CMS's trail of the page as its metadata title (a PDF's /Title, a page's `<title>`): the site's name and channels joined
 * with the report's title as listed ('安丘市人民政府-政务公开-政府信息公开年报-安丘市教育局2023年度…年度报告', '首页 > 政务公开 >
 * …', '…年度报告_法定主动公开内容_XX市人民政府', one of - _ | > » › / —— between them). The piece naming the report (its
 * words, or a year and a cut end '…'), when every other piece is a name or a channel (words without a year or digits); else
 * undefined (no trail: the title as it is). Uncut, the site's name led the title read from it (and its agency).
 */
export function trailTitle(raw: string): string | undefined {
  const pieces = raw.trim().split(TRAIL_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const names = (p: string): boolean => REPORT_TITLE.test(flatTitle(p)) || (/(?:19|20)\d{2}/.test(p) && /(?:…|\.{3})$/.test(p));
  const own = pieces.filter(names);
  if (own.length !== 1) return undefined;
  const rest = pieces.filter((p) => p !== own[0]);
  return rest.every((p) => TRAIL_PIECE.test(p)) ? own[0] : undefined;
}
/** Separators of a CMS trail's pieces (a hyphen or slash only with no digit beside it: '2023-2024', '1/2' are no separators). */
const TRAIL_SEPARATOR = /\s*(?:——|—|(?<!\d)[-/]|[-/](?!\d)|[_|>»›＞｜])\s*/;
/** A trail's site or channel piece: words (CJK, a few Latin letters), no numeral. */
const TRAIL_PIECE = /^[\u4e00-\u9fffA-Za-z（）()·\s]{2,30}$/;

/**
 * A metadata title that is a file's path ('/tmp/x/P020240115123456', 'C:\\报告\\2023年…'): `pdftohtml -s` titles the page of a PDF
 * without /Title by its input path, a download's name, whatever report its name names — never the report's title.
 */
const FILE_PATH = /^(?:[A-Za-z]:)?[\\/]|^\.{1,2}[\\/]|[\\/][^\\/\s]+[\\/]/;

/** lines. A logo's glyph is looked for among the document's first lines only. */
const LOGO_REACH = 12;
/** A logo's glyph printed as text (an SVG <text>: '政'): one or two CJK characters, no numeral, heading mark or list mark, nor the
 * title's '关于' set apart from its year ('关于 2025 年…': LibreOffice's print, `pdftotext -layout`). */
const LOGO_GLYPH = /^[\u4e00-\u9fff]{1,2}$/;
const NOT_LOGO = /[一二三四五六七八九十第附注表计告于]/;
/** Words of a title's wrapped piece: a logo's glyph beside it is no part of it. */
const TITLE_PIECE = /年|政府信息|公开|报告/;
/** Two pieces joined around a logo's glyph: a title's year and its report words after it, or the report's words. */
const TITLE_JOIN = /(?:19|20)\d{2}\s*年.*(?:政府信息|公开|报告)|信息公开|[府息开]信?息?公?开?工作年度报告/;

/**
 * The lines without a page logo's glyph printed as text beside a wrapped title (an SVG logo whose <text> '政' Chromium
 * prints): a line of its own holding one or two characters between two lines of a title's pieces ('…2025年' / '政' /
 * '政府信息公开工作年度报告': '…2025年政政府…' had been read at 0.95), or such a glyph standing apart at the head of a
 * title's piece ('政 2022年度政府信息公开工作'). `at` maps each kept line to its index in `all`; null when none is taken out.
 */
function withoutLogoGlyphs(all: readonly Line[]): { lines: readonly Line[]; at: number[] | null } {
  const text = (k: number): string => (k >= 0 && k < all.length ? metaText(all[k]).replace(/\s+/g, '') : '');
  const drop = new Set<number>();
  const edits = new Map<number, Line>();
  for (let i = 1; i < Math.min(all.length - 1, LOGO_REACH); i++) {
    const t = text(i);
    if (LOGO_GLYPH.test(t) && !NOT_LOGO.test(t)) {
      const above = text(i - 1), below = text(i + 1);
      // Between a title's pieces: both of a few characters, the one below a title's words (not a labelled field, '发布时间：…').
      // Joined, they read as a report's title: a year, then its words (a table's wrapped label, '度办理结' / '果' / '三、本年…', does not).
      if (above.length >= 4 && below.length >= 4 && TITLE_PIECE.test(below) && !/[：:。，、（(）)]/.test(above + below) && !REPORT_END.test(above) && TITLE_JOIN.test(above + below)) drop.add(i);
      continue;
    }
    const line = all[i]!;
    let k = line.cells.findIndex((c) => c.trim() !== '');
    if (k < 0 || text(i - 1) === '') continue;
    // The glyph a cell of its own between two columns' cells ('巴里坤县…分局' | '政' | '2019年度政府信息公开工作'): looked at too.
    const between = line.cells.findIndex((c, j) => j > k && LOGO_GLYPH.test(c.trim()) && !NOT_LOGO.test(c));
    if (between > k) k = between;
    const whole = LOGO_GLYPH.test(line.cells[k]!.trim()) && !NOT_LOGO.test(line.cells[k]!) ? line.cells.slice(k + 1).find((c) => c.trim() !== '') : undefined;
    if (whole !== undefined) {
      // The glyph a cell of its own: the line without it.
      if (!/^(?:19|20)\d{2}/.test(whole.trim()) || !TITLE_PIECE.test(whole)) continue;
      const keep = (_: unknown, j: number): boolean => j !== k;
      const same = (xs: number[] | undefined): number[] | undefined => (xs?.length === line.cells.length ? xs.filter(keep) : xs);
      edits.set(i, { ...line, cells: line.cells.filter(keep), ...(line.starts ? { starts: same(line.starts) } : {}), ...(line.xs ? { xs: same(line.xs) } : {}) });
      continue;
    }
    const m = /^(\s*)([\u4e00-\u9fff]{1,2})\s+(?=\S)/.exec(line.cells[k]!);
    if (!m || NOT_LOGO.test(m[2]!)) continue;
    const rest = line.cells[k]!.slice(m[0].length);
    if (!/^(?:19|20)\d{2}/.test(rest.trim()) || !TITLE_PIECE.test(rest)) continue;
    const cells = line.cells.slice();
    cells[k] = rest;
    const starts = line.starts?.length === line.cells.length ? line.starts.map((x, j) => (j === k ? x + m[0].length : x)) : line.starts;
    edits.set(i, { ...line, cells, ...(starts ? { starts } : {}) });
  }
  if (drop.size === 0 && edits.size === 0) return { lines: all, at: null };
  const lines: Line[] = [];
  const at: number[] = [];
  all.forEach((l, k) => {
    if (drop.has(k)) return;
    lines.push(edits.get(k) ?? l);
    at.push(k);
  });
  return { lines, at };
}

function titleIn(all: readonly Line[], metaTitle: string | undefined, signed: LineDate | null): FoundTitle | null {
  const reports = reportLinesIn(all);
  const window = titleReach(all, reports);
  const lines = withoutSidebarHeads(all, window);
  const seen: FoundTitle[] = [];
  const chosen = pickTitle(lines, window, reports, metaTitle, signed, seen, all);
  // A metadata title naming a year the body does not state (a CMS template's stale `<title>`, the agency's report of the year
  // before, over an article whose opening states its year): another report's title, no title.
  if (chosen?.from === 'metaTitle') return agreesWithBody(chosen, all);
  if (!chosen || chosen.from !== 'title' || TITLE_LABEL.test(metaText(lines[(chosen.line ?? 1) - 1]).trim())) return chosen;
  pushAll(seen, joinedLineTitles(lines, window));
  const spread = { lines, reach: window, entry: (k: number) => listEntry(lines, reports, k), metaTitle: metaTitle ? tidyTitle(cleanTitle(metaTitle).text) : '' };
  // A title read whole from its own column's pieces beside a links box (meta/column-titles, ranked there against the box's
  // entries) is the page's heading, though its line holds an entry's piece too: the entries' places do not outweigh it.
  const inOwnColumn = chosen.column !== undefined && !chosen.link && !chosen.trimmed;
  const v = inOwnColumn ? { title: chosen, listedOnly: false, rivals: [] as string[] } : bySupport(chosen, seen, spread, (text, line): FoundTitle => ({ text, ...(line !== undefined ? { line } : {}), from: 'title', trimmed: true }));
  const verdict = { ...v.title, ...(v.listedOnly ? { listedOnly: true as const } : {}), ...(v.rivals.length > 0 ? { rivals: v.rivals } : {}) };
  // A title taken from a list of other reports (a link, an entry, read trimmed, or as often as another) gives way to the page's
  // heading: the title its byline follows.
  const listy = !inOwnColumn && (verdict.trimmed || verdict.link === true || verdict.listedOnly === true || verdict.rivals !== undefined || (verdict.line !== undefined && spread.entry(verdict.line - 1)));
  const heading = listy ? bylinedHeading(lines, window, reports) : null;
  const taken = heading && flatTitle(heading.text) !== flatTitle(verdict.text) ? heading : verdict;
  // (Only where the page prints other reports' titles: a lone title disagreeing with the body leaves the year open, score/meta.)
  return reports.starts.slice(0, window).filter(Boolean).length >= 2 ? agreesWithBody(taken, all) : taken;
}

/**
 * The title unless its year is not the one the body states (the opening '现将…2023年…', the statistics period, a table's note
 * of the period, 总体情况's first words '2023年，…'), on a page printing two or more report titles: a sidebar's link to another
 * year's report read as the title; null then — the page does not say which of its titles is its own.
 */
function agreesWithBody(t: FoundTitle, lines: readonly Line[]): FoundTitle | null {
  const year = yearOf(t.text);
  if (year === null) return t;
  const stated = presentedAs(lines)?.year ?? statisticsYear(lines)?.year ?? notedYear(lines)?.year ?? overviewYear(lines)?.year ?? null;
  return stated !== null && stated !== year ? null : t;
}

/** A link's label anywhere on a line ('…　　下一篇：…'). */
const LINK_LABEL = /(?:上一[篇条页]|下一[篇条页]|相关(?:阅读|链接|文章|信息|新闻|报告)|推荐阅读|延伸阅读)\s*[:：]/;

/** lines. The page's byline is looked for this far past the title's reach (a title read as the reach's last line). */
const BYLINE_PAST_REACH = 3;

/**
 * The page's heading as its byline anchors it: the first byline ('发布时间：…', '来源：…') within the title's reach, and the
 * title read whole on one of the BYLINE_BELOW lines right above it (the nearest: a wrapped heading's last line), itself no
 * link ('上一篇：…'), no entry of a run of report titles with titles below it, and no other report's title between. A list of
 * other reports (a sidebar, '相关阅读', a menu's '年报目录') prints its entries one after another, each followed by the next
 * one or by a date, never by the page's byline; the page's own title, printed after such a list or before one, is followed by
 * its byline and then its body. Null when no byline is printed or no whole title stands right above the first one.
 */
function bylinedHeading(lines: readonly Line[], window: number, reports: ReportLines): FoundTitle | null {
  const end = Math.min(lines.length, window + BYLINE_PAST_REACH);
  const at = lines.slice(0, end).findIndex((l) => BYLINE_FIELD.test(unmarked(metaText(l).trim())));
  if (at < 1) return null;
  for (let k = at - 1; k >= 0 && k >= at - BYLINE_BELOW; k--) {
    const t = titleAt(lines, k);
    if (t) {
      // A link's label on its line or the line above ('上一篇：…　　下一篇：XX' / '区…2020年…年度报告', wrapped): a link.
      if (t.trimmed || t.incomplete || [k, k - 1].some((j) => j >= 0 && LINK_LABEL.test(metaText(lines[j])))) return null;
      // A title with report titles starting right below it (before the byline) is a list's entry.
      if (reports.starts.slice(k + 1, at).some(Boolean)) return null;
      return t;
    }
    const text = metaText(lines[k]).replace(/\s+/g, '');
    if (REPORT_TITLE.test(text)) return null;
  }
  return null;
}

/** The title as the page's places rank it (see titleIn); `seen` collects every title read on the way. */
function pickTitle(lines: readonly Line[], window: number, reports: ReportLines, metaTitle: string | undefined, signed: LineDate | null, seen: FoundTitle[], placed: readonly Line[]): FoundTitle | null {
  const signedBy = signedTitle(signed);
  const own = signedBy ?? ((): boolean => false);
  for (let i = 0; i < window; i++) {
    if (!TITLE_LABEL.test(metaText(lines[i]).trim())) continue;
    const labelled = titleAt(lines, i);
    if (labelled) return labelled;
  }
  // The page's own title beside a links box, each wrapped over lines they share (a layout dump): read column by column, in
  // the lines as placed (a sidebar's heading beside the title is a column's cell there, not cut off the title's line).
  const columns = columnTitle(placed, window, signed);
  if (columns && !columns.link) return columns;
  const found: FoundTitle[] = [];
  const listed: FoundTitle[] = [];
  const links: FoundTitle[] = [];
  // Entries of a list with a date beside each (a sidebar's '相关链接' of the agency's other years and of other agencies'
  // reports: two or more lines end a report's words with a date): list items, never the page's title, whatever they name.
  const reads = Array.from({ length: Math.min(window, lines.length) }, (_, i) => titleAt(lines, i));
  const dated = reads.map((t, i) => t !== null && datedEntry(lines, i, t.text));
  const flatAt = (k: number): string => (k < lines.length ? normaliseTitle(metaText(lines[k])).replace(/\s+/g, '') : '');
  // (A date wrapped onto the next line, '…年度报告' / '2026-06-' / '20': read across it; counted on the line its report words end.)
  const endsDated = (k: number): boolean => {
    const m = DATED_END.exec(flatAt(k) + flatAt(k + 1) + flatAt(k + 2));
    return m !== null && m.index < flatAt(k).length;
  };
  const list = Array.from({ length: Math.min(window, lines.length) }, (_, k) => endsDated(k)).filter(Boolean).length >= DATED_ENTRIES;
  for (let i = 0; i < window; i++) {
    const at = list && dated[i] ? null : (reads[i] ?? null);
    // An item of a list of links (other years' reports under '相关文章'): the page's own title, if printed, goes
    // first; read alone, it is not trusted (trimmed).
    if (at && (inLinkList(lines, i) || underLinkLabel(lines, i))) links.push({ ...at, trimmed: true });
    // One of a run of report titles (a CMS's sidebar of links, read before or beside the page's own title): a link,
    // unless it names the sign-off's agency and the year before the sign-off's.
    else if (at && inLinkRun(reports, startOf(reports, i)) && !own(at)) links.push({ ...at, trimmed: true, link: true });
    // A report's title under a links heading above the body, no list marks printed (a page's '相关文章' box
    // at its top): the page's own title if no other is printed, else a link (another agency's or year's report).
    else if (at && underLinkHeading(lines, i)) listed.push(at);
    else if (at) found.push(at);
  }
  pushAll(seen, found);
  pushAll(seen, listed);
  pushAll(seen, links);
  const ownCount = found.length;
  if (ownCount === 0 && listed.length > 0) found.push(ownOfListed(lines, listed));
  pushAll(found, listed);
  pushAll(found, links);
  // Links to other reports printed before the page's title (a row or list of them in the article, a sidebar read first): the
  // page's heading is the one title with its byline right under it ('发布时间：… 来源：…'), links have none.
  const bylined = found.flatMap((f, k) => (k < ownCount && !f.trimmed && f.line !== undefined && bylineBelow(lines, f.line - 1) ? [k] : []));
  if (bylined.length === 1 && bylined[0]! > 0) found.unshift(found.splice(bylined[0]!, 1)[0]!);
  // A title whose report words are not in one piece ('…2025年政府信息公开 称： 工作年度报告': a plain dump interleaving an info
  // table's '名称：' cell and a sidebar's entry with the title's lines) gives way to a later one read whole (the heading).
  const broken = found.findIndex((f) => !f.trimmed);
  if (broken >= 0 && broken < ownCount && !readsClean(flatTitle(found[broken]!.text))) {
    const whole = found.findIndex((f, k) => k > broken && k < ownCount && !f.trimmed && readsClean(flatTitle(f.text)));
    if (whole > broken) found.unshift(found.splice(whole, 1)[0]!);
  }
  // A sidebar's link read as a title before the page's own ('2018年度政府信息公开工作年度报告' above a report signed
  // 2020-01-18): a title whose year the sign-off does not follow gives way to a later one whose year it does (a report is
  // signed in the year after the one it is about). Titles listed under a links heading or in a list are not looked at.
  const after = signed ? Number(signed.date.slice(0, 4)) - 1 : null;
  const first = found.findIndex((f) => !f.trimmed);
  if (after !== null && first >= 0 && first < ownCount && yearOf(found[first]!.text) !== after) {
    const fits = found.findIndex((f, k) => k > first && k < ownCount && !f.trimmed && yearOf(f.text) === after);
    if (fits > first) found.unshift(found.splice(fits, 1)[0]!);
    // None read clean: one read trimmed (its halves joined across a sidebar's menu lines, a breadcrumb cut off) goes first,
    // not trusted (a plain dump interleaving a sidebar's entries with the body: the 2020 entry had been taken at 0.85).
    const cut = fits < 0 ? found.find((f, k) => k < ownCount && f.trimmed && yearOf(f.text) === after) : undefined;
    if (cut) return cut;
  }
  // A title naming neither an agency nor a year (page furniture read as one) gives way to a later one that names both.
  const bare = found.findIndex((f) => !f.trimmed);
  if (bare >= 0 && bare < ownCount && named0(found[bare]!.text)) {
    const full = found.findIndex((f, k) => k > bare && k < ownCount && !f.trimmed && !named0(f.text) && titleParts(f.text).agency !== null && titleParts(f.text).year !== null);
    if (full > bare) found.unshift(found.splice(full, 1)[0]!);
  }
  // A page with a list of links among its first lines (a sidebar), signed by an agency: a title naming it and the year
  // before the sign-off's is the page's own, no other (a sidebar's link read first, an agency-less link) is taken before it;
  // without one the title read is not trusted (a link; the page's own title read out of its words).
  const listFirst = reports.starts.slice(0, TITLE_WINDOW).filter(Boolean).length >= SIDEBAR_LINKS;
  const sidebar = signedBy !== null && listFirst;
  const taken = found.find((f) => !f.trimmed);
  // Without such a list, a title naming the sign-off's agency and year is still the page's own before one under a links heading
  // (a plain dump of a page whose short '相关信息' box comes first).
  const boxed = taken?.line !== undefined && linkHeadingAbove(lines, taken.line - 1);
  // A title naming a body whose unit signs (meta/agency-name `unitOf`: '…市公安局2023年…' over '…市公安局交通警察支队') is the
  // parent's report (a links box's entry): a title naming the sign-off's agency and year goes before it.
  const parent = taken !== undefined && parentOfSigner(taken, signed);
  const signedOwn = sidebar ? (found.find((f) => !f.trimmed && own(f)) ?? found.find(own)) : boxed || parent ? found.find((f) => !f.trimmed && own(f)) : undefined;
  if (signedOwn && (!taken || !own(taken))) return signedOwn;
  // Several report titles near the top (a page's links to other reports, '上一篇：…'): the one the page's own
  // metadata title names goes first.
  const meta = metaTitle ? tidyTitle(cleanTitle(metaTitle).text) : '';
  const named = meta ? found.find((f) => !f.trimmed && tidyTitle(f.text) === meta) : undefined;
  // Unsigned, a title naming no agency there is not trusted either: the links are such titles ('2020年度…年度报告'), and a
  // page's own title read out of its words may have lost its agency's line.
  const trusted = (f: FoundTitle): FoundTitle => (sidebar && !own(f) ? { ...f, trimmed: true, link: true } : listFirst && !sidebar && namesNoAgency(f.text) ? { ...f, trimmed: true } : f);
  if (named) return trusted(named);
  // The metadata title printed on the page only as a list's entry or link (a Chromium print whose h1 wraps beside a sidebar
  // of reports, read in pieces, and the info table's '名称：' cell read as one of the run), while another report's title reads
  // whole first (the sidebar's undated entry of a sibling bureau's same-year report had been taken at 0.95): the page names
  // two reports and only its metadata says which is its own — that one, not trusted as printed.
  const metaListed = meta && titleLooksWhole(meta, null) ? found.find((f) => f.trimmed && tidyTitle(f.text) === meta) : undefined;
  if (metaListed) return { ...metaListed, trimmed: true };
  const cut = found.find((f) => !f.trimmed) ?? found[0] ?? null;
  // A printed title whose report words are not in one piece or that holds a site's navigation words ('政府信息公开制度开工作年度报告':
  // a LibreOffice print of a page whose sidebar of narrow entries stands beside a title cut at the frame's edge) is no printed
  // title: the metadata title, when it reads whole, goes before it (and is not trusted as printed, score/meta METADATA_ONLY).
  const fromMeta = metaTitle ? cleanTitle(metaTitle) : null;
  if (cut && fromMeta?.text && !readsClean(flatTitle(cut.text)) && titleLooksWhole(fromMeta.text, null)) return { text: fromMeta.text, from: 'metaTitle', trimmed: fromMeta.trimmed };
  if (cut) return trusted(cut);
  if (!fromMeta) return null;
  const { text, trimmed } = fromMeta;
  // A metadata title naming neither a report nor a year (a column's name, '年报目录', '政府信息公开年报') titles no report.
  return text && (REPORT_TITLE.test(flatTitle(text)) || TITLE_YEAR.test(text)) ? { text, from: 'metaTitle', trimmed } : null;
}

/** A title's text as its words are compared: normalised, no white space. */
function flatTitle(text: string): string {
  return normaliseTitle(text).replace(/\s+/g, '');
}

/** lines. A links box's heading is looked for this far above a title read from its entries. */
const BOX_REACH = 8;

/** Whether a links heading ('相关信息', '相关链接') stands a few lines above line `i`. */
function linkHeadingAbove(lines: readonly Line[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BOX_REACH; k--) {
    const text = metaText(lines[k]).replace(/\s+/g, '');
    if (LINK_LEAD.test(text) && NAV_ENTRY.test(text)) return true;
  }
  return false;
}

/** Whether the title names neither an agency nor a year. */
function named0(text: string): boolean {
  const parts = titleParts(text);
  return parts.agency === null && parts.year === null;
}

/** lines. A title is looked for this far at most when a list of links (a CMS's sidebar) stands before it. */
const MAX_TITLE_REACH = 4 * TITLE_WINDOW;
/** Report titles in the first TITLE_WINDOW lines that tell a list of links (a sidebar) is among them. */
const SIDEBAR_LINKS = 5;
/** lines. A list of links is looked for this far above and below a title. */
const LINK_RUN_REACH = 4;
/** Other report titles within LINK_RUN_REACH lines (above and below) that make a title one of a list of links. */
const LINK_RUN = 3;

function reportLinesIn(lines: readonly Line[]): ReportLines {
  return reportLines(lines, MAX_TITLE_REACH, REPORT_TITLE, (t) => NAV_ENTRY.test(t) || NAV_RUN.test(t));
}

/**
 * How far the title is looked for: TITLE_WINDOW lines; when a list of links stands among them (a CMS's sidebar of
 * other reports' titles and navigation entries, read before the page's own title: a plain dump, a layout dump split into
 * columns), TITLE_WINDOW lines that are no report title's nor navigation entries, up to MAX_TITLE_REACH.
 */
function titleReach(lines: readonly Line[], reports: ReportLines): number {
  const window = Math.min(lines.length, TITLE_WINDOW);
  if (reports.starts.slice(0, window).filter(Boolean).length < SIDEBAR_LINKS) return window;
  let plain = 0;
  let i = 0;
  for (; i < reports.within.length && plain < TITLE_WINDOW; i++) if (!reports.within[i] && !NAV_ENTRY.test(unmarked(metaText(lines[i])).replace(/\s+/g, ''))) plain++;
  return i;
}

/**
 * Whether the title on line `i` is one of a list of links: report titles start on lines above it and below it
 * (LINK_RUN_REACH lines each way), LINK_RUN of them at least. A page's own title printed after a list (a sidebar read first)
 * or before one has no links on one of its sides.
 */
function inLinkRun(reports: ReportLines, i: number): boolean {
  const count = (from: number, to: number): number => reports.starts.slice(Math.max(0, from), Math.max(0, to)).filter(Boolean).length;
  // The title's own second line (wrapped) starts no title: below counts from the line after it.
  const above = count(i - LINK_RUN_REACH, i);
  const below = count(i + 1, i + 2 + LINK_RUN_REACH);
  return above > 0 && below > 0 && above + below >= LINK_RUN;
}

/**
 * A heading over a list of the agency's reports (a CMS sidebar's '年报目录', '历年年报'), alone on its line or ending a cell
 * (a PDF's sidebar column glued into one cell: '法定主动公开内容政府信息公开年报依申请公开年报目录').
 */
const LIST_HEADING = /(?:年报目录|历年年报|往年年报|往期年报|年报列表|年度报告(?:目录|列表)|相关年报)[:：]?$/;

/**
 * Whether line `k` holds an entry of a list of report titles: one of a run (inLinkRun), the first or last of one (LINK_RUN − 1
 * more titles starting on its one side within LINK_RUN_REACH + 1 lines: a sidebar's '年报目录' entries, the first one the
 * report's own year), or under a list heading with only report titles and blank lines between.
 */
function listEntry(lines: readonly Line[], reports: ReportLines, k: number): boolean {
  if (k < 0 || k >= reports.within.length || !reports.within[k]) return false;
  const i = startOf(reports, k);
  if (inLinkRun(reports, i) || runEdge(lines, reports, i, 1) || runEdge(lines, reports, i, -1)) return true;
  for (let h = i - 1; h >= 0 && h >= i - LINK_HEADING_REACH - 1; h--) {
    if (lines[h]!.cells.some((c) => LIST_HEADING.test(unmarked(c).replace(/[\s*]+/g, '')))) return true;
    if (metaText(lines[h]).trim() !== '' && !reports.within[h]) return false;
  }
  return false;
}

/**
 * Whether the title starting on line `i` is the first (`dir` 1) or last (−1) entry of a list of the agency's reports: the next
 * title on that side starts right by it (only blank lines or its own second line between), LINK_RUN − 1 titles at least start
 * within LINK_RUN_REACH + 1 lines, and they name other years than it, each once and in order (a list names a year once: the
 * page's heading printed after a sidebar that lists its year too is no entry of it).
 */
function runEdge(lines: readonly Line[], reports: ReportLines, i: number, dir: 1 | -1): boolean {
  const near: number[] = [];
  for (let k = i + dir, n = 0; k >= 0 && k < reports.starts.length && n <= LINK_RUN_REACH + 1; k += dir, n++) if (reports.starts[k]) near.push(k);
  if (near.length < LINK_RUN - 1) return false;
  const gap = lines.slice(Math.min(i, near[0]!) + 1, Math.max(i, near[0]!));
  if (gap.some((l, j) => metaText(l).trim() !== '' && !reports.within[Math.min(i, near[0]!) + 1 + j])) return false;
  // A title's year from its own line, or its two lines when wrapped (a line naming the report's words only has none).
  const yearAt = (k: number): number | null => yearOf(REPORT_TITLE.test(metaText(lines[k])) ? metaText(lines[k]) : metaText(lines[k]) + metaText(lines[k + 1]));
  // In reading order, the years run one way (a list is ordered: '2024…' / '2023…' / '2022…'): the page's own title printed right
  // after a list whose first entry names its year too ('2021…' / … / '2017…' / '2021…') is no last entry of it.
  // Read outward from the title, the entries whose years run one way from it: a title after the run that breaks it (the page's own
  // title after its year's entry: '2023…' / '2022…' / '2021…' / '2023…', a pypdf dump gluing it to the visit counter) is no entry of
  // the run, and the run's first entry is still one.
  const years = [i, ...near].map(yearAt).filter((y) => y !== null);
  const step = years.length > 1 ? Math.sign(years[1]! - years[0]!) : 0;
  let run = 1;
  while (step !== 0 && run < years.length && Math.sign(years[run]! - years[run - 1]!) === step) run++;
  return yearAt(i) !== null && run >= LINK_RUN;
}

/** Whether a title names the sign-off's agency and the year before the sign-off's (the report's own); null without a sign-off naming an agency. */
function signedTitle(signed: LineDate | null): ((f: FoundTitle) => boolean) | null {
  const agency = signed?.agency?.replace(/\s+/g, '');
  if (!signed || !agency) return null;
  const year = Number(signed.date.slice(0, 4)) - 1;
  return (f) => {
    const parts = titleParts(f.text);
    // One year only: two titles' pieces joined ('…财政局2024年政' + '…财政局2021年…报告') are neither.
    const years = normaliseTitle(f.text).match(/(?:19|20)\d{2}/g) ?? [];
    return years.length === 1 && parts.year === year && parts.agency !== null && parts.agency.replace(/\s+/g, '') === agency;
  };
}

/** Whether the title's agency is a body whose unit (`unitOf`) the sign-off names. */
function parentOfSigner(f: FoundTitle, signed: LineDate | null): boolean {
  const signer = signed?.agency?.replace(/\s+/g, '');
  const agency = titleParts(f.text).agency?.replace(/\s+/g, '');
  return !!signer && !!agency && unitOf(signer, agency);
}

/** The year a title names ('…2019年度…'), null when none. */
function yearOf(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(normaliseTitle(text));
  return m ? Number(m[1]) : null;
}

/** lines. A sidebar's entries are looked for this far below its heading. */
const SIDEBAR_REACH = 3;
/** chars. A sidebar's heading is a few words ('栏目导航', '公开年报'). */
const MAX_SIDEBAR_HEAD = 8;

/**
 * The lines with a sidebar's heading taken out of the line it shares with the title: a page printed with a
 * column of navigation entries beside the title ('栏目导航' | '临江区…2019年政府信息公开' / '政府信息公开指南' |
 * '工作年度报告') reads the heading as the first cell of the title's line ('栏目导航临江区…' had been read at 0.95).
 * A first cell is the sidebar's heading when it is a few words of a site's page (no year, no digit) and a line
 * of the next few starts with a navigation entry in a cell of its own, or is one; other cells stay.
 */
function withoutSidebarHeads(lines: readonly Line[], window: number): readonly Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < window; i++) {
    const cells = lines[i]!.cells.filter((c) => c.trim() !== '');
    if (cells.length < 2) continue;
    // The sidebar on the left: its heading the line's first cell; on the right: its last.
    const first = sidebarCell(cells[0]!) && entryBelow(lines, i, (c) => c[0]);
    const last = !first && sidebarCell(cells[cells.length - 1]!) && entryBelow(lines, i, (c) => c[c.length - 1]);
    if (!first && !last) continue;
    out ??= [...lines];
    out[i] = withoutCell(lines[i]!, first ? 'first' : 'last');
  }
  return out ?? lines;
}

/** The line without its first or last non-empty cell (and the empty ones), `starts` and `xs` kept cell for cell. */
function withoutCell(line: Line, which: 'first' | 'last'): Line {
  const kept = line.cells.flatMap((c, k) => (c.trim() !== '' ? [k] : []));
  const keep = new Set(which === 'first' ? kept.slice(1) : kept.slice(0, -1));
  const same = (xs: number[] | undefined): number[] | undefined => (xs?.length === line.cells.length ? xs.filter((_, k) => keep.has(k)) : undefined);
  const starts = same(line.starts);
  const xs = same(line.xs);
  const { starts: _s, xs: _x, ...rest } = line;
  return { ...rest, cells: line.cells.filter((_, k) => keep.has(k)), ...(starts ? { starts } : {}), ...(xs ? { xs } : {}) };
}

/** Whether a cell may be a sidebar's heading or entry: a few words of a site's page, no digit, no report's title. */
function sidebarCell(cell: string): boolean {
  const text = unmarked(cell).replace(/\s+/g, '');
  return text.length <= MAX_SIDEBAR_HEAD && !/\d/.test(text) && (NAV_ENTRY.test(text) || (SIDEBAR_WORDS.test(text) && !TITLE_WORDS.test(text)));
}

/** Words of a sidebar's heading or entries ('栏目导航', '公开年报', '信息公开目录'). */
const SIDEBAR_WORDS = /导航|栏目|年报|目录|指南|制度|专栏|专题|链接/;
/** Words of a title's pieces ('公开工作年度报告'), never a sidebar's. */
const TITLE_WORDS = /报告|年度/;

/** Whether one of the few lines below line `i` has a navigation entry as the cell `pick` takes (its first or last). */
function entryBelow(lines: readonly Line[], i: number, pick: (cells: string[]) => string | undefined): boolean {
  return lines.slice(i + 1, i + 1 + SIDEBAR_REACH).some((l) => {
    const cell = pick(l.cells.filter((c) => c.trim() !== ''));
    return cell !== undefined && NAV_ENTRY.test(unmarked(cell).replace(/\s+/g, ''));
  });
}

/** Whether line `i` stands under a links heading ('相关文章') with only report titles between. */
function underLinkHeading(lines: readonly Line[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LINK_HEADING_REACH; k--) {
    const text = metaText(lines[k]).trim();
    if (text !== '' && !REPORT_TITLE.test(text)) return LINK_LEAD.test(text) && NAV_ENTRY.test(text);
  }
  return false;
}

/** lines. A title's byline is looked for this far below the title's first line (its second line between). */
const BYLINE_BELOW = 3;

/** Whether a byline field starts one of the few lines after the title's line `i`, no other report's title between. */
function bylineBelow(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + BYLINE_BELOW); k++) {
    const text = metaText(lines[k]).trim();
    if (BYLINE_FIELD.test(text)) return true;
    if (REPORT_TITLE.test(text.replace(/\s+/g, ''))) return false;
  }
  return false;
}

/** A date printed right after a report's words: a list entry's date cell, float or glued ('…年度报告2025-02-10', '…年度报告 [2024-01-15]'). */
const ENTRY_DATE = /^[\s\ufffd\[（(【]*(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}/;
/** A line ending a report's title with a date right after it (a dated list's entry, its last piece: '开工作年度报告2022-08-18'). */
const DATED_END = /[报\ufffd]告[\s\ufffd\[（(【]*(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}/;
/** A list's dated entries: this many lines or more among the title's reach. */
const DATED_ENTRIES = 2;
/** A date glued at a read title's end (a list entry's date cell read into it). */
const GLUED_DATE = /[\s\ufffd\[（(【]*(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}[\s\ufffd\]）)】]*$/;
/** chars. A title's ending looked for in its line. */
const TAIL_CHARS = 8;

/**
 * Whether the title read from line `i` (`text`, maybe joined from the lines above) is a dated list entry: every place on its line
 * (and the two below) printing its last words is followed at once by a date (nothing but a bracket between) — a sidebar's entry
 * ('…年度报告2024-03-11', its date cell beside it). The page's own title is followed by its byline ('发布时间：…'), not by a bare date.
 */
function datedEntry(lines: readonly Line[], i: number, text: string): boolean {
  const words = flatTitle(text).replace(GLUED_DATE, '');
  // Line `i` and the three below, joined (a date wrapped too): a title read on from the lines below (its report words wrapped: '2024' / '年XX政府信息公开工' /
  // '作年度报告2025-02-10'), or wrapped inside its last word ('…年度报' / '告2025-04-18').
  const flat = lines.slice(i, i + 4).map((l) => normaliseTitle(metaText(l)).replace(/\s+/g, '')).join('');
  // The title's last words, up to TAIL_CHARS of them.
  let n = Math.min(TAIL_CHARS, words.length);
  while (n >= 2 && !flat.includes(words.slice(-n))) n--;
  return n >= 2 && datedAt(flat, words.slice(-n));
}

/** Whether every place in `flat` printing `tail` is followed at once by a date. */
function datedAt(flat: string, tail: string): boolean {
  let dated = 0;
  for (let at = flat.indexOf(tail); at >= 0; at = flat.indexOf(tail, at + 1)) {
    if (!ENTRY_DATE.test(flat.slice(at + tail.length))) return false;
    dated++;
  }
  return dated > 0;
}

/** lines. The sign-off is printed in the document's last lines. */
const SIGN_OFF_REACH = 15;

/**
 * Of several titles listed under a links heading, none printed elsewhere: the one whose agency the document's
 * sign-off names (the page's own title printed right under the list, no line between), else the first, not
 * trusted (trimmed).
 */
function ownOfListed(lines: readonly Line[], listed: readonly FoundTitle[]): FoundTitle {
  if (listed.length === 1) return listed[0]!;
  const after = Math.max(lines.length - SIGN_OFF_REACH, maxOf(listed.map((f) => f.line ?? 0)));
  const end = lines.slice(after).map(metaText).join('').replace(/\s+/g, '');
  const signed = listed.filter((f) => {
    const agency = titleParts(f.text).agency;
    return agency !== null && end.includes(agency);
  });
  return signed.length === 1 ? signed[0]! : { ...listed[0]!, trimmed: true };
}

/** lines. A links heading ('相关文章') is looked for this far above a list item (blank lines and other items between). */
const LINK_HEADING_REACH = 3;

/**
 * Whether line `i` is an item of a list of links: a list item next to another list item that names a report,
 * or a list item or a report's title under a links heading ('相关文章', '相关阅读') with only list items,
 * report titles and blank lines between.
 */
function inLinkList(lines: readonly Line[], i: number): boolean {
  const item = (k: number): boolean => k >= 0 && k < lines.length && BULLET_CELL.test(lineText(lines[k]));
  const names = (k: number): boolean => k >= 0 && k < lines.length && REPORT_TITLE.test(lineText(lines[k]));
  if (item(i) && ((item(i - 1) && names(i - 1)) || (item(i + 1) && names(i + 1)))) return true;
  // Under a links heading a report title is an item with its mark; without it only when the report's body
  // has begun above (a browser's print draws the list's bullets as shapes, no text: '相关文章' /
  // '2022年度…年度报告' after the sign-off). Above the body, the page's own title may follow the list.
  if (!item(i) && !(names(i) && lines.slice(0, i).some((l) => matchHeading(lineText(l)) !== null))) return false;
  for (let k = i - 1; k >= 0 && k >= i - LINK_HEADING_REACH; k--) {
    const text = metaText(lines[k]).trim();
    if (text !== '' && !item(k) && !names(k)) return LINK_LEAD.test(text) && NAV_ENTRY.test(text);
  }
  return false;
}

/** A report's last word: another report's title ends at it. */
const ENTRY_END = /[报\ufffd]告/;

/**
 * The title on line `i` (joined with the line above when printed on two lines), if it is one; without the last words of a
 * list entry glued before its year ('报告2025年XX区…年度报告': pypdf joins a wrapped entry's last piece to the heading printed
 * after the list): no title starts with them.
 */
function titleAt(lines: readonly Line[], i: number): FoundTitle | null {
  const t = unheaded(titleOnLine(lines, i));
  const rest = t ? afterEntryTail(t.text) : null;
  // (Cut: not trusted as printed whole unless its byline follows it — a wrapped name's head may have been glued so too.)
  return t && rest !== null ? { ...t, text: rest, trimmed: t.trimmed || !bylineBelow(lines, i) } : t;
}

/**
 * The title after another report's last words glued before it ('报告2025年…', '政府信息公开工作报告XX县…2024年…年度报告'): the
 * text after the first '报告' that leaves a whole title (the report's words and a year), null when none does.
 */
function afterEntryTail(text: string): string | null {
  for (let j = text.search(ENTRY_END); j >= 0; ) {
    const rest = text.slice(j + 2).trim();
    if (REPORT_TITLE.test(rest) && TITLE_YEAR.test(rest)) return rest;
    const next = text.slice(j + 2).search(ENTRY_END);
    j = next < 0 ? -1 : j + 2 + next;
  }
  return null;
}

/**
 * A title read after a section heading ('一、总体情况 示例县…2024年政' / '府信息公开工作年度报告': a box floated beside the body
 * whose entry shares the heading's line, a numbered list's entry): no title starts with one — the words after it are another
 * column's or a list's: a link (its agency and year no clues), null when they name no report.
 */
function unheaded(t: FoundTitle | null): FoundTitle | null {
  const headed = t ? HEADING_LEAD.exec(t.text) : null;
  if (!t || !headed) return t;
  const rest = t.text.slice(headed[0].length).trim();
  return REPORT_TITLE.test(flatTitle(rest)) ? { ...t, text: rest, trimmed: true, link: true } : null;
}

/** A section mark ('一、', '（二）') and the template's heading words after it, if any: what a title never starts with. */
const HEADING_LEAD = /^\s*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])\s*(?:总体情况|主动公开(?:政府)?信息(?:情况)?|收到和处理政府信息公开申请情况|政府信息公开行政复议、?行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)?\s*/;

function titleOnLine(lines: readonly Line[], i: number): FoundTitle | null {
  const cleaned = cleanTitle(withoutMenu(lines[i]), () => numberContinues(lines, i));
  // A crawler that lost line breaks joined the title to the lines around it: the title cut out of the line.
  const c = cleaned.text;
  const cut = c.length > MAX_TITLE || SENTENCE.test(c) || !REPORT_TITLE.test(c) || BODY_AFTER.test(c) || DATE_AFTER.test(c) ? titleOfJoinedLine(c) : null;
  // (A title wrapped inside its words and joined with a space, '…工作年度 报告': read without the space.)
  const t = cut ? cut.text : REPORT_TITLE.test(c) || !REPORT_TITLE.test(tidyTitle(c)) ? c : tidyTitle(c);
  const trimmed = cleaned.trimmed || cut !== null;
  if (t.length > MAX_TITLE || SENTENCE.test(t) || SENTENCE_WORDS.test(t) || LOST_WORDS.test(t) || LINK_LEAD.test(t)) return null;
  if (!REPORT_TITLE.test(t)) return brokenTitleAt(lines, i, t, trimmed);
  const labelled = TITLE_LABEL.test(metaText(lines[i]).trim());
  // An item of a list of links stands alone: the lines above it are the list's heading or the page's sign-off.
  const { cut: navCut, ...head } = withHead(lines, i, t, labelled || trimmed || inLinkList(lines, i));
  return { ...head, line: i + 1, from: 'title', trimmed: trimmed || navCut === true, ...(cut?.incomplete ? { incomplete: true } : {}) };
}

/** Whether line `i`'s leading bare number may continue a name on the line above (BARE_LEAD, CONTINUED_HEAD; a sidebar's entry between them skipped). */
function numberContinues(lines: readonly Line[], i: number): boolean {
  const k = i > 1 && navLine(lines, i - 1) ? i - 2 : i - 1;
  const prev = headAbove(lines, k);
  return prev !== '' && CONTINUED_HEAD.test(prev) && !HEAD_YEAR.test(prev) && !NOT_HEAD.test(prev);
}

/**
 * Whether the title read from line `i` is the rest of a link labelled on the line above, wrapped ('下一篇：云岭市白沙区财' /
 * '政局2023年政府信息公开' / '工作年度报告': a narrow column's 上一篇/下一篇): the label's line names no whole report.
 */
function underLinkLabel(lines: readonly Line[], i: number): boolean {
  const above = i > 0 ? metaText(lines[i - 1]).replace(/\s+/g, '') : '';
  return LINK_LEAD.test(above) && !REPORT_TITLE.test(above) && above.replace(LINK_LEAD, '') !== '';
}

/** The report's words ending a title (maybe wrapped inside: '年度报' / '告'), then the text of the lines a crawler joined after it (after a space, or a date right after them). */
const JOINED_AFTER = /^(.*?年\s?度\s?[报\ufffd]\s?告)(?:\s+\S|(?=\S.*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{1,2}-\d{1,2})))/;
/** A date after the report's words: the sign-off or a browser's print header a crawler joined to the title's line ('…年度报告沐阳县人民政府 (2026年1月23日)', '…年度报告11/25/26, 1:55 PM'). */
const DATE_AFTER = /年度[报\ufffd]告.*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{1,2}-\d{1,2})/;
/** The report's words, then the start of the body a crawler joined to the title's line ('…年度报告 一、总体情况 …'). */
const BODY_AFTER = /年度[报\ufffd]告\s+(?:[一二三四五六]、|[（(][一二三四五六][）)]|根据|按照|依据|本报告|现将|为|发布)/;
/** Words of running text, never of a title ('现将…年度报告 向社会公布', '根据…'). */
const SENTENCE_WORDS = /现将|根据|按照|依据|公布|特此|本报告/;

/**
 * The title in a line that joins it to the lines printed around it, separated by spaces (a crawler
 * that lost line breaks: '2023年XX局政府信息公开工作年度报告 根据《条例》…', '…年度报告 一、总体情况 …'):
 * the text up to the report's words, from the last space-separated piece that starts a whole title
 * (a year and the report's words), with the piece before it when that one is the agency printed on
 * the line above a title starting with its year ('XX局' / '2023年…'). A short piece of words left
 * before it may be the title's first half (wrapped inside the agency's name): `incomplete`. Null when
 * no such title ends the line's first part. The caller marks the title trimmed (below 0.9 unless
 * another place confirms it).
 */
function titleOfJoinedLine(line: string): { text: string; incomplete: boolean } | null {
  const m = JOINED_AFTER.exec(line);
  if (!m || SENTENCE.test(m[1]!) || SENTENCE_WORDS.test(m[1]!)) return null;
  const pieces = m[1]!.split(/\s+/).filter((p) => p !== '');
  for (let k = pieces.length - 1; k >= 0; k--) {
    const text = pieces.slice(k).join(' ');
    const flat = normaliseTitle(text).replace(/\s+/g, '');
    if (!REPORT_TITLE.test(flat) || !TITLE_YEAR.test(flat) || MID_WORD_START.test(flat) || text.length > MAX_TITLE) continue;
    const before = pieces[k - 1] ?? '';
    const head = HEAD_PIECE.test(before) && !NOT_HEAD.test(before);
    if (head && /^(?:19|20)\d{2}/.test(flat)) return { text: tidyTitle(`${before} ${text}`), incomplete: false };
    return { text: tidyTitle(text), incomplete: head };
  }
  return null;
}

/**
 * The whole titles printed in lines a crawler joined (longer than a title: a page dumped as one line, its <title>, sidebar
 * entries, info table and heading one after another): each space-parted piece that reads as a whole title, its line's.
 */
function joinedLineTitles(lines: readonly Line[], window: number): FoundTitle[] {
  const out: FoundTitle[] = [];
  for (let i = 0; i < window; i++) {
    const text = metaText(lines[i]);
    if (text.length <= MAX_TITLE) continue;
    for (const piece of text.split(/\s+/)) {
      const t = cleanTitle(piece).text;
      if (t.length <= MAX_TITLE && REPORT_END.test(t) && titleLooksWhole(t, null)) out.push({ text: t, line: i + 1, from: 'title', trimmed: true });
    }
  }
  return out;
}

/** lines. A title is printed on at most this many lines above the one that names the report. */
const MAX_HEAD_LINES = 3;

/**
 * The title with the lines above it that are its first part (printed on two or more lines: '洪泽区人民政府' /
 * '2023年…', '南通市游仙区市场监' / '督管理局2021年度' / '政府信息公开…'), and whether a short run of words above it
 * that could not be joined may be its first part (wrapped inside the agency's name: '安徽省宜' / '昌市镜湖区…'),
 * one blank line between them or none: the title is then not reported as whole.
 */
function withHead(lines: readonly Line[], i: number, t: string, alone: boolean): { text: string; incomplete?: true; cut?: true } {
  let text = t;
  let k = i - 1;
  let cut = false;
  for (let n = 0; !alone && n < MAX_HEAD_LINES && k >= 0; n++, k--) {
    // A sidebar's entry read between the title's lines ('…枝江市市场监' / '信息公开年报' / '督管理局2022年…'): skipped.
    // (Several: a sidebar's menu beside a large h1's line gap, '政府信息公开指南' / '…制度' / '法定主动公开内容'.)
    let at = k;
    while (at > 0 && k - at < NAV_BETWEEN && navLine(lines, at)) at--;
    const skip = at !== k;
    const prev = headAbove(lines, at);
    // A title starting with its year takes the line above as its agency only when the two read as an agency's title (a
    // sidebar's wrapped entry above it, '政府信息' / '公开指南', is no agency: '政府信息2022年度…' had been read at 0.95).
    // An agency line names no year ('2022年度汀州市民政局政府信息' above a sidebar's '2020年度…' is another title's first half).
    const yearFirst = /^\s*(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})/.test(text) && prev.length > 0 && !TITLE_YEAR.test(prev) && prev.length <= MAX_TITLE_HEAD && titleParts(`${prev}${text}`).agency !== null;
    if (!yearFirst && !wrappedBefore(lines, at + 1, prev, text)) break;
    text = `${prev}${text}`;
    cut ||= skip || gluedNav(lines, at);
    k = at;
  }
  if (alone) return { text };
  const blank = metaText(lines[k]).trim() === '' || navLine(lines, k);
  const prev = headAbove(lines, blank ? k - 1 : k);
  const headless = HEAD_PIECE.test(prev) && !NOT_HEAD.test(prev) && !text.includes(prev);
  return { text, ...(headless ? { incomplete: true as const } : {}), ...(cut ? { cut: true as const } : {}) };
}

/** Line `k`'s words without list marks, as read for a title's first part. */
function headText(lines: readonly Line[], k: number): { text: string; trimmed: boolean } {
  const above = cleanTitle(withoutMenu(lines[k], true));
  return { text: above.text.replace(BULLET_CELL, ''), trimmed: above.trimmed };
}

/** Whether line `k` is a navigation entry as a whole ('政府信息公开年报') or menu entries only ('法定主动公开内容', NAV_RUN). */
function navLine(lines: readonly Line[], k: number): boolean {
  if (k < 0 || k >= lines.length) return false;
  const { text } = headText(lines, k);
  return NAV_ENTRY.test(text) || NAV_RUN.test(text);
}

/** Whether line `k` starts with navigation entries glued before other words ('信息公开制度汀枫市…'). */
function gluedNav(lines: readonly Line[], k: number): boolean {
  const { text } = headText(lines, k);
  return NAV_GLUED.test(text) && text.replace(NAV_GLUED, '') !== '';
}

/**
 * The text of line `k` when it may be part of a title above it: '' for page furniture, a sentence or another title;
 * without navigation entries glued before it (a sidebar's item read on the title's first line).
 */
function headAbove(lines: readonly Line[], k: number): string {
  if (k < 0) return '';
  const above = cleanTitle(withoutMenu(lines[k], true));
  const entry = above.text.replace(BULLET_CELL, '');
  // A table's column header ('现行有效件数' over a page whose title follows: pdftotext's plain order of a turned page) is no title's first part,
  // nor the end of another title ('开工作年度报告': a sidebar's link wrapped onto two lines).
  const furniture = above.trimmed || !/[\p{Script=Han}\d]/u.test(entry) || headerWordsOnly(normalizeLabel(entry)) || NAV_ENTRY.test(entry) || LINK_LEAD.test(entry) || SITE_NAME.test(above.text) || REPORT_TITLE.test(above.text) || REPORT_END.test(above.text) || /[。，：:；]/.test(above.text) || TITLE_LABEL.test(metaText(lines[k]).trim());
  const bare = above.text.replace(NAV_GLUED, '');
  // Other entries left after the glued ones ('政府信息公开指南- 信息公开指南- 政府信息公开目录', a menu's items on one line): a menu, not words of a title.
  return furniture || bare === '' || FOREIGN_PIECE.test(bare) ? '' : bare;
}

/** A piece of words that may be a title's first line. */
/** (Latin letters only beside ideographs: '青州市5G产业园'.) */
const HEAD_PIECE = new RegExp(`^(?:[\\p{Script=Han}\\d\\uff10-\\uff19（）()]{1,${MAX_TITLE_HEAD}}|(?=.*\\p{Script=Han})[\\p{Script=Han}\\dA-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a（）()]{1,${MAX_TITLE_HEAD}})$`, 'u');
/** Words of a site's page rather than of a title's first half (a column name, a menu item, a site name). */
const NOT_HEAD = /信息公开|政务公开|年报|年度报告|首页|专栏|栏目|通知|公告|网站|门户|目录|指南|制度|正文|详情|内容|打印|关闭|分享|浏览|来源/;

/**
 * A title wrapped at another point than before its year: the line names the report but not its year
 * ('安徽省…农业农村局2021年' / '度政府信息公开工作年度报告', '…局20' / '21年…'), and the two lines together
 * do; or the line starts inside the agency's name ('安徽省芜湖市镜湖' / '区农业农村局2021年…'), which the
 * two lines together print whole, as the document prints it elsewhere (its opening, its 来源 line, its sign-off).
 */
/**
 * A title's first line wrapped inside the agency's name: ideographs, maybe a bracketed part opened ('…办公室（县政务服务和'),
 * maybe digits or Latin letters of the name ('敦化市12345政务服务便民热线管理中' / '心2024年…', '…公安局110指挥中', '第4中学'),
 * never a year ('2022年度…政府信息': another title's first half). The joined name must be printed elsewhere (wrappedBefore).
 */
const WRAPPED_HEAD = /^(?=.*\p{Script=Han})[\p{Script=Han}（）()\dA-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$/u;
const HEAD_YEAR = /(?:19|20)\d{2}\s*年|(?:１９|２０)[０-９]{2}\s*年/;

function wrappedBefore(lines: readonly Line[], i: number, prev: string, t: string): boolean {
  if (!prev || prev.length + t.length > MAX_TITLE) return false;
  const own = titleParts(t);
  const both = titleParts(`${prev}${t}`);
  if (own.year === null) return both.year !== null;
  if (!WRAPPED_HEAD.test(prev) || HEAD_YEAR.test(prev) || prev.length > MAX_TITLE_HEAD) return false;
  // A name the agency words do not take whole (a bracketed part: '…办公室（县政务服务和大数据管理局）'): the words before the year.
  const name = both.agency ?? (own.agency === null ? wordsBeforeYear(`${prev}${t}`) : null);
  if (!name || name === own.agency || name.length <= prev.length) return false;
  const others = lines.filter((_, k) => k !== i && k !== i - 1).map((l) => metaText(l).replace(/\s+/g, ''));
  const elsewhere = others.join('');
  // Printed elsewhere only as the same two lines (a sidebar's entry over a link naming the agency: '法定主动公开内容' /
  // '清溪县…教育局2017年…'), the name is no name: the lines' order, not the agency's words.
  const paired = name.startsWith(prev) ? `\n${others.join('\n')}`.split(`\n${prev}\n${name.slice(prev.length)}`).length - 1 : 0;
  const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
  return Math.max(count(elsewhere, name), count(normaliseTitle(elsewhere), normaliseTitle(name))) > paired;
}

/** chars. Fewer words before the year tell nothing about their order. */
const MIN_TURNED_HEAD = 3;
/** A multiset of characters as a sorted string: two names of the same characters in another order have the same. */
const sortedChars = (s: string): string => [...s].sort().join('');

/**
 * A title whose words before its year come out of a turned block: `pdftotext -layout` of a page turned
 * 90°, 180° or 270° writes the title's characters in the order of the turned page's columns — its head
 * line reversed as a whole ('于关会员委革改和展发县门石  2021' for 石门县发展和改革委员会关于2021…; the line
 * holds none of the report's words, so layout/mirrored-runs leaves it) or its runs reversed and out of
 * place around a number in the name ('局 第县石青 1 2023年…' for 青石县第1局2023年…). Those words name no
 * agency as printed, while read backwards they do, or they are the characters of a name the document
 * prints elsewhere (`agencies`: its sign-off, byline) in another order. Read backwards into a name
 * another place prints, the title is read so (`text`); otherwise it is `misordered`: not the printed title.
 * Null when the title reads forward.
 */
export function turnedTitle(text: string, agencies: readonly string[]): { text?: string; misordered: boolean } | null {
  const flat = normaliseTitle(text).replace(/\s+/g, '');
  const y = TITLE_YEAR.exec(flat);
  const head = y ? flat.slice(0, y.index) : '';
  if ([...head].length < MIN_TURNED_HEAD || isAgencyName(head) || titleParts(text).agency !== null) return null;
  const back = [...head].reverse().join('') + flat.slice(y!.index);
  const name = titleParts(back).agency;
  if (name !== null && agencies.includes(name)) return { text: back, misordered: false };
  const chars = sortedChars(head);
  return name !== null || agencies.some((a) => sortedChars(a.replace(/\s+/g, '')) === chars) ? { misordered: true } : null;
}

/** The text before a title's year, without white space ('' when it names no year). */
export function wordsBeforeYear(text: string): string {
  const flat = normaliseTitle(text).replace(/\s+/g, '');
  const y = TITLE_YEAR.exec(flat);
  return y ? flat.slice(0, y.index) : '';
}

/** Whether the line is a breadcrumb and nothing else ('首页>政务公开>年度报告>', '当前位置：首页 > 信息公开'). */
function crumbsOnly(line: Line | undefined): boolean {
  const text = unmarked(lineText(line));
  return CRUMBS.test(text) && text.replace(CRUMBS, '').replace(/^(?:首页|正文|政务公开|(?:政府)?信息公开(?:年报|指南|制度|目录)?|年度报告)$/, '').trim() === '';
}

/** lines. A sidebar's entries printed between a title's two halves are skipped up to this many. */
const NAV_BETWEEN = 5;

/**
 * A title broken inside its words: line `i` does not name a report, the next line alone does not
 * either, the two joined do ('…2023年政府信息' / '公开工作年度报告'). A sidebar's entry read between
 * them (a line of its own) is skipped, one glued before the title's first half cut (`withoutGluedNav`).
 */
function brokenTitleAt(lines: readonly Line[], i: number, t: string, trimmed: boolean): FoundTitle | null {
  // A navigation entry as a whole ('政府信息公开年报': a sidebar's item printed between a title's two lines) is no
  // title's first half; the title's second half is the line after the entries.
  if (NAV_ENTRY.test(t) || NAV_RUN.test(t)) return null;
  // A labelled field before the words ('发布时间：…来源：XX局' | a sidebar's '2018年度政府信息公开工'): no title's first half.
  if (/[：:]/.test(t)) return null;
  // A sidebar of several entries beside the title ('政府信息公开指南' / '…制度' / '…年报'): each skipped.
  let k = i + 1;
  // So is a breadcrumb as a whole ('首页>政务公开>年度报告>': a page's header a browser's print set between the title's lines),
  // and a line of menu entries only ('法定主动公开内容', '依申请公开': NAV_RUN), up to NAV_BETWEEN lines (a large h1's line gap).
  const nav = (t: string): boolean => NAV_ENTRY.test(t) || NAV_RUN.test(t);
  while (k < i + 1 + NAV_BETWEEN && k < lines.length && (nav(cleanTitle(withoutMenu(lines[k])).text) || crumbsOnly(lines[k]))) k++;
  // The second half's cell ending in the report's words is the title's end: a cell after it on its line is a
  // sidebar's entry beside it ('息公开工作年度报告' | '指南': '…报告指南' had been read at 0.95).
  const cells = lines[k]?.cells.filter((c) => c.trim() !== '') ?? [];
  const nextRaw = cells.length > 1 && REPORT_END.test(unmarked(cells[0]!)) ? cells[0]! : withoutMenu(lines[k]);
  // A breadcrumb ('您当前的位置：网站首页 > 政务公开 > 年度报告') or a segment of one is never a title's second half.
  if (CRUMBS.test(unmarked(nextRaw))) return null;
  const next = cleanTitle(nextRaw).text;
  const read = `${t}${next}`;
  const joined = withoutGluedNav(read);
  if (!t || !next || REPORT_TITLE.test(next) || !REPORT_TITLE.test(joined) || joined.length > MAX_TITLE || SENTENCE.test(next)) return null;
  const cut = trimmed || joined !== read;
  const { cut: navCut, ...head } = withHead(lines, i, joined, cut);
  return { ...head, line: i + 1, from: 'title', trimmed: cut || navCut === true };
}
