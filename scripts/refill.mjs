/**
 * @file Paragraph refills of a text dump's lines, as converters and tools print them (scripts/hard-wrap-variants.mjs,
 * scripts/flat-header-variants.mjs): GNU `fmt -w N` itself, a `par`-like balanced refill, a crawler's paragraphs
 * joined into one line. Widths in display columns (an ideograph two) where not the program's own.
 */
import { execFileSync } from 'node:child_process';

const WIDE = /[\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** Display columns of a string: an ideograph or full-width form two, anything else one. */
export const cols = (s) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);

/** GNU `fmt -w width` of the lines (the program itself: its paragraphs, spacing and byte widths). */
export const gnuFmt = (lines, width) => execFileSync('fmt', ['-w', String(width)], { input: `${lines.join('\n')}\n` }).toString('utf8').replace(/\n$/, '').split('\n');

/** The paragraphs of `lines`: runs of non-blank lines (blank lines between them kept as ''). */
export function paragraphs(lines) {
  const out = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (cur.length) out.push(cur);
      out.push([]);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * A `par`-like refill: each paragraph's words (white space squeezed) broken into lines of at most
 * `width` display columns chosen to make the lines even (least sum of squared slack, the last line
 * free), not greedily: rows run together and split at other places than `fmt`'s.
 */
export function balanced(lines, width) {
  return paragraphs(lines).flatMap((para) => {
    if (para.length === 0) return [''];
    const words = para.flatMap((l) => l.trim().split(/\s+/));
    const n = words.length;
    const best = new Array(n + 1).fill(Infinity);
    const next = new Array(n + 1).fill(n);
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      let len = -1;
      for (let j = i; j < n; j++) {
        len += 1 + cols(words[j]);
        if (len > width && j > i) break;
        const slack = j === n - 1 ? 0 : (width - len) ** 2;
        if (slack + best[j + 1] < best[i]) {
          best[i] = slack + best[j + 1];
          next[i] = j + 1;
        }
      }
    }
    const out = [];
    for (let i = 0; i < n; i = next[i]) out.push(words.slice(i, next[i]).join(' '));
    return out;
  });
}

/** A crawler's text: each paragraph's lines joined into one line by a space (a table's rows run into one line). */
export const crawled = (lines) => paragraphs(lines).map((para) => para.map((l) => l.trim()).join(' '));

