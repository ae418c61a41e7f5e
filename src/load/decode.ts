/**
 * @file Bytes → string with the encoding detected, not assumed: BOM, UTF-16 without BOM, strict
 * UTF-8, then GB18030 (a superset of GBK/GB2312, the encoding of most non-UTF-8 Chinese pages).
 */
import { createRequire } from 'node:module';
import { XxgkError } from '../errors.js';
import { mendCutCharacters, unfoldByteWrap } from './cut-characters.js';
import { OWN_START } from '../layout/hard-wrap.js';

type Iconv = typeof import('iconv-lite');
let iconvLib: Iconv | undefined;
/** iconv-lite, loaded on first use: UTF-8 input (most text files) never needs it. */
const iconv = (): Iconv => (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

/** Result of decoding: the text, the encoding that produced it, and the bytes it could not decode (each replaced by U+FFFD). */
export interface Decoded {
  text: string;
  encoding: string;
  /** Bytes (UTF-8) or byte sequences (other encodings) that were invalid and became U+FFFD. */
  invalid: number;
  /**
   * The bytes were UTF-8 (or GB18030) text read as Latin-1 or cp1252 and written out as UTF-8 again
   * (undoubleUtf8): `text` is the text decoded back, `lost` the characters cut inside that stay U+FFFD.
   */
  undoubled?: { lost: number; via: 'latin-1' | 'cp1252' };
}

/**
 * Largest share of a text's non-ASCII bytes that may be invalid UTF-8 for it still to be read as
 * UTF-8 with U+FFFD in their place (a stray byte, a character cut at the end of a download). GBK or
 * GB18030 text read as UTF-8 has ~75 % of its non-ASCII bytes invalid (its lead bytes 0x81–0xBF are
 * continuation bytes in UTF-8; measured on the GB18030 samples); UTF-8 damaged by 1 % stray bytes
 * has 1–3 % in a text file, up to ~20 % in a page that is mostly ASCII markup.
 */
export const MAX_REPAIRED_UTF8_SHARE = 0.25;

/** Share of NUL bytes at odd (or even) offsets above which bytes are taken as BOM-less UTF-16. */
const UTF16_NUL_SHARE = 0.3;

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > UTF16_NUL_SHARE && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > UTF16_NUL_SHARE && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * The `encoding` option's values: `auto`, or a name iconv-lite knows (any case, gb2312 too). iconv-lite
 * is loaded only for a name.
 */
export function isKnownEncoding(value: string): boolean {
  const name = value.trim().toLowerCase();
  return name === 'auto' || iconv().encodingExists(name);
}

/** Decodes with a named encoding (iconv-lite names: utf-8, gb18030, gbk, utf-16le, …). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const name = encoding.toLowerCase().replace(/^gb2312$/, 'gb18030');
  if (!iconv().encodingExists(name)) {
    throw new XxgkError('E_DECODE', `unknown text encoding '${encoding}'`);
  }
  if (/^utf-?8$/.test(name)) return lenientUtf8(bytes).text;
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/** U+FFFD characters in a text. */
function replacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Decodes with a named encoding and counts what it could not decode: for UTF-8 the invalid bytes
 * (the bytes the decoded text does not account for), for other encodings the U+FFFD it produced
 * beyond those the bytes encode themselves.
 */
export function decodeCounted(bytes: Uint8Array, encoding: string): Decoded {
  const name = encoding.toLowerCase();
  if (/^utf-?8$/.test(name)) return lenientUtf8(bytes);
  const text = decodeAs(bytes, encoding);
  // GB18030 encodes U+FFFD itself as 84 31 A4 37: those are text, not damage.
  const own = /^(gb2312|gbk|x-gbk|gb18030)$/.test(name) ? countSequence(bytes, GB18030_FFFD) : 0;
  return { text, encoding, invalid: Math.max(0, replacementChars(text) - own) };
}

const GB18030_FFFD = Uint8Array.of(0x84, 0x31, 0xa4, 0x37);

/** Occurrences of a byte sequence in bytes. */
function countSequence(bytes: Uint8Array, seq: Uint8Array): number {
  if (seq.length === 0) return 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(seq); i >= 0; i = buf.indexOf(seq, i + seq.length)) n++;
  return n;
}

/** UTF-8 with every invalid sequence replaced by U+FFFD, and the number of invalid bytes. */
export function lenientUtf8(bytes: Uint8Array): Decoded {
  // ignoreBOM keeps a BOM as U+FEFF, so that every byte is accounted for; it is dropped after.
  const kept = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const text = kept.replace(/^\ufeff/, '');
  // Each U+FFFD is 3 bytes re-encoded: the valid bytes are the re-encoded length less the
  // replacements (those the bytes encode themselves, EF BF BD, are valid and counted back).
  const own = countSequence(bytes, UTF8_FFFD);
  const replaced = replacementChars(text) - own;
  const valid = Buffer.byteLength(kept, 'utf8') - 3 * replaced;
  return { text, encoding: 'utf-8', invalid: bytes.length - valid };
}

const UTF8_FFFD = Uint8Array.of(0xef, 0xbf, 0xbd);

/** Bytes ≥ 0x80. */
export function nonAsciiBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

/**
 * The bytes as UTF-8 when they are UTF-8 with at most MAX_REPAIRED_UTF8_SHARE of their non-ASCII
 * bytes invalid (those become U+FFFD), else null.
 */
export function repairableUtf8(bytes: Uint8Array): Decoded | null {
  const d = lenientUtf8(bytes);
  if (d.invalid === 0) return d;
  return d.invalid <= MAX_REPAIRED_UTF8_SHARE * nonAsciiBytes(bytes) ? d : null;
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the caller tries GB18030 next (a decision, not a swallowed failure).
    return null;
  }
}

/**
 * Detects the encoding of text bytes and decodes them. `forced` skips detection. UTF-8 with a few
 * invalid bytes (a stray byte, a cut last character) stays UTF-8, with U+FFFD in their place.
 */
export function decodeText(bytes: Uint8Array, forced = 'auto'): Decoded {
  if (forced !== 'auto') return decodeCounted(bytes, forced);
  const bom = bomEncoding(bytes);
  if (bom) return decodeCounted(bytes.subarray(bom.skip), bom.encoding);
  const utf16 = utf16Guess(bytes);
  if (utf16) return decodeCounted(bytes, utf16);
  const utf8 = repairableUtf8(unwrappedUtf8(bytes));
  if (!utf8) return decodeCounted(bytes, 'gb18030');
  const undone = undoubleUtf8(utf8.text);
  return undone ? { ...undone, invalid: utf8.invalid } : utf8;
}

/** Fewest characters U+0080–U+00FF (or cp1252's) a text needs before it is looked at as doubly encoded. */
const MIN_DOUBLED_CHARS = 12;
/** Largest share of a doubly encoded text's non-ASCII characters that may be outside Latin-1 and cp1252 (its own characters: U+FFFD of cut bytes, a box drawing). */
const MAX_FOREIGN_SHARE = 0.05;

/** cp1252's characters for bytes 0x80–0x9F ('–' U+2013 for 0x96 …), to their bytes; built once. */
let cp1252Back: Map<number, number> | null = null;
function cp1252Bytes(): Map<number, number> {
  if (cp1252Back) return cp1252Back;
  const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const chars = new TextDecoder('windows-1252').decode(high);
  return (cp1252Back = new Map([...chars].map((c, i) => [c.codePointAt(0)!, 0x80 + i])));
}

/**
 * A text whose bytes were read as Latin-1 (or cp1252) and each written out as a character in UTF-8:
 * Debian's html2text 1.3.x without `-utf8` does so to a UTF-8 page ('首页', E9 A6 96 E9 A1 B5, comes
 * out 'é¦\u0096é¡µ', each byte a character of its own), a Windows tool reading UTF-8 as cp1252 alike
 * ('é¦–é¡µ'). Such a text is no plausible Chinese (its non-ASCII characters are Latin-1 letters and
 * C1 controls), and its characters are its bytes again: decoded back to the text (the bytes decoded
 * as any text file's: UTF-8, mended where a wrap cut characters, else GB18030). A character html2text
 * cut inside (its table cells are laid out by bytes: a cell of two bytes of a three-byte character) is
 * lost and stays U+FFFD. Null when the text is not so made: already plausible Chinese, too few such
 * characters, others among them, or bytes that decode to no plausible Chinese either.
 */
export function undoubleUtf8(text: string): Omit<Decoded, 'invalid'> | null {
  let doubled = 0;
  let foreign = 0;
  let cp1252 = false;
  const back = cp1252Bytes();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) doubled++;
    else if (back.has(c)) {
      doubled++;
      cp1252 = true;
    } else foreign++;
  }
  if (doubled < MIN_DOUBLED_CHARS || foreign > MAX_FOREIGN_SHARE * (doubled + foreign) || cjkShare(text) >= MIN_PLAUSIBLE_CJK) return null;
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // A byte that was invalid where it stood (a cut character): 0xFF, never valid UTF-8, keeps the loss in place.
    if (c === 0xfffd) bytes.push(0xff);
    else if (c <= 0xff) bytes.push(c);
    else if (back.has(c)) bytes.push(back.get(c)!);
    else for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
  }
  const inner = Uint8Array.from(bytes);
  const decoded = repairableUtf8(unwrappedUtf8(inner)) ?? decodeCounted(inner, 'gb18030');
  // A run of U+FFFD is one character lost (its bytes each invalid).
  const restored = decoded.text.replace(/\ufffd+/g, '\ufffd');
  const common = commonHanziShare(restored);
  if (cjkShare(restored) < MIN_PLAUSIBLE_CJK || (common.ideographs >= MIN_IDEOGRAPHS && common.share < MIN_COMMON_SHARE)) return null;
  return { text: restored, encoding: decoded.encoding, undoubled: { lost: replacementChars(restored), via: cp1252 ? 'cp1252' : 'latin-1' } };
}

/** Share of CJK among the non-ASCII characters from which a text is plausible Chinese (load-text MIN_CJK_SHARE). */
export const MIN_PLAUSIBLE_CJK = 0.5;
/** Below this share of common hanzi among the ideographs the text is binary or gibberish (reports: ≥ 0.99, random bytes: ~0.3). */
export const MIN_COMMON_SHARE = 0.7;
/** Ideographs needed before the common-hanzi share is trusted. */
export const MIN_IDEOGRAPHS = 30;

/**
 * The bytes of a file a byte-counting wrapper cut (cut-characters.ts) with its lines joined back, or
 * at least the characters it cut made whole — when that leaves fewer invalid bytes.
 */
function unwrappedUtf8(bytes: Uint8Array): Uint8Array {
  if (strictUtf8(bytes) !== null) return bytes;
  const mended = unfoldByteWrap(bytes, (line) => OWN_START.test(line)) ?? mendCutCharacters(bytes);
  return mended !== null && lenientUtf8(mended).invalid < lenientUtf8(bytes).invalid ? mended : bytes;
}

/** Share of characters that are CJK ideographs among non-ASCII letters: mojibake scores low. */
export function cjkShare(text: string): number {
  let cjk = 0;
  let other = 0;
  // The first 20 000 non-ASCII characters, wherever they are (a page may open with 1 MB of markup).
  // charCodeAt, not for…of: a page of 1 MB of ASCII markup is walked to its end, and code units are
  // several times faster (an astral character counts twice as 'other').
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (Box drawing — a text browser's table borders — is neither; nor are spaces: a copy of a page's
    // <pre> or a Word export may print every space as a no-break one, U+00A0, U+2000–U+200A, U+202F, U+205F.)
    if (c < 0x80 || (c >= 0x2500 && c <= 0x257f) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else other++;
    if (cjk + other >= 20_000) break;
  }
  return cjk + other === 0 ? 0 : cjk / (cjk + other);
}

/**
 * GB18030 through ICU's TextDecoder when Node has it (full ICU, the default build): building
 * iconv-lite's GB tables costs ~100–200 ms of a cold start. iconv-lite otherwise (small-ICU builds).
 */
function decodeGb18030(bytes: Uint8Array): string {
  try {
    return new TextDecoder('gb18030').decode(bytes);
  } catch {
    return iconv().decode(Buffer.from(bytes), 'gb18030');
  }
}

/** The first and last code units counted as CJK ideographs (the URO block). */
const URO_FIRST = 0x4e00;
const URO_LAST = 0x9fff;

/**
 * The 3755 common hanzi (GB2312 level 1, rows 0xB0–0xD7), built once on first use: 1 at
 * `code - URO_FIRST` (a table, not a set of one-character strings: no string per ideograph looked up).
 */
let common: Uint8Array | null = null;

function commonHanzi(): Uint8Array {
  if (common) return common;
  const pairs: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) pairs.push(lead, trail);
  const table = new Uint8Array(URO_LAST - URO_FIRST + 1);
  const chars = decodeGb18030(Uint8Array.from(pairs));
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= URO_FIRST && c <= URO_LAST) table[c - URO_FIRST] = 1;
  }
  return (common = table);
}

/**
 * Share of the CJK ideographs that are common hanzi (GB2312 level 1), over the first 20 000, and
 * how many were counted. Report text scores ≥ 0.99; random bytes decoded as GB18030, or random
 * ideographs, ~0.2–0.3 (binary that happens to decode without control characters).
 */
export function commonHanziShare(text: string): { share: number; ideographs: number } {
  const table = commonHanzi();
  let n = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < URO_FIRST || c > URO_LAST) continue;
    n++;
    hits += table[c - URO_FIRST]!;
    if (n >= 20_000) break;
  }
  return { share: n === 0 ? 1 : hits / n, ideographs: n };
}
