/**
 * @file HTML → PDF with the printers real reports come from: Chromium (`--print-to-pdf`, borders as
 * thin filled rectangles, Kangxi radicals in the text layer, running header/footer with title, date,
 * URL and 'n/m') and LibreOffice (`writer_web_pdf_Export`, borders as stroked paths; optionally
 * encrypted). Both from Debian's packages; when one is missing its samples are kept as committed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** ms. LibreOffice's time to print one report (PRINT_TIMEOUT: more on a loaded machine). */
const PRINT_TIMEOUT = Number(process.env.PRINT_TIMEOUT ?? 120_000);

const has = (bin) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, bin)));
export const printers = { chromium: has('chromium'), libreoffice: has('soffice') };

function inTemp(html, run) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-print-'));
  try {
    writeFileSync(join(dir, 'report.html'), html);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints with headless Chromium; `headerFooter` keeps Chromium's running header and footer. */
export function chromiumPdf(html, out, { headerFooter = false } = {}) {
  inTemp(html, (dir) => {
    const args = ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'report.pdf')}`];
    if (!headerFooter) args.push('--no-pdf-header-footer');
    execFileSync('chromium', [...args, join(dir, 'report.html')], { stdio: 'ignore', timeout: Math.max(60_000, PRINT_TIMEOUT) });
    copyFileSync(join(dir, 'report.pdf'), out);
  });
}

/**
 * Converts with LibreOffice Writer/Web: to PDF (`password` encrypts it with an open password) or,
 * with `to: 'docx'` (`'odt'`), to a Word (OpenDocument) document.
 */
export function libreofficePdf(html, out, { password, to = 'pdf' } = {}) {
  inTemp(html, (dir) => {
    const filter = to === 'docx'
      ? 'docx:MS Word 2007 XML'
      : to === 'odt'
        ? 'odt:writerweb8_writer'
      : password
        ? `pdf:writer_web_pdf_Export:${JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } })}`
        : 'pdf:writer_web_pdf_Export';
    sofficeConvert(dir, filter, join(dir, 'report.html'));
    copyFileSync(join(dir, `report.${to}`), out);
  });
}

/**
 * LibreOffice's Word round trip: the page saved as a Word 97 .doc (`doc:MS Word 97`), then that
 * .doc printed by Writer (breakit60 lo-doc97-pdf: flex rows become bordered paragraphs, each as
 * wide as its text, a row's cells one space apart).
 */
export function libreofficeDoc97Pdf(html, out) {
  inTemp(html, (dir) => {
    sofficeConvert(dir, 'doc:MS Word 97', join(dir, 'report.html'));
    sofficeConvert(dir, 'pdf:writer_pdf_Export', join(dir, 'report.doc'));
    copyFileSync(join(dir, 'report.pdf'), out);
  });
}

/** LibreOffice's .docx of the page (libreofficePdf `to: 'docx'`) printed by Writer (slide-blank-, narrow-cell-variants' `docx` prints). */
export function libreofficeDocxPdf(html, out, timeout = PRINT_TIMEOUT) {
  const d = mkdtempSync(join(tmpdir(), 'xxgk-docx-'));
  try {
    libreofficePdf(html, join(d, 'report.docx'), { to: 'docx' });
    sofficeConvert(d, 'pdf', join(d, 'report.docx'), timeout);
    copyFileSync(join(d, 'report.pdf'), out);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

/** `html` turned into a .docx by pandoc (`pandoc -f html -t docx`: a plain Word table, borderless, labels wrapping in narrow cells) and that printed by LibreOffice to `out`. */
export function pandocDocxPdf(html, out, timeout = PRINT_TIMEOUT) {
  const d = mkdtempSync(join(tmpdir(), 'xxgk-pandoc-'));
  try {
    writeFileSync(join(d, 'report.html'), html);
    execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(d, 'report.docx'), join(d, 'report.html')], { stdio: 'ignore', timeout });
    sofficeConvert(d, 'pdf', join(d, 'report.docx'), timeout);
    copyFileSync(join(d, 'report.pdf'), out);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

/** `html` rewritten by pandoc as a page of its own (`pandoc -f html -t html5 -s`: the CSS dropped, a plain table) and that printed by LibreOffice Writer/Web to `out` (sparse53). */
export function pandocHtmlPdf(html, out, timeout = PRINT_TIMEOUT) {
  const d = mkdtempSync(join(tmpdir(), 'xxgk-pandoc-html-'));
  try {
    writeFileSync(join(d, 'source.html'), html);
    execFileSync('pandoc', ['-f', 'html', '-t', 'html5', '-s', '--metadata', 'pagetitle=report', '-o', join(d, 'report.html'), join(d, 'source.html')], { stdio: 'ignore', timeout });
    sofficeConvert(d, 'pdf:writer_web_pdf_Export', join(d, 'report.html'), timeout);
    copyFileSync(join(d, 'report.pdf'), out);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

/** `file` converted by LibreOffice to `filter` ('pdf', 'docx:MS Word 2007 XML', …) into `dir`, with a profile of its own there. */
export function sofficeConvert(dir, filter, file, timeout = PRINT_TIMEOUT) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', dir, file], { stdio: 'ignore', timeout });
}

/** A PNG of the page as Chromium renders it (for image-only "scanned" PDFs). */
export function chromiumPng(html, { width = 800, height = 1100 } = {}) {
  return inTemp(html, (dir) => {
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--window-size=${width},${height}`, `--screenshot=${join(dir, 'page.png')}`, join(dir, 'report.html')], { stdio: 'ignore', timeout: 60_000 });
    return readFileSync(join(dir, 'page.png'));
  });
}

/** `html` printed by `printer` ('chromium', 'libreoffice' or 'libreoffice-doc97'), as the PDF's bytes. */
export function printedPdf(html, printer, { headerFooter = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-printed-'));
  try {
    const out = join(dir, 'report.pdf');
    if (printer === 'libreoffice') libreofficePdf(html, out);
    else if (printer === 'libreoffice-doc97') libreofficeDoc97Pdf(html, out);
    else chromiumPdf(html, out, { headerFooter });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
