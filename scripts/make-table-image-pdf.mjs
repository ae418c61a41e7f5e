#!/usr/bin/env node
/**
 * @file Builds test/fixtures/pdf-table-images.pdf: samples/html-image-tables.html (a report whose
 * three statistics tables are pictures) with its pictures filled in (Chromium screenshots of ruled
 * tables of numbers) and a small seal image (ImageMagick) by the signature, printed by Chromium.
 * A text PDF whose tables are images: `table_is_image` must name the pages (test/pdf-printers.test.ts).
 *   node scripts/make-table-image-pdf.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPdf, chromiumPng } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = (n, cols) =>
  Array.from({ length: n }, (_, r) => `<tr><td>第${r + 1}项</td>${Array.from({ length: cols }, (_, c) => `<td>${(r * 37 + c * 11) % 90}</td>`).join('')}</tr>`).join('');
const table = (n, cols) =>
  `<!DOCTYPE html><html><body style="margin:0;background:#fff"><table border="1" cellspacing="0" style="border-collapse:collapse;font-size:16px;width:780px">${rows(n, cols)}</table></body></html>`;
const png = (n, cols) => chromiumPng(table(n, cols), { width: 800, height: 30 * n + 10 }).toString('base64');
const seal = execFileSync('convert', ['-size', '120x120', 'xc:none', '-stroke', 'red', '-strokewidth', '6', '-fill', 'none', '-draw', 'circle 60,60 60,8', 'png:-']).toString('base64');
let html = readFileSync(join(ROOT, 'samples', 'html-image-tables.html'), 'utf8');
html = html.replace('/upload/2025/biao2.png', `data:image/png;base64,${png(6, 3)}`);
html = html.replace('/upload/2025/biao3.png', `data:image/png;base64,${png(12, 7)}`);
html = html.replace('/upload/2025/biao4.png', `data:image/png;base64,${png(4, 14)}`);
html = html.replace('<p style="text-align:right">2025年1月20日</p>', `<p style="text-align:right">2025年1月20日<img src="data:image/png;base64,${seal}" width="90"></p>`);
chromiumPdf(html, join(ROOT, 'test', 'fixtures', 'pdf-table-images.pdf'));
