/**
 * Generated variants of a printed group / column header (map/column-order, map/review-columns,
 * map/active-column-order): table 四's groups (行政复议 / 行政诉讼 with its two sub-groups) and
 * sub-columns, and table 二's (一) columns, printed in every order, tab-separated or one cell per
 * line, from the bundled 2021 and 2019 samples. The truth is the sample's golden (written from
 * chosen values by scripts/make-samples.mjs, not by the reader): a value read at >= 0.9 must be right,
 * and where the header is read whole in one order every value must follow it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Golden } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

type Group = 'review' | 'litigationDirect' | 'litigationAfterReview';
const GROUP_WORD: Record<Group, string> = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' };
const COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const COL_WORD: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };

interface Variant { name: string; lines: string[][]; follows: boolean }

/** Table 四 header + data rows (cells) for a group order and a sub-column order. */
function table4(order: Group[], cols: readonly string[], layout: 'spanned' | 'flat' | 'groupOnly', truth: Map<string, unknown>): string[][] {
  const colWords = cols.map((c) => COL_WORD[c]!);
  const data = order.flatMap((g) => cols.map((c) => String(truth.get(`reviewLitigation.${g}.${c}`))));
  if (layout === 'flat') return [order.map((g) => GROUP_WORD[g]), order.flatMap(() => colWords), data];
  // 行政诉讼 spans its two sub-groups, which stay adjacent.
  const top = order[0] === 'review' ? ['行政复议', '行政诉讼'] : ['行政诉讼', '行政复议'];
  if (layout === 'groupOnly') return [top, data];
  const subs = order.filter((g) => g !== 'review').map((g) => GROUP_WORD[g]);
  const second = top.flatMap((t) => (t === '行政复议' ? colWords : subs));
  return [top, second, [...colWords, ...colWords], data];
}

const perms = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
const GROUPS: Group[] = ['review', 'litigationDirect', 'litigationAfterReview'];

function variants4(truth: Map<string, unknown>): Variant[] {
  const out: Variant[] = [];
  for (const order of perms(GROUPS)) {
    const spanOk = Math.abs(order.indexOf('litigationDirect') - order.indexOf('litigationAfterReview')) === 1;
    out.push({ name: `flat ${order.join(' ')}`, lines: table4(order, COLS, 'flat', truth), follows: true });
    if (!spanOk) continue;
    out.push({ name: `spanned ${order.join(' ')}`, lines: table4(order, COLS, 'spanned', truth), follows: true });
    out.push({ name: `spanned ${order.join(' ')} total first`, lines: table4(order, ['total', ...COLS.slice(0, 4)], 'spanned', truth), follows: true });
    if (order.indexOf('litigationDirect') < order.indexOf('litigationAfterReview')) out.push({ name: `groupOnly ${order.join(' ')}`, lines: table4(order, COLS, 'groupOnly', truth), follows: true });
  }
  // Sub-columns in different orders per group: nothing to follow, capped.
  const mixed = table4(['review', 'litigationDirect', 'litigationAfterReview'], COLS, 'flat', truth);
  mixed[1] = [...mixed[1]!.slice(0, 5), ...[...mixed[1]!.slice(5, 10)].reverse(), ...mixed[1]!.slice(10)];
  mixed[2] = [...mixed[2]!.slice(0, 5), ...[...mixed[2]!.slice(5, 10)].reverse(), ...mixed[2]!.slice(10)];
  out.push({ name: 'flat, one group reversed', lines: mixed, follows: false });
  return out;
}

const SAMPLES = [
  { file: 'quirk-tab.txt', t2: ['issued', 'repealed', 'inForce'], words: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', 'regulations'], ['行政规范性文件', 'normativeDocuments']] },
  { file: 'quirk-2019.txt', t2: ['created', 'published', 'totalPublic'], words: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章', 'regulations'], ['规范性文件', 'normativeDocuments']] },
];

/** The sample's text with table 四 (and table 二 (一)) replaced, tab-separated or every cell on its own line. */
function rewrite(text: string, t4: string[][] | null, t2: string[][] | null, cellPerLine: boolean): string {
  const lines = text.split('\n');
  const emit = (rows: string[][]): string[] => rows.map((r) => r.join('\t'));
  if (t4) {
    const a = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const b = lines.findIndex((l) => l.startsWith('五、'));
    lines.splice(a + 1, b - a - 1, ...emit(t4));
  }
  if (t2) {
    const a = lines.findIndex((l) => l.startsWith('第二十条第（一）项'));
    lines.splice(a + 1, 3, ...emit(t2));
  }
  return (cellPerLine ? lines.flatMap((l) => l.split('\t')) : lines).join('\n');
}

async function check(text: string): Promise<{ confidentlyWrong: string[]; wrong: string[] }> {
  const r = await extract(new TextEncoder().encode(text), { name: 'v.txt' });
  const got = flattenData(r.data);
  return { confidentlyWrong: [...TRUTH.keys()].filter((k) => got.get(k) !== TRUTH.get(k) && ((r.fields as Record<string, { confidence: number } | undefined>)[k]?.confidence ?? 0) >= 0.9), wrong: [...TRUTH.keys()].filter((k) => got.get(k) !== TRUTH.get(k)) };
}
let TRUTH = new Map<string, unknown>();

describe.each(SAMPLES)('printed header orders on $file', (s) => {
  const text = readFileSync(join(ROOT, 'samples', s.file), 'utf8');
  const truth = flattenData((JSON.parse(readFileSync(join(ROOT, 'golden', s.file.replace('.txt', '.golden.json')), 'utf8')) as Golden).data);
  for (const cellPerLine of [false, true]) {
    const mode = cellPerLine ? 'one cell per line' : 'tab-separated';
    it.each(variants4(truth).map((v) => [v.name, v] as const))(`table 四 ${mode}: %s`, async (_n, v) => {
      TRUTH = truth;
      const { confidentlyWrong, wrong } = await check(rewrite(text, v.lines, null, cellPerLine));
      expect(confidentlyWrong).toEqual([]);
      // One cell per line, 行政诉讼 (the top row's span) before 行政复议 (spanning both rows): a dump in
      // reading order prints it so whatever the columns' order (plain pdftotext prints a template table
      // so when 行政复议 is centred below the span): the order is not read, the values stay capped.
      const spanFirst = cellPerLine && v.lines[0]!.length === 2 && v.lines[0]![0] === '行政诉讼';
      if (v.follows && !spanFirst) expect(wrong.filter((k) => k.startsWith('reviewLitigation.'))).toEqual([]);
    });
    it(`table 四 ${mode}: a PDF line gathered out of order (行政诉讼 above a line starting 行政复议) keeps the template order`, async () => {
      TRUTH = truth;
      const data = GROUPS.flatMap((g) => COLS.map((c) => String(truth.get(`reviewLitigation.${g}.${c}`))));
      const lines = [['行政诉讼'], ['结果纠正', '其他结果', '未经复议直接起诉复议后起诉其他结果尚未审结总计'], ['结果维持结果纠正其他结果尚未审结总计'], ['行政复议结果维持结果维持', '结果纠正', '尚未审结', '总计'], data];
      const { confidentlyWrong, wrong } = await check(rewrite(text, lines, null, cellPerLine));
      expect(confidentlyWrong).toEqual([]);
      expect(wrong.filter((k) => k.startsWith('reviewLitigation.'))).toEqual([]);
    });
    it.each(perms([0, 1, 2]).map((p) => [p.join(''), p] as const))(`table 二 (一) ${mode}: columns %s`, async (_n, p) => {
      TRUTH = truth;
      const t2 = [['信息内容', ...p.map((i) => s.words[i]!)], ...s.rows.map(([label, key]) => [label!, ...p.map((i) => String(truth.get(`activeDisclosure.${key}.${s.t2[i]}`)))])];
      const { confidentlyWrong, wrong } = await check(rewrite(text, null, t2, cellPerLine));
      expect(confidentlyWrong).toEqual([]);
      expect(wrong.filter((k) => k.startsWith('activeDisclosure.'))).toEqual([]);
    });
  }
});
