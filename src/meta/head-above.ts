/**
 * @file Whether a title's head (its agency, or the front of it) is printed on the lines just above the title, apart from it:
 * a running header of the agency's name printed over the page (16 pt '<agency>政府信息公开' above the 22 pt title lines
 * '<agency>' / '2021年度…报告') merges with the title's agency line and the title is read from its year line alone
 * ('2021年度政府信息公开工作年度报告', breaker42 h/hdr16); a breadcrumb ending in the agency's first words
 * ('首页 > 政务公开 > 政府信息公开年报 > 霍林郭勒市' / '住房和城乡建设局' / '2021年度…') is cut off with them (h/nav).
 * The title is then not whole (`incomplete`), whatever confirms its year.
 */
import type { Line } from '../model/document.js';
import { normaliseTitle } from './agency-name.js';
import { namesNoAgency } from './title.js';
import { metaText } from './line-text.js';

/** lines. The lines above the title looked at (blank ones and the title's own pieces not counted). */
const ABOVE = 2;
/** chars. The shortest missing front looked for ('XX市'). */
const MIN_FRONT = 2;

const flat = (s: string): string => normaliseTitle(s).replace(/\s+/g, '');
/** chars. The shortest tail of the agency a title may start with ('政府'). */
const MIN_TAIL = 2;

/**
 * The front of `agency` the title lacks: all of it when the title starts with its year (`noAgency`), else the part before the
 * longest tail of it the title starts with ('霍林郭勒市' of '霍林郭勒市住房和城乡建设局' before '住房和城乡建设局2021年度…'; '长汀' before
 * '县红旗乡人民政府政府信息公开…', its year lost with the breadcrumb). None when the title starts otherwise.
 */
function missingFront(title: string, agency: string, noAgency: boolean): string[] {
  if (noAgency) return agency.length >= MIN_FRONT ? [agency] : [];
  for (let front = MIN_FRONT; agency.length - front >= MIN_TAIL; front++) if (title.startsWith(agency.slice(front))) return [agency.slice(0, front)];
  return [];
}

/**
 * Whether another printed place's agency (`agencies`: not the title's, not the file name nor metadata) is a longer form of
 * the title's (the title names none, or only its tail: '住房和城乡建设局' of '霍林郭勒市住房和城乡建设局') and the front the
 * title lacks is printed on the lines just above it, on its page.
 */
export function headAbove(lines: readonly Line[], line: number, text: string, agencies: readonly string[]): boolean {
  const title = flat(text);
  const fronts = agencies.flatMap((a) => missingFront(title, flat(a), namesNoAgency(text)));
  if (fronts.length === 0) return false;
  const page = lines[line - 1]?.source?.page;
  const above: string[] = [];
  for (let k = line - 2; k >= 0 && above.length < ABOVE; k--) {
    if (lines[k]!.source?.page !== page) break;
    const t = flat(metaText(lines[k]));
    // Blank lines and the title's own wrapped pieces (found.line is its last line) are not the lines above it.
    if (t === '' || title.includes(t)) continue;
    above.unshift(t);
  }
  const joined = above.join('');
  return fronts.some((f) => joined.includes(f));
}

/** chars. A head this short is not judged doubled. */
const MIN_DOUBLED = 6;
/** A run of three or more characters printed twice. */
const REPEATED_RUN = /(\p{Script=Han}{3,}).*\1/u;

/**
 * Whether a title's words before its year are two prints of one name interleaved: a running header of the agency's name
 * printed over the page at the title's size and place (breaker42 h/hdr22: '兴义市兴义市民族宗教事务委员会民族宗教事务委员会2022年度…',
 * the two texts' characters merged in x order). Each character is there an even number of times and a run of three is
 * repeated ('乌鲁木齐市乌鲁木齐县…' is not: 市 and 县 once each). Not the printed title (`misordered`).
 */
export function doubledHead(head: string): boolean {
  if (head.length < MIN_DOUBLED || !REPEATED_RUN.test(head)) return false;
  const counts = new Map<string, number>();
  for (const c of head) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.values()].every((n) => n % 2 === 0);
}

/** A run of five or more characters printed twice: a name (a header's '<agency>政府信息公开') read into the title beside its own. */
const REPEATED_NAME = /(\p{Script=Han}{5,}).*\1/u;
/** chars. Titles longer than this are not searched for a repeated run (the search backtracks). */
const MAX_SEARCHED = 160;

/**
 * Whether a title holds a running header printed over it: two prints of its agency interleaved (`doubledHead`), or a name of
 * five or more characters twice ('库车市职业技术学校政府信息公开库车市职业技术学校2021年…', '2023年阿图什市退役军人事务局政府信息公开工作
 * 阿图什市退役军人事务局政府信息公开年度报告': the 16 pt header '<agency>政府信息公开' joined to the title's line, breaker42 h/hdr16).
 * Not the printed title (`misordered`), whatever confirms its year.
 */
export function headerInTitle(text: string, head: string): boolean {
  const t = flat(text);
  return doubledHead(head) || (t.length <= MAX_SEARCHED && REPEATED_NAME.test(t));
}

/** The report's fixed words a title ends with. */
const WORDS = '政府信息公开工作年度报告';
/** What a running header prints after the agency's name ('<agency>政府信息公开', breaker42 h/hdr16). */
const HEADER_TAIL = '政府信息公开';
/** A breadcrumb's separators: the text after the last one is the crumb the title may start in. */
const CRUMB = /^.*[>＞»]/u;
const YEAR = /^(19|20)\d\d$/;

/** Whether `s` is `a` and `b` interleaved, each in its order (O(|a|·|b|): a title's few dozen characters). */
export function interleaves(s: string, a: string, b: string): boolean {
  if (s.length !== a.length + b.length) return false;
  const ok: boolean[] = [true];
  for (let j = 1; j <= b.length; j++) ok[j] = ok[j - 1]! && b[j - 1] === s[j - 1];
  for (let i = 1; i <= a.length; i++) {
    ok[0] = ok[0]! && a[i - 1] === s[i - 1];
    for (let j = 1; j <= b.length; j++) ok[j] = (ok[j]! && a[i - 1] === s[i + j - 1]) || (ok[j - 1]! && b[j - 1] === s[i + j - 1]);
  }
  return ok[b.length]!;
}

/** The titles a report of `agency` and `year` is printed under (its agency before or after the year). */
function titleForms(agency: string, year: string): string[] {
  return [`${agency}${year}年`, `${agency}${year}年度`, `${year}年${agency}`, `${year}年度${agency}`, `${agency}关于${year}年`, `${agency}关于${year}年度`].map((lead) => lead + WORDS);
}

/**
 * The title with its head put back (`null`: none found, or the title read is whole): the lines just above it on its page
 * (none, one, two; from the last breadcrumb separator on) and the title read are, characters U+FFFD left out, exactly a
 * title of another printed place's agency and of the year their digits print, alone or interleaved with a running header of
 * that agency ('<agency>' or '<agency>政府信息公开', printed over the title at its place: breaker42 h/hdr16, h/hdr22), or with
 * the breadcrumb's last crumb ahead of it (h/nav: '首页 > … > 弥勒市白沙' / '镇人民政府2021年…'). Every character is
 * accounted for, so one reading only is taken; several (two agencies both fitting) are none.
 */
export function putBackHead(lines: readonly Line[], line: number, text: string, agencies: readonly string[]): string | null {
  const title = flat(text).replace(/\uFFFD/g, '');
  const page = lines[line - 1]?.source?.page;
  const above: string[] = [];
  for (let k = line - 2; k >= 0 && above.length < ABOVE; k--) {
    if (lines[k]!.source?.page !== page) break;
    const t = flat(metaText(lines[k])).replace(/\uFFFD/g, '');
    if (t === '' || title.includes(t)) continue;
    above.unshift(t);
  }
  const names = [...new Set(agencies.map(flat))].filter((a) => a.length >= MIN_FRONT);
  for (let k = 0; k <= above.length; k++) {
    const joined = above.slice(above.length - k).join('') + title;
    const x = joined.replace(CRUMB, '');
    const year = x.replace(/\D/g, '');
    if (!YEAR.test(year)) continue;
    const fits = new Set(names.flatMap((a) => titleForms(a, year).filter((c) => ['', a, a + HEADER_TAIL].some((h) => interleaves(x, c, h)))));
    if (fits.size === 0) continue;
    const [only] = fits;
    return fits.size === 1 && only !== title ? only! : null;
  }
  return null;
}
