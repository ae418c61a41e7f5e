#!/usr/bin/env node
/**
 * @file Reports whose table 三 (and 四) print empty cells, printed to PDF and dumped by converters
 * that keep no positions — plain `pdftotext`, `pdftotext -raw`, `mutool draw -F txt`, pdfminer's
 * `pdf2txt`, and `lynx -dump` of the HTML — so a row of seven cells prints only the numbers that
 * are there ('46 46', or one number per line, the blank ones simply absent). Issue 15.
 *
 * Blank patterns (seeded; `--patterns` forces a list):
 *   zeros     every 0 of table 三 printed blank (values as a report has them, many zeros);
 *   unused    1–4 applicant columns nobody used (0 in every row), zeros blank;
 *   alternate every other applicant column unused (商业企业, 社会公益组织, 其他), zeros blank;
 *   totalOnly only 总计 filled, the six applicant cells left blank (truth 0);
 *   personOnly only 自然人 (and 总计) non-zero, zeros blank.
 *   dash      every 0 of table 三 printed '—' (truth null: not applicable, not counted).
 *   sparse    (only by `--patterns sparse`) a small agency's blank-heavy table: 1–4 requests in all, most rows printing
 *             nothing, zeros blank (table 四 blank on half the reports as for the others).
 * Table 四's zeros blank on half the reports. Truth is the values chosen (never the extractor's).
 *
 * Dumps that keep the blanks' places (`--dumps`): `expand` (the report's tab text through GNU
 * `expand -t 8`, which counts UTF-8 bytes; CRLF line ends on odd seeds), `expandc` (tabs expanded
 * by characters, stops of 8 or 4), `expandw` (by display width, wide = 2), `expandtrim` (GNU expand,
 * trailing spaces stripped: a row's trailing empty cells gone), `tabtrim` (the tab text, trailing tabs
 * stripped), `docx2txt` (pandoc's .docx of the
 * page through Debian's Perl `docx2txt`: a cell a line, an empty cell an empty line), `layout`
 * (`pdftotext -layout`), `w3m` (`w3m -dump -cols 100` of the page), `msolynx` (`lynx -dump` of the page as
 * Word exports it: every cell a paragraph, a run of empty cells one more empty line), `pyhtml` (a crawler's
 * Python `html.parser` text of the Word page — '\t' after every cell, '\n' after every row and paragraph —
 * so each filled cell ends its line and the next line starts with that tab and one more per empty cell), `w3mspan`
 * (`w3m -dump -cols 100` of the page with '三、本年度办理结果' spanning 1–10 rows more than the table has — a CMS that
 * cut rows off a table, or split it at a page break, and left the rowspan: w3m draws the rows it runs past as
 * border lines with no line between them).
 *
 * Scored per dump and pattern against every build listed (`--dist dist,/tmp/snap32/dist`): tables
 * 三's and 四's fields right (any confidence) / right ≥ 0.9 / missing-or-ambiguous / wrong < 0.8 /
 * wrong 0.8–0.9 / WRONG ≥ 0.9.
 *
 *   npm run build && nice node scripts/blank-dump-variants.mjs [--seeds 1..10] [--dist dist,/tmp/snap32/dist]
 *     [--dumps plain,raw,mutool,miner,lynx] [--patterns zeros,unused,…] [--pdfs DIR] [--show] [--per-doc]
 * `--pdfs DIR` keeps the printed PDFs (bdump-<seed>.pdf) and reuses them. Exit 1 on a WRONG ≥ 0.9.
 * Dumps that keep no positions of PDF text also: `pypdf` (pypdf `extract_text()`: a row's blank cells written as spaces
 * after its label, a row printing nothing its label and spaces) and `pdfbox` (PDFBox ExtractText, alike).
 *
 * Oracle (`det` in the tallies): the fields of tables 三 and 四 the printed text determines whatever the dump drops of a
 * blank cell — a row printing nothing in a zeros-blank table (all 0), a row's total (the last value it prints), a row
 * printing every cell, a table 四 printed all blank or all filled — a lower bound (the identities may pin more). `det`
 * counts those fields, `detRight` those read right; a field outside it read ≥ 0.8 is guessed (`guessHigh`).
 * plain50 (session 50): dev `--seeds 1..9 --patterns sparse` (seeds 1–8), held-out `--seeds 500..512 --patterns
 * sparse,zeros,unused,personOnly` (seeds 500–511, scored only), both `--dumps plain,pypdf,pdfbox`.
 * plain51 (session 51): table 二 scored too (`--tables`, default all three; tallies per tool and table) and printed with its
 * zeros blank on 60 % of the reports (its own seeded draws — `rng(seed * 131 + 7)` — so a seed's other choices are as
 * before: each cell 0 with odds 1/2 there); oracle: a row printing nothing, every cell, or its one cell. Dev `--seeds 1..6
 * --patterns sparse,zeros`, held-out `--seeds 600..613 --patterns sparse,zeros,unused,personOnly` (scored only), both
 * `--dumps plain,pypdf,pdfbox`.
 * plainb51 (session 51): pattern `full` (only by `--patterns full`) prints every cell, zeros as 0, tables 二 and 四 never
 * blank (what most real reports print; every field determinable). `--printers chromium,chromium-a4,chromium-a5,libreoffice`
 * (default `chromium`: Letter, as before) prints each seed on each: Chromium on A4 / A5 with the seed's own look (`onPaper`,
 * own draws: margins 8–15 mm, text 12–16 px, cells centred, half the seeds a flat CMS table — no borders, 4 px padding,
 * cell text bare in its <td>, number cells 5 %), LibreOffice Writer/Web; tallies per printer too. Dev `--seeds 1..13
 * --patterns full --dumps plain --printers chromium-a4,chromium-a5,libreoffice`, held-out `--seeds 900..916` (scored only).
 * plain52 (session 52): `--thead` prints table 三's header rows as a `<thead>` (Chromium repeats it on every page the table
 * runs onto), its group cells narrow and its cells left-aligned and borderless (fresh51 v/*-thead's look; `withThead`). Dev
 * `--seeds 1..8 --patterns full --dumps plain,raw,pypdf,pdfbox --printers chromium-a4,chromium-a5 --thead`, held-out
 * `--seeds 300..306` (scored only).
 * plain55 (session 55): printers `chromium-a4l`, `chromium-a5l` (landscape, 11–16 pt, mostly borderless: `landscape`). Dev
 * `--seeds 1..9 --patterns full --dumps plain,pypdf --printers chromium-a4l,chromium-a5l`, held-out `--seeds 950..965` (scored only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, H, NARRATIVE, renderRows, requestTable, reviewTable, textReport } from './make-samples.mjs';
import { printedPdf } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, flatTruth, get, makeValues, requestRows, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PATTERNS = ['zeros', 'unused', 'alternate', 'totalOnly', 'personOnly', 'dash'];
export const DUMPS = ['plain', 'raw', 'mutool', 'miner', 'lynx', 'expand', 'expandc', 'expandw', 'expandtrim', 'tabtrim', 'docx2txt', 'layout', 'w3m', 'msolynx', 'pyhtml', 'w3mspan', 'pypdf', 'pdfbox', 'pdfboxsort'];
/** pypdf's text of a PDF (argv[1]), pages joined by a newline. */
const PYPDF = "import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\nsys.stdout.write('\\n'.join(p.extract_text() for p in r.pages))";
const PDFBOX = ['-cp', '/usr/share/java/pdfbox2.jar:/usr/share/java/pdfbox2-tools.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar', 'org.apache.pdfbox.tools.ExtractText', '-encoding', 'UTF-8', '-console'];
/** Dumps made from the page or its tab text, no PDF needed. */
const TEXT_DUMPS = new Set(['lynx', 'expand', 'expandc', 'expandw', 'expandtrim', 'tabtrim', 'docx2txt', 'w3m', 'msolynx', 'pyhtml', 'w3mspan']);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const setIn = (obj, key, v) => {
  const parts = key.split('.');
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p];
  o[parts.at(-1)] = v;
};

/**
 * The page for `printer` (`--printers`): 'chromium' as rendered (Letter), 'chromium-a4' / 'chromium-a5' on that paper (an
 * `@page` rule), 'libreoffice' (Writer/Web's own page).
 */
export function onPaper(html, printer, seed = 0) {
  const size = { 'chromium-a4': 'A4', 'chromium-a5': 'A5', 'chromium-a4l': 'A4 landscape', 'chromium-a5l': 'A5 landscape' }[printer];
  if (!size) return html;
  if (size.endsWith('landscape')) return landscape(html, size, seed);
  // The look of the seed (own draws): margins 8–15 mm, body text 12–16 px, cells centred — where the page breaks fall in table 三.
  const r = rng(seed * 313 + 17);
  const margin = 8 + Math.floor(r() * 8);
  const font = 12 + Math.floor(r() * 5);
  // Half the seeds a flat CMS table (fresh50's f reports): no borders, 4 px padding, the page's full width, number cells 5 %
  const flat = r() < 0.5 ? ' table{width:100% !important;border-collapse:collapse} td{border:none !important;padding:4px !important} td p{margin:0 !important;text-indent:0 !important} td.n{width:5%}' : '';
  // and its cells' text bare in the <td> (no paragraph).
  const page = flat ? html.replace(/(<td[^>]*>)<p[^>]*>(.*?)<\/p>(<\/td>)/g, '$1$2$3') : html;
  return page.replace('</head>', `<style>@page{size:${size};margin:${margin}mm} body{font-size:${font}px} td{text-align:center}${flat}</style></head>`);
}

/**
 * A landscape page (`chromium-a4l`, `chromium-a5l`; plain55): margins 10–20 mm, body text 11–16 pt and cells 2 pt smaller
 * (at least 8 pt), the table flat and borderless on two seeds in three (no border, cell text bare in its <td>) — fresh54
 * f000's and f031's look, whose plain `pdftotext` writes table 三 as text blocks band by band: a row's first cells in the
 * label block, the other columns as blocks of one column (or two) for a run of rows (tables/column-pages tiledPage).
 */
function landscape(html, size, seed) {
  const r = rng(seed * 919 + 5);
  const margin = [10, 15, 20][Math.floor(r() * 3)];
  const font = 11 + Math.floor(r() * 6);
  const flat = r() < 2 / 3;
  const look = flat ? ' table{border-collapse:collapse;border:none !important} td{border:none !important;padding:0 5.4pt !important} td p{margin:0 !important;text-indent:0 !important}' : '';
  const page = flat ? html.replace(/(<td[^>]*>)<p[^>]*>(.*?)<\/p>(<\/td>)/g, '$1$2$3') : html;
  return page.replace('</head>', `<style>@page{size:${size};margin:${margin}mm} body{font-size:${font}pt} td{font-size:${Math.max(8, font - 2)}pt;text-align:center}${look}</style></head>`);
}

/**
 * Table 三's three header rows as a `<thead>` and its rows as a `<tbody>` (`--thead`, plain52): Chromium repeats the header
 * on every page the table runs onto, so a position-less dump of a table broken across pages writes the header words again
 * between its rows (fresh51 v/*-thead). The page is otherwise unchanged.
 */
export function withThead(html) {
  const at = html.indexOf('（本列数据的勾稽关系');
  if (at < 0) return html;
  const start = html.lastIndexOf('<tr>', at);
  let end = start;
  for (let i = 0; i < 3; i++) end = html.indexOf('</tr>', end) + '</tr>'.length;
  const close = html.indexOf('</table>', end);
  if (start < 0 || end <= start || close < 0) return html;
  // The group cells narrow (fresh51's look: '（三）不' / '予公开' centred beside the group's middle rows, its first line on a row
  // label's baseline), the labels left-aligned, no borders.
  const look = '<style>td[rowspan]{width:3.6em} td{text-align:left !important;border:none !important;padding:1px 3px !important} td p{margin:0 !important;text-indent:0 !important} table{border:none !important}</style>';
  const page = `${html.slice(0, start)}<thead>${html.slice(start, end)}</thead><tbody>${html.slice(end, close)}</tbody>${html.slice(close)}`;
  return page.replace(/(<td[^>]*>)<p[^>]*>(.*?)<\/p>(<\/td>)/g, '$1$2$3').replace('</head>', `${look}</head>`);
}

/** Table 三's row keys of a report. */
const rowKeys = (combined) => requestRows(combined).map((x) => x[2]);

/** Applicant columns `cols` set to 0 in every row, the rows' totals kept equal to their parts. */
function clearColumns(data, combined, cols) {
  for (const k of rowKeys(combined)) {
    for (const c of cols) setIn(data.requests, `${k}.${c}`, 0);
    setIn(data.requests, `${k}.total`, COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0));
  }
}

/** Table 三 of a small agency: 1–4 requests in all (mostly 自然人), a few carried over or forward, every other cell 0. */
function sparseRequests(data, combined, r) {
  const keys = rowKeys(combined);
  for (const k of keys) for (const c of COLS) setIn(data.requests, `${k}.${c}`, 0);
  const outcomes = keys.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const n = 1 + Math.floor(r() * 4);
  const add = (k, c, v) => setIn(data.requests, `${k}.${c}`, get(data.requests, `${k}.${c}`) + v);
  for (let i = 0; i < n; i++) {
    const c = r() < 0.7 ? COLS[0] : pick(r, COLS.slice(1, 6));
    const v = 1 + Math.floor(r() * 3);
    add(pick(r, outcomes), c, v);
    add('totalHandled', c, v);
    if (r() < 0.3) add('carriedOver', c, v);
    else add('newReceived', c, v);
  }
  if (r() < 0.3) {
    add('carriedForward', COLS[0], 1);
    add('newReceived', COLS[0], 1);
  }
  for (const k of keys) setIn(data.requests, `${k}.total`, COLS.slice(0, 6).reduce((t, c) => t + get(data.requests, `${k}.${c}`), 0));
}

/**
 * The oracle: keys of tables 三 and 四 whose value a dump dropping blank cells still determines (see the file's header).
 * `blankZeros` — the table prints 0 as an empty cell.
 */
export function determinedKeys(data, combined, blankReview, blankActive = false) {
  const out = new Set();
  // Table 二 (plain51): printed with its zeros, every cell; zeros blank, a row printing nothing (all 0), every cell, or its
  // one cell — a one-column small table's value or none per row.
  const activeRows = new Map();
  for (const [k, w] of flatTruth(data.activeDisclosure)) activeRows.set(k.split('.')[0], [...(activeRows.get(k.split('.')[0]) ?? []), [k, w]]);
  for (const cells of activeRows.values()) {
    const nonzero = cells.filter(([, w]) => w !== 0).length;
    if (!blankActive || nonzero === 0 || nonzero === cells.length || cells.length === 1) for (const [k] of cells) out.add(`activeDisclosure.${k}`);
  }
  for (const k of rowKeys(combined)) {
    const vals = COLS.map((c) => get(data.requests, `${k}.${c}`));
    if (vals.some((v) => v === null)) continue;
    const nonzero = vals.slice(0, 6).filter((v) => v !== 0).length;
    for (const [i, c] of COLS.entries()) if (nonzero === 0 || nonzero === 6 || i === 6) out.add(`requests.${k}.${c}`);
  }
  const review = flatTruth(data.reviewLitigation);
  const zeros = review.filter(([, w]) => w === 0).length;
  if (!blankReview || zeros === 0 || zeros === review.length) for (const [k] of review) out.add(`reviewLitigation.${k}`);
  return out;
}

/** A variant: truth, the page's HTML, how it prints, description. */
export function blankDumpVariant(seed, patterns = PATTERNS) {
  const r = rng(seed * 977 + 41);
  const version = r() < 0.6 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.25;
  const data = makeValues(seed, { version, combined, scale: pick(r, [10, 30, 100]) });
  const pattern = patterns[seed % patterns.length];
  const full = pattern === 'full';
  let blankTotal = false;
  if (pattern === 'unused') {
    const n = 1 + Math.floor(r() * 4);
    const cols = [...COLS.slice(1, 6)].sort(() => r() - 0.5).slice(0, n);
    clearColumns(data, combined, cols);
  } else if (pattern === 'alternate') clearColumns(data, combined, ['commercial', 'socialOrg', 'otherOrg']);
  else if (pattern === 'personOnly') clearColumns(data, combined, COLS.slice(1, 6));
  else if (pattern === 'totalOnly') blankTotal = true;
  else if (pattern === 'noTotal') sparseRequests(data, combined, r);
  else if (pattern === 'sparse') sparseRequests(data, combined, r);
  // Table 二's zeros blank too (plain51; its own stream of draws, so the other choices of a seed stay as they were): on 60 %
  // of the reports, each row then all 0 with odds 1/2, or one cell of a wider row 0 with odds 1/3.
  const ra = rng(seed * 131 + 7);
  const blankActive = ra() < 0.6 && !full;
  if (blankActive) {
    for (const [k] of flatTruth(data.activeDisclosure)) if (ra() < 0.5) setIn(data.activeDisclosure, k, 0);
  }
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  if (blankActive) for (const row of t.activeDisclosure) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && Number(c) === 0 && c !== '' ? '' : c));
  const zero = pattern === 'dash' ? '—' : '';
  for (const row of t.requests) {
    if (row.kind !== 'data') continue;
    if (!full) row.cells = row.cells.map((c, j) => (j === 0 ? c : blankTotal ? (j < 7 ? '' : c) : pattern === 'noTotal' && j === 7 ? '' : c === '0' ? zero : c));
  }
  if (pattern === 'dash') for (const [k, w] of flatTruth(data.requests)) if (w === 0) setIn(data.requests, k, null);
  if (blankTotal) for (const k of rowKeys(combined)) for (const c of COLS.slice(0, 6)) setIn(data.requests, `${k}.${c}`, 0);
  const blankReview = r() < 0.5 && !full;
  if (blankReview) for (const row of t.reviewLitigation) if (row.kind === 'data') row.cells = row.cells.map((c) => (c === '0' ? '' : c));
  const borderless = r() < 0.4;
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  const page = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true, borderless } });
  // An empty cell holds nothing (the blank vanishes from a dump); Word's HTML writes '&nbsp;' there, which PDF text keeps as a space ('nbsp').
  const nbsp = r() < 0.2;
  const html = nbsp ? page : page.replace(/(<td[^>]*class="n"[^>]*>)&nbsp;(<o:p><\/o:p>)?(<\/td>)/g, '$1$3');
  const tab = textReport({ agency: `测试市第${seed}局`, year: 2024, published: '2025年1月20日', tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, renderRows(rows, 'tab')])) });
  // The page as Word exports it ('&nbsp;' in every empty cell), for the `msolynx` dump.
  const word = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: 'word', print: { noChrome: true, borderless } });
  return { data, html, word, tab, pattern, determined: full ? new Set(['activeDisclosure', 'requests', 'reviewLitigation'].flatMap((t) => flatTruth(data[t]).map(([k]) => `${t}.${k}`))) : determinedKeys(data, combined, blankReview, blankActive), what: `${version}${combined ? ' single（六）' : ''} ${pattern}${borderless ? ' borderless' : ''}${nbsp ? ' nbsp' : ''}${blankReview ? ', 四 blank' : ''}${blankActive ? ', 二 blank' : ''}` };
}

/** `text` with its tabs expanded to stops `stop` apart, columns counted by `measure` (as `expand` does by bytes, an editor by characters or display width). */
export function expandTabs(text, measure, stop = 8) {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let w = 0;
      for (const ch of line) {
        if (ch === '\t') {
          const n = stop - (w % stop);
          out += ' '.repeat(n);
          w += n;
        } else {
          out += ch;
          w += measure(ch);
        }
      }
      return out;
    })
    .join('\n');
}
/** East Asian wide and full-width characters count 2 display columns. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const displayWidth = (ch) => (WIDE.test(ch) ? 2 : 1);
const MEASURES = { bytes: (ch) => Buffer.byteLength(ch, 'utf8'), chars: () => 1, width: (ch) => displayWidth(ch) };

/** A hand-written crawler's text of a page (Python html.parser): '\t' after each cell, '\n' after rows and blocks. */
const PYHTML = `import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s): super().__init__(); s.o=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style','title'): s.skip+=1
        if t=='br': s.o.append('\\n')
    def handle_endtag(s,t):
        if t in ('script','style','title'): s.skip-=1
        elif t in ('td','th'): s.o.append('\\t')
        elif t in ('tr','p','div','h1','h2','h3','li','table'): s.o.append('\\n')
    def handle_data(s,d):
        if not s.skip and d.strip(): s.o.append(d.strip())
p=P(); p.feed(sys.stdin.read()); sys.stdout.write(''.join(p.o))
`;

/** The dump of `pdf` (or of `html` / the tab text `tab`, for the text dumps) by `tool`, as text. */
function dumpOf(tool, pdf, html, dir, tab, seed, word) {
  const run = (cmd, argv, input) => execFileSync(cmd, argv, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'], maxBuffer: 64 * 2 ** 20, timeout: 120_000 }).toString('utf8');
  const file = join(dir, 'r.pdf');
  if (pdf) writeFileSync(file, pdf);
  switch (tool) {
    case 'expand': {
      const text = run('expand', ['-t', '8'], tab);
      return seed % 2 ? text.replace(/\n/g, '\r\n') : text;
    }
    case 'expandc':
      return expandTabs(tab, MEASURES.chars, seed % 3 === 0 ? 4 : 8);
    case 'expandw':
      return expandTabs(tab, MEASURES.width);
    case 'tabtrim':
      return tab.replace(/\t+$/gm, '');
    case 'expandtrim':
      return run('expand', ['-t', '8'], tab).replace(/ +$/gm, '');
    case 'docx2txt': {
      writeFileSync(join(dir, 'r.html'), html);
      execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(dir, 'r.docx'), join(dir, 'r.html')], { stdio: 'ignore', timeout: 120_000 });
      return run('docx2txt', [join(dir, 'r.docx'), '-']);
    }
    case 'layout':
      return run('pdftotext', ['-layout', file, '-']);
    case 'w3m': {
      writeFileSync(join(dir, 'r.html'), html);
      return run('w3m', ['-dump', '-cols', '100', '-O', 'UTF-8', '-I', 'UTF-8', '-T', 'text/html', join(dir, 'r.html')]);
    }
    case 'plain':
      return run('pdftotext', [file, '-']);
    case 'raw':
      return run('pdftotext', ['-raw', file, '-']);
    case 'mutool':
      return run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file]);
    case 'miner':
      return run('pdf2txt', [file]);
    case 'lynx': {
      writeFileSync(join(dir, 'r.html'), html);
      return run('lynx', ['-dump', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8', join(dir, 'r.html')]);
    }
    case 'msolynx': {
      // lynx of the Word-exported page: a cell a paragraph, a run of empty cells one more empty line.
      writeFileSync(join(dir, 'r.html'), word);
      return run('lynx', ['-dump', '-nolist', `-width=${seed % 2 ? 110 : 80}`, '-display_charset=utf-8', '-assume_charset=utf-8', join(dir, 'r.html')]);
    }
    case 'w3mspan': {
      writeFileSync(join(dir, 'r.html'), html.replace(/rowspan="(\d+)"( id="results")/, (_, n, id) => `rowspan="${Number(n) + 1 + (seed % 10)}"${id}`));
      return run('w3m', ['-dump', '-cols', '100', '-O', 'UTF-8', '-I', 'UTF-8', '-T', 'text/html', join(dir, 'r.html')]);
    }
    case 'pypdf':
      return run('/usr/bin/python3', ['-c', PYPDF, file]);
    case 'pdfbox':
      return run('java', [...PDFBOX, file]);
    case 'pdfboxsort':
      return run('java', [...PDFBOX, '-sort', file]);
    case 'pyhtml':
      // The empty cells hold nothing (no paragraph): only their tabs are left, before the next cell.
      return run('python3', ['-c', PYHTML], word.replace(/(<td[^>]*>)(?:<p[^>]*>)?(?:&nbsp;|\s)*(?:<o:p><\/o:p>)?(?:<\/p>)?(<\/td>)/g, '$1$2'));
    default:
      throw new Error(`unknown dump ${tool}`);
  }
}

/** Tables scored (`--tables`, default all three; plain51 added 二). */
const TABLES = stringArg('tables', 'activeDisclosure,requests,reviewLitigation').split(',');

const tally = () => ({ fields: 0, right: 0, rightHigh: 0, open: 0, wrongLow: 0, wrongMid: 0, wrongHigh: 0, det: 0, detRight: 0, guessHigh: 0 });
const line = (s) => `right ${s.right}/${s.fields} (≥0.9 ${s.rightHigh}) open ${s.open} wrong<0.8 ${s.wrongLow} wrong.8-.9 ${s.wrongMid} WRONG≥.9 ${s.wrongHigh} | det ${s.det} (${s.fields ? Math.round((100 * s.det) / s.fields) : 0}%) right ${s.detRight} guessed≥.8 ${s.guessHigh}`;

async function main() {
  const [from, to] = seedRange('1..10');
  const dists = stringArg('dist', 'dist').split(',');
  const dumps = stringArg('dumps', DUMPS.join(',')).split(',');
  const patterns = stringArg('patterns', PATTERNS.join(',')).split(',');
  const pdfs = stringArg('pdfs', '');
  const printerList = stringArg('printers', 'chromium').split(',');
  const show = process.argv.includes('--show');
  const perDoc = process.argv.includes('--per-doc');
  const thead = process.argv.includes('--thead');
  if (pdfs) mkdirSync(pdfs, { recursive: true });
  const libs = [];
  // `--dist none`: print and dump only (with `--pdfs`), scored later (stream-determinable.mjs).
  for (const d of dists.filter((x) => x !== 'none')) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), by: {} });
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-bdump-'));
  try {
    for (let seed = from; seed < to; seed++) {
      const v = blankDumpVariant(seed, patterns);
      for (const printer of printerList) {
      const tag = printer === 'chromium' ? '' : `-${printer}`;
      const cached = pdfs ? join(pdfs, `bdump-${seed}${tag}${thead ? '-thead' : ''}.pdf`) : '';
      const needPdf = dumps.some((d) => !TEXT_DUMPS.has(d));
      const pdf = !needPdf ? null : cached && existsSync(cached) ? readFileSync(cached) : printedPdf(onPaper(thead ? withThead(v.html) : v.html, printer, seed), printer.startsWith('chromium') ? 'chromium' : printer);
      if (cached && pdf && !existsSync(cached)) writeFileSync(cached, pdf);
      const truth = TABLES.flatMap((t) => flatTruth(v.data[t]).map(([k, w]) => [`${t}.${k}`, w])).filter(([, w]) => w !== null);
      for (const tool of dumps) {
        const text = dumpOf(tool, pdf, v.html, dir, v.tab, seed, v.word);
        if (pdfs) writeFileSync(join(pdfs, `bdump-${seed}${tag}${thead ? '-thead' : ''}.${tool}.txt`), text);
        for (const { dist, lib, by } of libs) {
          const rep = await lib.extract(new TextEncoder().encode(text), { name: `bdump-${seed}.txt` }).catch((e) => ({ error: e }));
          const got = rep.error ? new Map() : lib.flattenData(rep.data);
          const bad = [];
          const slots = [(by[`${tool}/${v.pattern}`] ??= tally()), (by[`${tool}/all`] ??= tally()), (by[`all/all`] ??= tally())];
          if (printerList.length > 1) slots.push((by[`${tool}/${printer}`] ??= tally()));
          const doc = tally();
          for (const [key, want] of truth) {
            const value = got.get(key);
            const conf = rep.fields?.[key]?.confidence ?? 0;
            const kind = value === want ? 'right' : value == null ? 'open' : conf >= 0.9 ? 'wrongHigh' : conf >= 0.8 ? 'wrongMid' : 'wrongLow';
            const det = v.determined.has(key);
            for (const s of [...slots, doc, (by[`${tool}/${key.split('.')[0]}`] ??= tally())]) {
              s.fields++;
              s[kind]++;
              if (kind === 'right' && conf >= 0.9) s.rightHigh++;
              if (det) s.det++;
              if (det && kind === 'right') s.detRight++;
              if (!det && value != null && conf >= 0.8) s.guessHigh++;
            }
            if (kind !== 'right' && kind !== 'open') bad.push(`${key}=${value}@${conf} (want ${want})${kind === 'wrongHigh' ? ' !!' : ''}`);
          }
          if (perDoc) console.log(`${seed}${tag} ${tool} [${dist}] [${v.what}] ${line(doc)}`);
          const high = bad.filter((b) => b.endsWith('!!'));
          if (high.length || (show && bad.length)) console.log(`${seed}${tag} ${tool} [${dist}] [${v.what}] ${(show ? bad : high).slice(0, 10).join('; ')}`);
        }
      }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let wrong = 0;
  for (const { dist, by } of libs) {
    console.log(`== ${dist}`);
    for (const [k, s] of Object.entries(by).sort()) console.log(`  ${k.padEnd(22)} ${line(s)}`);
    wrong += by['all/all']?.wrongHigh ?? 0;
  }
  process.exitCode = wrong > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
