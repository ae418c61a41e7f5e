/**
 * @file A count printed with thousands separators and wrapped in a narrow cell, one piece a line, as
 * plain `pdftotext` (no -layout) writes a Chromium print's narrow value column: '3,31' over '8' is
 * 3,318. A piece ending in a digit group shorter than three ('3,31', '1,3', '2,') is no number of its
 * own — a separator is followed by three digits — so the line after it holding exactly the digits the
 * group lacks ('8'; '18'; '318', optionally more ',ddd' groups and '件') is its tail, and the two are
 * one number. Joined only where the pieces say so: the head alone on its line, the line before it
 * ending in no digit or comma (else the head may be the middle piece of a number wrapped over three
 * lines: pypdf glues '5' + '13' / '2,8' / '98' of 132,898), the tail alone on the very next line, no
 * page break between. Anything else stays as printed (a head whose tail another cell's piece
 * separates from it: '1,44' / '266' / '4' is not joined, the row's digits stay in doubt).
 */

import { gluedGroupPieces, isGroupedCount } from '../tables/glued-groups.js';

/** A whole line that is a number cut inside its last digit group: the head, and the digits that group prints. */
const HEAD = /^(\d{1,3}(?:,\d{3})*,(\d{0,2}))$/;

/** The lines with each determined head joined to its tail (the tail's line dropped). */
export function joinCutGroups(lines: readonly string[]): string[] {
  if (!lines.some((l) => /\d,\d{0,2}\s*$/.test(l))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const feed = raw.startsWith('\f') ? '\f' : '';
    const h = HEAD.exec(raw.slice(feed.length).trim());
    const next = lines[i + 1];
    const before = feed ? '' : (out.at(-1) ?? '');
    if (h && next !== undefined && !next.startsWith('\f') && !/[\d,]\s*$/.test(before)) {
      const lack = 3 - h[2]!.length;
      const tail = new RegExp(String.raw`^\d{${lack}}(?:,\d{3})*件?$`).exec(next.trim());
      if (tail) {
        out.push(`${feed}${h[1]}${tail[0]}`);
        i++;
        continue;
      }
    }
    out.push(raw);
  }
  return out;
}

/** A row's values begun on a line: a run of digits and commas glued to the label's last character (pypdf: no space between cells that touch). */
const GLUED_START = /[^\s\d,.\-－—]([\d,]*\d[\d,]*)$/u;
/** A row's label, then its first pieces one space apart (PDFBox writes the cells on one baseline so). */
const SPACED_START = /[\u3400-\u9fff）)”] (\d[\d,]*(?: [\d,]+)*)$/u;
/** A line of pieces only: digit runs (commas inside) one space apart, starting at the line's start. */
const PIECES_LINE = /^\d[\d,]*(?: [\d,]+)*$/;
/** A label's line: text ending in a character no number ends with (a row label's last piece). */
const LABEL_LINE = /[\u3400-\u9fff）)”]\s*$/u;
/** A line (or its run) ending in a number cut inside its digit group: the wrap's head, its tail on the next line. */
const ENDS_CUT = /,\d{0,2}$/;

/**
 * pypdf's lines of a row whose narrow cells wrapped counts printed with thousands separators: the row's
 * label ending glued to its first cell's first line ('信息公开申请数量46,5'), then the cells' pieces a line
 * each wrap inside a cell and the next cell glued on ('8623,0' / '182,11' / … / '55': 46,586 | 23,018 |
 * 2,110 …), pdftotext's '\f' never between. The separators tie the pieces: where a line of the chain ends
 * inside a digit group (',5', ',', ',11') the next line's digits complete it, so the chain — the glued
 * label line and every line of pieces after it — is joined with nothing between, and the run's digits are
 * read by the grammar of grouped counts (tables/glued-groups: cut where a group completes, the rest split
 * by the row's count of cells and the identities, every value `segmented`). Joined only when a line of
 * the chain ends cut and the joined run reads as grouped counts; anything else stays as printed.
 */
export function joinGluedGroupChains(lines: readonly string[]): string[] {
  if (!lines.some((l) => ENDS_CUT.test(l))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // The chain starts glued to its label (pypdf) or on the line after a label line (PDFBox: every piece a line of its own).
    // …or a label's line printing the row's first pieces one space apart after it (PDFBox: '公开 0 0 73' / '0 0 46' / '8' / '1,' …).
    const start = GLUED_START.exec(raw.trimEnd()) ?? (PIECES_LINE.test(raw.trimEnd()) && LABEL_LINE.test(lines[i - 1] ?? '') ? [raw, raw.trimEnd()] : SPACED_START.exec(raw.trimEnd()));
    let end = i;
    if (start) while (end + 1 < lines.length && PIECES_LINE.test(lines[end + 1]!.trimEnd())) end++;
    const chain = lines.slice(i, end + 1).map((l) => l.trimEnd());
    if (end === i || !chain.slice(0, -1).some((l) => ENDS_CUT.test(l))) {
      out.push(raw);
      continue;
    }
    const joined = chain.join('');
    const run = joined.slice(raw.trimEnd().length - start![1]!.length);
    if (!run.split(' ').every((t) => isGroupedCount(t) || gluedGroupPieces(t) !== null)) {
      out.push(raw);
      continue;
    }
    out.push(joined);
    i = end;
  }
  return out;
}
