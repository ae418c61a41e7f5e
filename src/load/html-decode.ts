/**
 * @file HTML bytes → string. The charset comes from a BOM or `<meta charset>` / http-equiv, but a
 * declared charset is checked against the bytes; without one it is detected (UTF-8, then GB18030).
 */
import { XxgkError } from '../errors.js';
import type { Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { cjkShare, commonHanziShare, decodeCounted, type Decoded, MAX_REPAIRED_UTF8_SHARE, nonAsciiBytes, strictUtf8 } from './decode.js';
import { decodeChecked, MIN_CJK_SHARE, repairedWarning } from './load-text.js';

/** `<meta charset=…>` or http-equiv content-type charset within the first 4 KiB. */
function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a page. A declared non-UTF-8 charset is not trusted blindly: crawlers often save pages
 * re-encoded as UTF-8 and keep the original `<meta charset=gb2312>`. Bytes that are valid UTF-8
 * with non-ASCII text are UTF-8 (GBK Chinese is practically never valid UTF-8); a declared
 * charset that yields implausible text (or many undecodable bytes) gives way to detection. Both
 * are said in a warning. A declared charset that decodes with a few bad bytes (U+FFFD in their
 * place, warned `encoding_repaired`) is kept.
 */
export function decodeHtml(bytes: Uint8Array, name: string, opts: ResolvedOptions): { html: string; warnings: Warning[] } {
  // An encoding given by the caller is checked as for a text file: bytes it does not decode, or text
  // that is not plausible Chinese, are E_DECODE naming it (not a page of gibberish, E_NOT_A_REPORT).
  if (opts.encoding !== 'auto') {
    const { text, warnings } = decodeChecked(bytes, name, opts);
    return { html: text, warnings };
  }
  const declared = sniffCharset(bytes);
  if (!declared || /^utf-?8$/.test(declared)) {
    const { text, warnings } = decodeChecked(bytes, name, opts);
    // A page declaring UTF-8 whose bytes are another encoding (a GBK page under `<meta charset=utf-8>`): the declaration was wrong.
    return { html: text, warnings: declared ? warnings.map((w) => (w.code === 'encoding_detected' ? { code: 'encoding_declared_wrong', message: `declared charset '${declared}', but the bytes are not UTF-8: ${w.message}` } : w)) : warnings };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) {
    return { html: utf8, warnings: [{ code: 'encoding_declared_wrong', message: `declared charset '${declared}', but the bytes are UTF-8: decoded as UTF-8` }] };
  }
  let decoded: Decoded;
  try {
    decoded = decodeCounted(bytes, /^(gb2312|gbk|x-gbk)$/.test(declared) ? 'gb18030' : declared);
  } catch (cause) {
    if (!(cause instanceof XxgkError)) throw cause;
    return detected(bytes, name, opts, `declared charset '${declared}' is unknown`);
  }
  const { text: html, invalid } = decoded;
  if (!plausible(html, invalid, bytes)) {
    return detected(bytes, name, opts, `declared charset '${declared}' gives no plausible Chinese`);
  }
  return { html, warnings: invalid > 0 ? [repairedWarning(declared, invalid, html)] : [] };
}

/** Ideographs needed before the common-hanzi share says anything. */
const MIN_IDEOGRAPHS = 30;
/** Below this share of common hanzi the declared charset gives gibberish (reports ≥ 0.99; UTF-8 read as GB18030 ~0.15). */
const MIN_COMMON_SHARE = 0.7;

/** Text from a declared charset that reads as Chinese, with few bytes it could not decode. */
function plausible(html: string, invalid: number, bytes: Uint8Array): boolean {
  if (invalid > MAX_REPAIRED_UTF8_SHARE * nonAsciiBytes(bytes)) return false;
  if (!/[\u0080-\uffff]/.test(html)) return true;
  if (cjkShare(html) < MIN_CJK_SHARE) return false;
  const common = commonHanziShare(html);
  return common.ideographs < MIN_IDEOGRAPHS || common.share >= MIN_COMMON_SHARE;
}

/** Detection instead of the declared charset, and a warning saying why. */
function detected(bytes: Uint8Array, name: string, opts: ResolvedOptions, why: string): { html: string; warnings: Warning[] } {
  const { text, warnings } = decodeChecked(bytes, name, { ...opts, encoding: 'auto' });
  return { html: text, warnings: [{ code: 'encoding_declared_wrong', message: `${why}: the encoding was detected instead` }, ...warnings] };
}
