/**
 * @file Tables printed after the prose as 附表1–3: the sections say '具体数据详见附表N' and hold no table;
 * the tables come after the sign-off (in an HTML page even after the site's footer), each under a
 * caption '附表N' (maybe '附表：' before them). Table reading looks in each section's body, so such a
 * report read no value at all. Here each table section that holds none of its table's words is given
 * the table found by its own content after the last table section's heading: the lines there are cut
 * at every caption line and at the first line naming each table's start (表二 第二十条, 表三 申请人情况
 * / 本年新收, 表四 行政复议), and a piece is a table's when it names three or more of that table's words
 * and fewer than three of each other table's (its identity is the template's own wording, as a
 * heading's is). A piece whose caption the section's text refers to ('详见附表2') must be the table
 * that section holds; two pieces of one table's words leave the section as it was (which copy is
 * the report's is not certain), and so does a piece that is another table's by its words.
 * The pieces taken leave the bodies of the sections they were in (section 六's, the last one's).
 */
import type { Line } from '../model/document.js';
import type { FoundSection } from '../sections/index.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { maxOf } from '../_internal/extremes.js';

type TableSection = 'activeDisclosure' | 'requests' | 'reviewLitigation';
const TABLE_SECTIONS: readonly TableSection[] = ['activeDisclosure', 'requests', 'reviewLitigation'];

/**
 * Words of each table's header and labels (normalized, digits and numbering gone). Words one
 * table's prose may name too (予以公开 in a narrative, 行政复议 in section 四's) are only some of
 * them: a table is named by MIN_WORDS of its words. (部分公开 and 其他处理 are left out of table 三's:
 * an agency's breakdown of its requests by department prints them.)
 */
const TABLE_WORDS: Record<TableSection, readonly string[]> = {
  activeDisclosure: ['第二十条', '信息内容', '本年新制作', '对外公开总数', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '处理决定数量', '上一年项目数量'],
  requests: ['申请人情况', '自然人', '法人或其他组织', '本年新收', '上年结转', '商业企业', '科研机构', '不予公开', '本机关不掌握', '结转下年度'],
  reviewLitigation: ['行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '未经复议直接起诉', '复议后起诉'],
};
/** Words naming a table: three (a narrative sentence may name two). */
const MIN_WORDS = 3;

/** Where each table starts when no caption cuts before it: its first header or first-row words. */
const START_WORDS: Record<TableSection, RegExp> = {
  activeDisclosure: /第二十条/,
  requests: /申请人情况|本年新收/,
  reviewLitigation: /^行政复议/,
};

/** A caption line: '附表1', '附表二：主动公开政府信息情况' (not prose ending with '。'). */
const CAPTION = /^\s*附\s*表\s*([1-9一二三四五六七八九])(?![\d])[^。]{0,30}$/;
/** A caption glued after a table's last row by a dumper that joins lines (pypdf): '理 5 0 0 0 0 0 5 附表3'. */
const TRAILING_CAPTION = /\s*附\s*表\s*([1-9一二三四五六七八九])\s*$/;
/** The caption a section's text refers to: '具体数据详见附表2'. */
const REFERENCE = /附\s*表\s*([1-9一二三四五六七八九])(?!\d)/;
const NUMERALS = '一二三四五六七八九';
const captionNumber = (s: string): number => (/\d/.test(s) ? Number(s) : NUMERALS.indexOf(s) + 1);

/** A line's text for the table words: normalized, digits dropped (a label wrapped around a row's values). */
const wordText = (lines: readonly Line[]): string => lines.map((l) => normalizeLabel(l.cells.join('')).replace(/[\d.,，]/g, '')).join('');

const wordsOf = (text: string, table: TableSection): number => TABLE_WORDS[table].filter((w) => text.includes(w)).length;

/** The table whose words a text names (MIN_WORDS or more, and fewer of every other table's), or null. */
function tableNamed(text: string): TableSection | null {
  const named = TABLE_SECTIONS.filter((t) => wordsOf(text, t) >= MIN_WORDS);
  return named.length === 1 ? named[0]! : null;
}

/** A line a table prints: a value token of its own ('35', '4824.13', '—') or one of the table's words. */
const NUMBER_TOKEN = /^[-—－–/]$|^-?\d[\d,]*(?:\.\d+)?$/;
function tableLine(line: Line, table: TableSection): boolean {
  const tokens = line.cells.flatMap((c) => c.trim().split(/\s+/));
  return tokens.some((t) => NUMBER_TOKEN.test(t)) || wordsOf(wordText([line]), table) > 0;
}

interface Piece {
  start: number;
  end: number;
  caption: number | null;
  /** The caption is the piece's first line (a trailing caption ends the line before the piece). */
  captionLine: boolean;
}

/** A line of a table's value cells with a caption glued after them: the line without it, and the caption's number. */
function trailingCaption(line: Line): { line: Line; caption: number } | null {
  const last = line.cells[line.cells.length - 1] ?? '';
  const m = TRAILING_CAPTION.exec(last);
  if (!m) return null;
  const kept = last.slice(0, m.index);
  const cells = kept.trim() === '' ? line.cells.slice(0, -1) : [...line.cells.slice(0, -1), kept];
  // (Only after a value: a line of prose or a label ending in 附表N is no row of a table.)
  if (!/\d\s*$/.test(cells[cells.length - 1] ?? '')) return null;
  return { line: { ...line, cells }, caption: captionNumber(m[1]!) };
}

/** The pieces after `from`: cut at captions and at each table's first start line; `glued` gets the lines a caption was cut off. */
function piecesAfter(lines: readonly Line[], from: number, glued: Map<number, Line>): Piece[] {
  const cuts = new Map<number, number | null>();
  const trailing = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    const m = CAPTION.exec(lines[i]!.cells.join(' ').trim());
    if (m) cuts.set(i, captionNumber(m[1]!));
    const t = m ? null : trailingCaption(lines[i]!);
    if (t && i + 1 < lines.length) {
      glued.set(i, t.line);
      cuts.set(i + 1, t.caption);
      trailing.add(i + 1);
    }
  }
  for (const table of TABLE_SECTIONS) {
    for (let i = from; i < lines.length; i++) {
      if (!START_WORDS[table].test(normalizeLabel(lines[i]!.cells.join('')))) continue;
      // (Cut only where the lines since the cut before hold another table's words: a caption above a header
      // a narrow dump wrapped over many lines names the piece already.)
      const before = maxOf([...cuts.keys()].filter((c) => c < i), -1);
      const text = before < 0 ? '' : wordText(lines.slice(before, i));
      if (before < 0 || TABLE_SECTIONS.some((t) => t !== table && wordsOf(text, t) >= MIN_WORDS)) cuts.set(i, cuts.get(i) ?? null);
      break;
    }
  }
  const at = [...cuts.keys()].sort((a, b) => a - b);
  return at.map((start, k) => ({ start, end: at[k + 1] ?? lines.length, caption: cuts.get(start)!, captionLine: cuts.get(start) !== null && !trailing.has(start) }));
}

/**
 * The sections with each table section that holds no table given its table printed after the prose
 * (and that table's lines out of the other sections' bodies), or the sections unchanged.
 */
export function withAppendixTables(lines: readonly Line[], sections: readonly FoundSection[]): readonly FoundSection[] {
  const tableSections = sections.filter((s): s is FoundSection & { key: TableSection } => (TABLE_SECTIONS as readonly string[]).includes(s.key));
  const needing = tableSections.filter((s) => wordsOf(wordText(s.body), s.key) < MIN_WORDS);
  if (needing.length === 0) return sections;
  const from = maxOf(tableSections.map((s) => s.start)) + 1;
  // (A section given without its place — a caller's own, as never — has no after.)
  if (!Number.isFinite(from)) return sections;
  const glued = new Map<number, Line>();
  const pieces = piecesAfter(lines, from, glued).map((p) => ({ ...p, table: tableNamed(wordText(lines.slice(p.start, p.end))) }));
  const bodies = new Map<TableSection, Line[]>();
  const taken = new Set<Line>();
  for (const s of needing) {
    const own = pieces.filter((p) => p.table === s.key);
    if (own.length !== 1) continue;
    const piece = own[0]!;
    const ref = REFERENCE.exec(s.text);
    // The section refers to another caption than the piece's: which table it means is not certain.
    if (ref && piece.caption !== null && captionNumber(ref[1]!) !== piece.caption) continue;
    let end = piece.end;
    while (end > piece.start && !tableLine(lines[end - 1]!, s.key)) end--;
    const start = piece.captionLine ? piece.start + 1 : piece.start;
    if (end <= start) continue;
    bodies.set(s.key, lines.slice(start, end).map((l, k) => glued.get(start + k) ?? l));
    for (const l of lines.slice(start, end)) taken.add(l);
  }
  if (bodies.size === 0) return sections;
  return sections.map((s) => {
    const body = bodies.get(s.key as TableSection);
    if (body) return { ...s, body };
    return s.body.some((l) => taken.has(l)) ? { ...s, body: s.body.filter((l) => !taken.has(l)) } : s;
  });
}
