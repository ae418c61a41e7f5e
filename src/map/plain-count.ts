/**
 * @file What a value stream takes as a plain count: a number token printed as digits only
 * ('2040') or in groups of three ('2,040': a report with thousands separators, `gen` knob `big`).
 * A blank, a mark, a fused run or a fraction is not one, and a stream holding one is not read
 * as a stream (map/table-stream, map/out-of-place).
 */
import type { ValueToken } from '../tables/tokenize-cell.js';

/** Digits as a count prints them: plain, or in groups of three after the first 1–3 digits. */
export const PLAIN_COUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;

/** A value that is a plain count. */
export const plainCount = (v: ValueToken): v is Extract<ValueToken, { kind: 'num' }> => v.kind === 'num' && !v.fusable && PLAIN_COUNT.test(v.raw);
