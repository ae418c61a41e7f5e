/**
 * @file Text an extractor wrote mirrored, read back. pdftotext on pages turned by /Rotate does it two ways:
 * - a whole page turned half round: its lines bottom to top, each right to left, digits too
 *   ('653     罚处政行' for '行政处罚 356', '年作工开公息信府政度年2202室公办…' for '…办公室2022年度政府信息公开工作年…');
 * - single lines (the title, the headings: another font) with each run of ideographs reversed and the
 *   runs and digit groups in their places ('局障保会社和源资力人市关韶  2023 告报度年作工开公息信府政度年').
 * A line reads as mirrored when, reversed, it holds the report's words (政府, 信息, 公开 …) and, as
 * printed, hardly any. A page of mirrored lines (hardly any line reading forward) is reversed whole when
 * the years it prints read as years that way ('年2202' → '2022年') at least as often as run by run;
 * elsewhere a mirrored line is turned back run by run — one holding digits only when that is what makes
 * its years read ('2023 告报度年…'), else it is left as printed: a number read backwards is never guessed.
 */

/** Two-character words every report prints many times; reversed, none is a word. */
const WORDS = ['政府', '信息', '公开', '情况', '年度', '报告', '工作', '申请', '行政', '主动', '处理', '办理', '复议', '诉讼', '存在', '问题', '改进', '需要', '其他', '事项', '总体', '收到', '本年', '决定', '数量', '法人', '组织', '结果', '维持', '纠正', '属于', '国家'];
const REVERSED = WORDS.map((w) => [...w].reverse().join(''));
/** A run of characters other than ASCII and white space: what a line-mirroring extractor reversed. */
const RUN = /[^\x00-\x7f\s\u3000]+/g;
/** Spaces a converter put between ideographs ('项 事 询 查'): words are counted without them. */
const HAN_GAP = /(?<=[\p{Script=Han}（）、])[ \t\u3000]+(?=[\p{Script=Han}（）、])/gu;
/** Fewest reversed words on a line for it to read as mirrored. */
const MIN_REVERSED_WORDS = 2;
/** Fewest mirrored lines on a page, and how many times its forward lines, for the page to be turned whole. */
const MIN_PAGE_LINES = 3;
const PAGE_RATIO = 3;
/** A year as printed before 年 ('2023年', '2023 年'). */
const YEAR = /(?:19|20)\d\d\s*年/g;

const count = (line: string, words: readonly string[]): number => {
  const joined = line.replace(HAN_GAP, '');
  return words.reduce((n, w) => n + (joined.includes(w) ? 1 : 0), 0);
};
const reverseRuns = (line: string): string => line.replace(RUN, (run) => [...run].reverse().join(''));
const reversed = (text: string): string => [...text].reverse().join('');
const years = (text: string): number => text.match(YEAR)?.length ?? 0;

/**
 * How a line reads: `mirrored` when, reversed, it holds report words and, as printed, far fewer;
 * `forward` the other way round; null when its words do not tell.
 */
function readingOf(line: string): 'mirrored' | 'forward' | null {
  const back = count(line, REVERSED);
  const ahead = count(line, WORDS);
  if (back >= MIN_REVERSED_WORDS && back > 2 * ahead) return 'mirrored';
  if (ahead >= MIN_REVERSED_WORDS && ahead > 2 * back) return 'forward';
  return null;
}

/** A page's lines, which of them read mirrored, and how many read mirrored and forward. */
interface Page {
  lines: string[];
  isMirrored: boolean[];
  mirrored: number;
  forward: number;
}

function pageOf(text: string): Page {
  const lines = text.split(/\r?\n/);
  const readings = lines.map(readingOf);
  const isMirrored = readings.map((r) => r === 'mirrored');
  return { lines, isMirrored, mirrored: isMirrored.filter(Boolean).length, forward: readings.filter((r) => r === 'forward').length };
}

const linesTurned = (p: Page): string => p.lines.map((l, i) => (p.isMirrored[i] ? reverseRuns(l) : l)).join('\n');

/** True when a page reads as turned half round: mirrored lines, hardly any forward, and its years read that way. */
function turnedWhole(p: Page): boolean {
  const whole = reversed(p.lines.join('\n'));
  return p.mirrored >= MIN_PAGE_LINES && p.mirrored > PAGE_RATIO * p.forward && years(whole) >= years(linesTurned(p));
}

/** A page's lines turned back run by run: those holding digits only when that makes their years read. */
function runsTurned(p: Page): string {
  return p.lines.map((l, i) => (p.isMirrored[i] && (!/\d/.test(l) || years(reverseRuns(l)) > years(reversed(l))) ? reverseRuns(l) : l)).join('\n');
}

/**
 * In a text with a page turned half round, a page that reads so too: its mirrored lines outnumber its
 * forward ones, or none reads forward and it holds ideographs (a last page of a few lines: the
 * sign-off). A page of digits alone tells nothing: left as printed.
 */
const readsTurned = (p: Page): boolean => (p.mirrored > 0 && p.mirrored > PAGE_RATIO * p.forward) || (p.forward === 0 && p.lines.some((l) => /\p{Script=Han}/u.test(l)));

/**
 * The text with its mirrored pages and lines read back (see the file comment); the same string when
 * none is. Once one page reads as turned half round, so does every page that reads so (readsTurned).
 */
export function unmirrorLines(text: string): string {
  if (!REVERSED.some((w) => text.includes(w)) && !/[\p{Script=Han}] [\p{Script=Han}]/u.test(text)) return text;
  const pages = text.split('\f').map(pageOf);
  if (pages.every((p) => p.mirrored === 0)) return text;
  const wholePages = pages.some(turnedWhole);
  return pages
    .map((p) => (wholePages && readsTurned(p) ? reversed(p.lines.join('\n')) : p.mirrored === 0 ? p.lines.join('\n') : runsTurned(p)))
    .join('\f');
}
