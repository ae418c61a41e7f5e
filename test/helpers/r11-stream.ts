/**
 * breakit45 r11-2019-borderless: a LibreOffice-printed 2019 report through plain `pdftotext` (no
 * -layout), its table 三 value lines as printed ('/' marks a value after a blank line or a label: a
 * break), and the same table as `pdftotext -layout` prints it, in template row order. The report
 * prints （七）总计's total as 57 for parts adding up to 58; `total` chooses the printed number.
 */
import type { StreamToken } from '../../src/map/stream-align.js';

/** '/36 5 4 /6' → tokens, a break before each '/'. */
export const stream = (s: string): StreamToken[] =>
  s.split(' ').map((t) => ({ value: Number(t.replace('/', '')), raw: t.replace('/', ''), breakBefore: t.startsWith('/') }));

/** The value stream, （七）总计's total printed as `total`. */
export const r11Printed = (total: number): StreamToken[] =>
  stream(
    '/36 5 4 4 6 /0 0 0 0 0 /0 0 2 0 0 /1 0 0 0 0 /0 0 0 0 2 /6 0 2 /61 0 4 /0 /1 /0 /2 ' +
      '/1 /0 /0 /0 /0 /0 /1 /1 2 /0 0 /0 0 /0 0 /0 1 /0 0 /1 3 /3 /1 /0 /0 /0 /2 /6 /4 2 5 /0 1 0 /0 0 0 /0 0 0 /0 0 0 /0 0 0 /4 3 5 ' +
      '/1 /0 /0 /0 /0 /0 /1 /0 /0 /2 /0 /0 /0 /2 /0 /0 /0 /0 /2 /0 /2 /3 4 0 /0 0 2 /0 0 0 /0 0 2 /0 0 0 /0 0 1 /3 4 5 ' +
      `/4 /0 /0 /2 /0 /0 /6 /0 /0 /0 /0 /0 /0 /0 /5 36 0 /0 4 1 /0 4 0 /0 4 0 /0 5 1 /0 5 1 /5 ${total} 3`,
  );

/** The table as `pdftotext -layout` prints it, （七）总计's total printed as `total`. */
export const r11Layout = (total: number): number[][] => [
  [36, 5, 4, 4, 6, 6, 61], [0, 0, 0, 0, 0, 0, 0], [0, 0, 2, 0, 0, 2, 4], [1, 0, 0, 0, 0, 0, 1],
  [0, 0, 0, 0, 2, 0, 2], [1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [2, 0, 0, 0, 1, 0, 3], [3, 1, 0, 0, 0, 2, 6],
  [4, 0, 0, 0, 0, 0, 4], [2, 1, 0, 0, 0, 0, 3], [5, 0, 0, 0, 0, 0, 5],
  [1, 0, 0, 0, 0, 0, 1], [0, 0, 2, 0, 0, 0, 2], [0, 0, 0, 0, 2, 0, 2],
  [3, 0, 0, 0, 0, 0, 3], [4, 0, 0, 0, 0, 0, 4], [0, 2, 0, 2, 0, 1, 5], [4, 0, 0, 2, 0, 0, 6], [0, 0, 0, 0, 0, 0, 0],
  [5, 0, 0, 0, 0, 0, 5], [36, 4, 4, 4, 5, 5, total], [0, 1, 0, 0, 1, 1, 3],
];
