/**
 * @file UTF-8 text hard-wrapped by a byte-counting wrapper (GNU `fold -w N`, a mailer cutting at N
 * octets): a line cut inside a multi-byte character ends with the character's first bytes and the
 * next line starts with the rest. Read as it is, both halves become U+FFFD (and with many cuts the
 * whole file fails as UTF-8 and is read as GB18030 mojibake). The character is whole again when its
 * first bytes are moved after the line break: the line ends where the wrapper would have cut had it
 * counted characters, and the hard-wrap stage (layout/hard-wrap.ts) sees the next character would
 * not have fitted and joins the lines. Only a break with exactly the missing continuation bytes after
 * it is mended — nothing else moves; the decoder keeps the mended bytes only when they hold fewer
 * invalid bytes than the file did (load/decode.ts).
 */
import { pushAll } from '../_internal/extremes.js';

const LF = 0x0a;
const CR = 0x0d;

/** Bytes a UTF-8 sequence with this lead byte holds (0 for a continuation or an invalid byte, 1 for ASCII). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * The incomplete character that ends `bytes` before `end` (a line break): its start, or -1 when the
 * bytes before the break end with a whole character.
 */
function cutStart(bytes: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if (isContinuation(b)) continue;
    const need = sequenceLength(b);
    return need > back ? end - back : -1;
  }
  return -1;
}

/** The bytes with every character cut by a line break made whole after the break, or null when there is none. */
export function mendCutCharacters(bytes: Uint8Array): Uint8Array | null {
  const out: number[] = [];
  let mended = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b !== LF && b !== CR) {
      out.push(b);
      i++;
      continue;
    }
    const brk = b === CR && bytes[i + 1] === LF ? 2 : 1;
    const start = cutStart(bytes, i);
    if (start < 0) {
      for (let k = 0; k < brk; k++) out.push(bytes[i + k]!);
      i += brk;
      continue;
    }
    const head = bytes.subarray(start, i);
    const rest = sequenceLength(head[0]!) - head.length;
    let ok = true;
    for (let k = 0; k < rest; k++) if (!isContinuation(bytes[i + brk + k])) ok = false;
    // The byte after the missing ones starts a character of its own: the cut character is exactly these bytes.
    if (!ok || isContinuation(bytes[i + brk + rest])) {
      for (let k = 0; k < brk; k++) out.push(bytes[i + k]!);
      i += brk;
      continue;
    }
    out.length -= head.length;
    for (let k = 0; k < brk; k++) out.push(bytes[i + k]!);
    pushAll(out, head);
    mended++;
    i += brk;
  }
  return mended === 0 ? null : Uint8Array.from(out);
}

/** Bytes: the widths a byte-counting wrapper is used at. */
const MIN_FOLD = 20;
const MAX_FOLD = 120;
/** Lines cut inside a character the file must show before its byte width is taken as a wrap (one could be a stray cut). */
const MIN_CHARACTER_CUTS = 2;
/** Columns a tab stop is apart for a byte-counting wrapper (GNU `fold` moves a tab to the next multiple of 8). */
const TAB_STOP = 8;
const TAB = 0x09;

/** The column after `bytes` from column `from`, counted as `fold` does: a byte a column, a tab to the next stop. */
function columnAfter(bytes: Uint8Array, from = 0): number {
  let col = from;
  for (const b of bytes) col = b === TAB ? col + TAB_STOP - (col % TAB_STOP) : col + 1;
  return col;
}

/**
 * A UTF-8 file wrapped at a fixed byte width (GNU `fold -w N`) with its lines joined back, or null
 * when the file does not show one. It shows one when at least MIN_CHARACTER_CUTS lines end inside a
 * character whose missing bytes start the next line, every such line ending at the widest column
 * any line reaches (the width): a cut there is certain. Then each line ending at the width (or before a
 * tab that would have passed it) is joined to the next as well — unless that one starts a heading, a
 * block or an item (`startsOwn`, the decoded line): an original line exactly as wide stays apart.
 */
export function unfoldByteWrap(bytes: Uint8Array, startsOwn: (line: string) => boolean): Uint8Array | null {
  const lines: Uint8Array[] = [];
  let crlf = false;
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    const cr = end > start && bytes[end - 1] === CR;
    crlf ||= cr;
    lines.push(bytes.subarray(start, cr ? end - 1 : end));
    start = end + 1;
  }
  const width = lines.reduce((w, l) => Math.max(w, columnAfter(l)), 0);
  if (width < MIN_FOLD || width > MAX_FOLD) return null;
  const midCut = lines.map((line, i) => {
    const start = cutStart(line, line.length);
    if (start < 0 || i + 1 >= lines.length) return false;
    const rest = sequenceLength(line[start]!) - (line.length - start);
    const next = lines[i + 1]!;
    for (let k = 0; k < rest; k++) if (!isContinuation(next[k])) return false;
    return !isContinuation(next[rest]);
  });
  const cuts = midCut.filter(Boolean).length;
  if (cuts < MIN_CHARACTER_CUTS || midCut.some((cut, i) => cut && columnAfter(lines[i]!) !== width)) return null;
  const decoder = new TextDecoder('utf-8');
  const out: number[] = [];
  lines.forEach((line, i) => {
    pushAll(out, line);
    const next = lines[i + 1];
    if (next === undefined) return;
    // A wrapper that cuts characters in two counts bytes, not characters: it cut a line only at the
    // width itself, or before a tab that would have passed it — never before a character that did not fit.
    const col = columnAfter(line);
    const cut = col === width || (next[0] === TAB && columnAfter(next.subarray(0, 1), col) > width);
    const joined = midCut[i] || (next.length > 0 && cut && !startsOwn(decoder.decode(next).trimStart()));
    if (joined) return;
    if (crlf) out.push(CR);
    out.push(LF);
  });
  return Uint8Array.from(out);
}
