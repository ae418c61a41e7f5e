/**
 * @file Text input (plain, pdftotext, markdown, OCR, crawler dumps) → LoadedDocument.
 */
import { XxgkError } from '../errors.js';
import { textToLines } from '../layout/text-to-lines.js';
import type { LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { cjkShare, commonHanziShare, decodeText } from './decode.js';
import { checkDecodedSize } from './text-limits.js';

/** Below this share of CJK among non-ASCII characters the decoded text is taken as mojibake. */
export const MIN_CJK_SHARE = 0.5;
/** Below this share of common hanzi among the ideographs the text is binary or gibberish (reports: ≥ 0.99, random bytes: ~0.3). */
const MIN_COMMON_SHARE = 0.7;
/** Ideographs needed before the common-hanzi share is trusted. */
const MIN_IDEOGRAPHS = 30;
/** Share of control characters above which the "text" is binary. */
const MAX_CONTROL_SHARE = 0.02;

function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls / sample.length;
}

/** Decodes and checks that the text is plausible Chinese text before splitting it into lines. */
export function decodeChecked(bytes: Uint8Array, name: string, opts: ResolvedOptions): { text: string; warnings: Warning[] } {
  const { text, encoding } = decodeText(bytes, opts.encoding);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new XxgkError('E_DECODE', `${name}: the file is binary or in an unknown encoding (decoded as ${encoding})`);
  }
  if (text.trim() === '') throw new XxgkError('E_EMPTY', `${name}: the document has no text`);
  const warnings: Warning[] = [];
  if (encoding !== 'utf-8' && encoding !== 'ascii') {
    warnings.push({ code: 'encoding_detected', message: `decoded as ${encoding}` });
  }
  if (/[\u0080-\uffff]/.test(text) && cjkShare(text) < MIN_CJK_SHARE) {
    throw new XxgkError('E_DECODE', `${name}: decoded text (${encoding}) is not plausible Chinese; pass --encoding`);
  }
  const common = commonHanziShare(text);
  if (common.ideographs >= MIN_IDEOGRAPHS && common.share < MIN_COMMON_SHARE) {
    throw new XxgkError('E_DECODE', `${name}: binary data or gibberish: decoded as ${encoding}, only ${Math.round(common.share * 100)}% of its ideographs are common hanzi`);
  }
  return { text, warnings };
}

/** Text bytes → document. */
export function loadText(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { text, warnings } = decodeChecked(bytes, base.name, opts);
  checkDecodedSize(text.length, 'text', base.name);
  return { ...base, kind: 'text', lines: textToLines(text), warnings };
}
