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
