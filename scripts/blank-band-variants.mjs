#!/usr/bin/env node
/**
 * @file Reports whose tables print some of their zeros as EMPTY cells (blank-for-zero, 15–70 % of
 * the zeros of tables 二, 三 and 四 at random, or all of them on half the reports), laid out borderless (a CMS page printed with its CSS
 * borders lost) or bordered, numbers left-, centre- or right-aligned in their cells, A4 / A5 / A4
 * landscape, printed by Chromium or LibreOffice, then read as the PDF itself and as the dumps a
 * crawler keeps of it: `pdftotext -layout`, plain `pdftotext` and `pdftohtml -xml`. A blank cell
 * leaves no text at all, so a row shows only its non-blank numbers; where each number sits
 * (against the header's cells and the other rows' numbers) is what says which cell it is.
 *
 * Two steps, so every build reads the same files:
 *   node scripts/blank-band-variants.mjs make DIR [--seeds 1..24]
 *   node scripts/blank-band-variants.mjs score DIR [--dist dist] [--outs pdf,layout,plain,xml] [--verbose]
 *
 * `make` writes DIR/bb-<seed>.pdf, .layout.txt, .plain.txt, .xml and .json (the values printed, and
 * which cells were printed blank). `score` extracts each output with the build in `--dist` and
 * reports per output kind the table fields (二, 三, 四) right, right ≥ 0.9, missing, wrong < 0.8,
 * wrong 0.8–0.9, WRONG ≥ 0.9, and the share the input determines (the oracle): every field for the
 * positioned outputs (PDF, -layout, -xml); for plain `pdftotext`, which drops a blank cell without a
 * trace, the fields of rows printing all their cells or none (a row with some cells blank is not
 * determined by its text — the identities may still decide some, which the oracle does not count).
 * Dev seeds 1..24, held-out seeds 1001..1024 (scored only). Exit 1 on a WRONG ≥ 0.9.
 *
 * `make DIR --sparse` (sparse48): a small agency's report — 0–5 requests, most cells 0 and EVERY zero
 * printed blank (or 80–100 % of them), so 50–95 % of table 三's cells, most of 二's and often all of
 * 四's are empty and a row shows 0–3 numbers; whole rows and columns blank; borderless 85 %; A4 / A5;
 * printed by Chromium, LibreOffice (HTML → PDF) or LibreOffice's Word round trip (HTML → .docx → PDF);
 * on half the seeds also the PDF turned 90° by `qpdf --rotate=90` (`.rot.pdf`) and its `-layout` dump
 * (`.rot.layout.txt`), scored as the outputs `rot` and `rotlayout`. Dev seeds 1..16, held out 2001..2016.
 *
 * `make DIR --sparse --page a5 --printer chromium` (sparseb48): the page size and/or printer forced
 * (a4, a5 / chromium, libreoffice, docx), every other draw of the seed kept — A5 Chromium prints wrap
 * narrow header cells one character per line (neighbouring columns' characters on one visual line) and
 * break tables 三 and 四 across pages, header bands included. Dev seeds 17..48 (plain --sparse 17..28),
 * held out 3001..3016 (and sparse48's 2001..2016).
 *
 * `make DIR --sparse --printer pandoc` (wrap49): the page through pandoc's Word writer (`pandoc -f html -t docx`, a plain
 * borderless Word table, labels wrapping in narrow cells) printed
 * by LibreOffice. Dev seeds 1..8, held out 4001..4008 (these seeds' tables keep 结转下年度's label on one line: the
 * fresh49 k1 wrap itself is not reproduced; measured there).
 *
 * `make DIR --sparse --review-blank` (sparse50): as `--sparse`, but table 四 is all 0 and every one of its cells printed
 * blank — in a borderless print the table is then its header alone, no glyph of its row on the page (`--printer` as
 * above). Scored `--outs pdf,xml`. Dev seeds 1..12, held out 5001..5012 (scored only).
 *
 * `--radicals` (sparse50, with any mode): the `.xml` written with Kangxi radicals for every ideograph that has one ('⾃然⼈',
 * '法⼈或其他组织', '⼀、'), as pdftohtml writes a Chromium print whose font maps them so (fresh49 k1 chromeA5/A4 xml;
 * pdf.js reads the same PDFs unified). `--sparse --page a5 --printer chromium --radicals`: dev 17..24, held out 3001..3008.
 *
 * `make DIR --sparse --active-blank` (pdf51): as `--sparse`, but table 二's small tables are printed all 0 — 1 to all of them
 * (all of table 二 on a quarter of the seeds), the others as `--sparse` draws them — and every zero of tables 二 and 三 printed
 * blank (table 四 at the share the seed draws; the look's 'blank N%' is that share) — so a borderless print
 * shows a small table as its heading, its header ('信息内容 本年制发件数 …') and its row labels with nothing beside them
 * (`--printer` / `--page` as above). `score DIR --outs pdf,xml --table activeDisclosure` scores table 二's fields only
 * (`--table` takes any table key). Dev seeds 1..16, held out 6001..6016 (scored only).
 *
 * `make DIR --large` (layout50): FULL tables (no zero printed blank) on an A5 page at a large font (body and
 * cells 12–16 px), printed by Chromium or LibreOffice (HTML → PDF), borderless 70 %, half the seeds a small
 * office's values (most cells 0, printed as 0); read as its `-layout`
 * dump (`score DIR --outs layout`). At this width every header wraps over several lines and table 三's
 * rows print all seven numbers close together. Files `lg-<seed>.*`. Dev seeds 1..44, held out 5001..5016.
 *
 * `make DIR --tables-blank` (blank52): wholly blank tables — a small agency with no request (table 三 all 0, every cell
 * printed empty: its header and row labels and not one number), table 四 all 0 too on 70 % of the seeds and table 二 on
 * half, every zero printed blank; every fourth seed (seed % 4 === 0) a FULL-table control (realistic values, zeros printed
 * '0') to measure false blanks. Besides the PDF and its dumps (`pdf,layout,plain,xml`) it writes the page itself (`.html`)
 * and what a crawler keeps of it: `lynx -dump` (`.lynx.txt`), `w3m -dump` (`.w3m.txt`), `html2text -utf8` (`.h2t.txt`),
 * and the PDF through pdfminer's `pdf2txt` (`.miner.txt`) and pypdf (`.pypdf.txt`). Score with
 * `--outs pdf,layout,plain,xml,html,lynx,w3m,h2t,miner,pypdf`. Files `tb-<seed>.*`. Dev seeds 1..16, held out 8001..8016
 * (scored only).
 *
 * `make DIR --zero-elsewhere` (blank54, fresh53 density blank3): a small agency's report whose table 三 is wholly 0 and printed
 * with every cell empty ('' or '&nbsp;') while the report prints its other zeros as '0' (table 四 wholly blank too on half
 * the seeds, table 二 on a fifth; whichever table is not blank prints at least one '0'); every fourth seed a FULL control
 * (zeros '0' everywhere, no table blank). 2021 (70 %) / 2019, Word or CMS markup, bordered or borderless. Outputs: the page
 * (`html`, GB18030-encoded on a third of the seeds), the page with table 三 as a `<div>` table (`div`: display:table rows and
 * cells), LibreOffice's .docx of it (`docx`), its Chromium print (`pdf`, A4 / A5 / landscape), that print's `-layout` dump
 * (`layout`), `lynx -dump` of the page (`lynx`), and the page TRUNCATED inside table 三 after one of its rows (`cut`: the
 * rest of the page lost — its table 三 and 四 must come out missing, not blank: the oracle expects null there). Files
 * `ze-<seed>.*`; `score DIR --zero-elsewhere --outs html,div,docx,pdf,layout,lynx,cut`. Dev seeds 1..16, held out 9001..9016.
 *
 * `--layout-prints` (layout51, with any mode): the `-layout` dump also under the flags a crawler's pdftotext runs
 * with — `-nopgbrk` (`.layout-nopgbrk.txt`), `-fixed 3` (`.layout-fixed3.txt`: every character on a 3 pt grid, columns
 * spread or packed differently from the default's rounding) and `-r 150` (`.layout-r150.txt`) — scored as the outputs
 * `nopgbrk`, `fixed3`, `r150` (`score DIR --outs layout,nopgbrk,fixed3,r150`). The fresh50 k1 `pdftotext-layout` kind:
 * `make DIR --sparse --layout-prints --printer chromium` dev 1..10, held out 7001..7012 (scored only); with
 * `--page a5` dev 17..24, held out 7101..7110; with `--review-blank` dev 1..6, held out 7201..7208.
 *
 * `--shift` (layout52, with `--sparse`): the values only in columns other than 自然人 — table 三's 自然人 column added onto
 * one of 商业企业 … 其他 (the seed's) and left 0, table 四's 结果维持 onto one of 结果纠正 / 其他结果 / 尚未审结 in every group, table
 * 二's 本年制发件数 onto 本年废止件数 or 现行有效件数 — a consistent column shift that keeps every identity true, so no sum tells a row read one
 * column off from the print (fresh51 b45–b64). Files `sh-<seed>.*`. Also writes the output `stray` (`.layout-stray.txt`):
 * the `-layout` dump with one to three of table 三's row lines that print a number (and whose next line is another row's
 * label alone) written as their label, then that next label line, then the numbers on a line of their own at their
 * columns — a stray '1 1' line between label lines, as pdftotext prints a mostly-blank table's row whose values sit
 * lower in a tall cell (fresh51 b60: '2.没有现成信息需要另行制作' / '1 1' / '办理结果 提供', the 1 1 being 1.本机关不掌握's).
 * Which row such a line's numbers are is not in the text: the oracle (`score`) counts the row above and the row whose
 * label is above it as undetermined for `stray`. `make D --sparse --shift --layout-prints --printer chromium` (A4 and
 * `--page a5`): dev seeds 1..8, held out 8001..8012 (scored only); `score D --outs layout,stray,nopgbrk,fixed3`.
 *
 * `make DIR --partly` (sparse53): a small agency's borderless report whose tables are PARTLY printed — on 40 % of the seeds
 * table 三 is wholly blank (every cell 0, printed empty) beside a table 四 printing one to four numbers; on the others table
 * 三's rows print one or two numbers (one or two applicant columns live, one to five outcome rows), and on 40 % of those its
 * 总计 column is printed empty in every row (truth: the sums, which only the row identity gives). Every zero printed blank.
 * A4 / A5 / Letter at 10–16 pt, printed by Chromium (60 %), pandoc's Word writer → LibreOffice (`pandoc`, 20 %) or pandoc's
 * HTML writer → LibreOffice Writer/Web (`pandochtml`, 20 %); `--printer` / `--page` force them. Own draws (the seed's
 * `--sparse` draws kept). Files `pp-<seed>.*`; score `--outs pdf,xml` (`.xml` is `pdftohtml -xml -i`). Dev seeds 1..24,
 * held out 9001..9024 (scored only; fixed before any fix was written).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficeDocxPdf, libreofficePdf, pandocDocxPdf, pandocHtmlPdf } from './print-pdf.mjs';
import { COLS, REVIEW_COLS, REVIEW_GROUPS, bandTally, countBands, flatTruth, get, makeValues, requestRows, rng, set } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const NBSP = '\u00a0';
/** `--review-blank` (sparse50): every cell of table 四 0 and printed blank. */
const REVIEW_BLANK = process.argv.includes('--review-blank');
/** `--radicals` (sparse50): the `pdftohtml -xml` dump written with Kangxi radicals for the ideographs that have one. */
const RADICALS = process.argv.includes('--radicals');
/** `--active-blank` (pdf51): table 二's small tables all 0 and printed blank (1 to all of them). */
const ACTIVE_BLANK = process.argv.includes('--active-blank');
/** `--tables-blank` (blank52): table 三 (and often 四, 二) all 0 and printed with every cell empty; every fourth seed full. */
const TABLES_BLANK = process.argv.includes('--tables-blank');
/**
 * `--big-font` (pdfblank52): the page's text at 13–16 px and every value cell 8–10 % of the table's width (own draws, the
 * seed's other draws kept), so table 三's row labels wrap over two or more lines in their cells, the row's numbers centred
 * between the label's lines (Chromium) or on its first (LibreOffice).
 */
const BIG_FONT = process.argv.includes('--big-font');
/** Table 二's small tables (2021 / 2019), by their rows' keys. */
const ACTIVE_SMALL_TABLES = [['regulations', 'normativeDocuments'], ['licensing', 'otherServices'], ['punishment', 'coercion'], ['fees'], ['procurement']];
/** Unified ideograph → its Kangxi radical (U+2F00–U+2FD5, by NFKC): what pdftohtml writes for some Chromium prints' fonts ('⾃然⼈'). */
const RADICAL_OF = new Map(Array.from({ length: 0x2fd6 - 0x2f00 }, (_, i) => String.fromCodePoint(0x2f00 + i)).map((r) => [r.normalize('NFKC'), r]));
const asRadicals = (xml) => xml.replace(/>([^<]*)</g, (_, text) => `>${[...text].map((c) => RADICAL_OF.get(c) ?? c).join('')}<`);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const PAGES = { a4: '', a5: '@page{size:A5}', land: '@page{size:A4 landscape}', letter: '@page{size:letter}' };
/** `--partly` (sparse53): tables partly printed (see the file's header). */
const PARTLY = process.argv.includes('--partly');
/** `--shift` (layout52): values only in columns other than 自然人 (see the file's header). */
const SHIFT = process.argv.includes('--shift');
/** `--lo-docx` (lodocx53, issue 17): LibreOffice prints of .docx reports whose blank cells hold '&nbsp;' (see the file's header). */
const LO_DOCX = process.argv.includes('--lo-docx');
/** `--zero-elsewhere` (blank54): a wholly blank table 三 in a report printing '0' in its other tables (see the file's header). */
const ZERO_ELSEWHERE = process.argv.includes('--zero-elsewhere');
/** `--traps` (blank55, with `--zero-elsewhere`): the dumps drawing no cell, and the cut and pictured traps (see trapFiles). */
const TRAPS = process.argv.includes('--traps');
/** `--elsewhere` (blank56, with `--zero-elsewhere`): the pandoc dump and its traps of numbers printed elsewhere (see elsewhereFiles). */
const ELSEWHERE = process.argv.includes('--elsewhere');

/** `--shift`: each table's first value column added onto another of its value columns (one per seed) and left 0: identities kept. */
function shiftColumns(r, data) {
  const swap = (obj, row, a, b) => {
    set(obj, `${row}.${b}`, get(obj, `${row}.${a}`) + get(obj, `${row}.${b}`));
    set(obj, `${row}.${a}`, 0);
  };
  const to = COLS[1 + Math.floor(r() * 5)];
  const rows = new Set(Object.keys(flatObject(data.requests)).map((k) => k.slice(0, k.lastIndexOf('.'))));
  for (const row of rows) swap(data.requests, row, 'naturalPerson', to);
  const review = REVIEW_COLS[1 + Math.floor(r() * 3)];
  for (const g of REVIEW_GROUPS) swap(data.reviewLitigation, g, 'upheld', review);
  const active = r() < 0.5 ? 1 : 2;
  for (const [k, cols] of Object.entries(activeKeys(data))) if (cols.length === 3) swap(data.activeDisclosure, k, cols[0], cols[active]);
}

/** `{a: {b: 1}}` → `{'a.b': 1}`. */
const flatObject = (o, p = '') => Object.assign({}, ...Object.entries(o).map(([k, v]) => (v && typeof v === 'object' ? flatObject(v, `${p}${k}.`) : { [`${p}${k}`]: v })));

/** A row line's start: its label opens with a row number ('1.', '（二）', '四、'), after any group label text. */
const OWN_ROW = /^\s*(?:\S+\s+)*?(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\S*\s*$/u;

/**
 * `--shift`'s `stray` output: up to `most` of table 三's row lines ending in numbers, whose next non-blank line is a label
 * alone of another row, written as label / next label / numbers at their columns. Returns the text and the lines' labels moved.
 */
export function strayNumbers(text, r, most = 3) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /本年新收/.test(l));
  const end = lines.findIndex((l, i) => i > start && /结转下年度/.test(l));
  const moved = [];
  if (start < 0 || end < 0) return { text, moved };
  const candidates = [];
  for (let i = start + 1; i < end; i++) {
    const m = lines[i].match(/^(.*?\S)(\s{2,}\d[\d\s]*)$/u);
    if (!m || !OWN_ROW.test(m[1])) continue;
    let j = i + 1;
    while (j < end && lines[j].trim() === '') j++;
    if (j >= end || /\d/.test(lines[j]) || !OWN_ROW.test(lines[j])) continue;
    candidates.push({ i, j, label: m[1], nums: m[2] });
  }
  const picked = candidates.filter(() => r() < 0.6).slice(0, most);
  for (const c of picked.reverse()) {
    lines[c.i] = c.label;
    lines.splice(c.j + 1, 0, ' '.repeat(c.label.length) + c.nums);
    moved.push(c.label.trim());
  }
  return { text: lines.join('\n'), moved };
}

/** Table 二's value keys in printed order, per data row key. */
function activeKeys(data) {
  return Object.fromEntries(Object.entries(data.activeDisclosure).map(([k, v]) => [k, Object.keys(v)]));
}

/** The three tables printed with each zero cell blank ('' or '&nbsp;', drawn once) at `share`, and which cells were. */
function blankTables(r, data, version, combined, share, reviewShare = share, forceEmpty = undefined) {
  const drawn = r() < 0.5 ? NBSP : '';
  const emptyAs = forceEmpty ?? drawn;
  const blanks = [];
  const blankOut = (cells, start, where, at = share) => cells.map((c, j) => {
    if (j < start || c !== '0' || r() >= at) return c;
    blanks.push(`${where}:${j}`);
    return emptyAs;
  });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  for (const row of t.activeDisclosure) if (row.kind === 'data') row.cells = blankOut(row.cells, 1, `activeDisclosure.${row.key}`);
  for (const row of t.requests) if (row.kind === 'data') row.cells = blankOut(row.cells, 1, `requests.${row.key}`);
  for (const row of t.reviewLitigation) if (row.kind === 'data') row.cells = blankOut(row.cells, 0, 'reviewLitigation', reviewShare);
  return { t, blanks, emptyAs };
}

/** One report: values, which zero cells print blank, and its page, from the seed. */
export function variant(seed, sparse = false) {
  const r = rng(seed * 31 + 5);
  const version = r() < 0.75 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.15;
  const data = makeValues(seed, { version, combined, scale: pick(r, [8, 30, 30, 300]) });
  if (sparse) return sparseVariant(seed, data, version, combined);
  // Table 二 has few zeros of its own: some cells set to 0 (no identity binds them).
  const keys = activeKeys(data);
  for (const [k, cols] of Object.entries(keys)) for (const c of cols) if (c !== 'amount' && c !== 'change' && r() < 0.25) data.activeDisclosure[k][c] = 0;
  // Half the reports print every zero blank (a CMS's blank-for-zero), half 15–70 % of them.
  const share = r() < 0.5 ? 1 : 0.15 + r() * 0.55;
  const { t, blanks, emptyAs } = blankTables(r, data, version, combined, share);
  const borderless = r() < 0.7;
  const align = pick(r, ['left', 'center', 'right']);
  const headAlign = r() < 0.7 ? 'center' : align;
  const page = pick(r, ['a4', 'a4', 'a5', 'land']);
  const printer = r() < 0.7 ? 'chromium' : 'libreoffice';
  const style = r() < 0.3 ? 'word' : 'cms';
  const css = [
    `td.n,td.n p{text-align:${align} !important}`,
    `td:not(.n),td:not(.n) p{text-align:${headAlign} !important}`,
    PAGES[page],
    printer === 'libreoffice' ? 'body{font-size:9pt}' : '',
  ].join('\n');
  const agency = `测试市第${seed}局`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: r() < 0.5 }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  const look = `${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${align}/${headAlign} ${page} ${printer} blank ${Math.round(share * 100)}% (${blanks.length} cells${emptyAs ? ', nbsp' : ''})`;
  return { data, html, printer, look, blanks, version, combined };
}

/** A small agency's values: most cells 0 (whole rows, columns, table 四 often), identities kept. */
function sparseValues(r, data, combined) {
  const rows = requestRows(combined).map((x) => x[2]);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const live = COLS.slice(0, 6).filter((_, i) => i === 0 || r() < 0.4);
  const density = 0.03 + r() * 0.3;
  for (const col of COLS.slice(0, 6)) {
    let handled = 0;
    for (const k of outcomes) {
      const v = live.includes(col) && r() < density ? 1 + Math.floor(r() * 5) : 0;
      set(data.requests, `${k}.${col}`, v);
      handled += v;
    }
    const forward = live.includes(col) && r() < 0.3 ? 1 + Math.floor(r() * 2) : 0;
    const over = Math.min(handled + forward, live.includes(col) && r() < 0.3 ? 1 + Math.floor(r() * 2) : 0);
    set(data.requests, `totalHandled.${col}`, handled);
    set(data.requests, `carriedForward.${col}`, forward);
    set(data.requests, `carriedOver.${col}`, over);
    set(data.requests, `newReceived.${col}`, handled + forward - over);
  }
  for (const k of rows) set(data.requests, `${k}.total`, COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0));
  const reviewBlank = r() < 0.4 || REVIEW_BLANK;
  for (const g of REVIEW_GROUPS) {
    const parts = REVIEW_COLS.slice(0, 4).map(() => (!reviewBlank && r() < 0.2 ? 1 + Math.floor(r() * 3) : 0));
    parts.forEach((v, i) => set(data.reviewLitigation, `${g}.${REVIEW_COLS[i]}`, v));
    set(data.reviewLitigation, `${g}.total`, parts.reduce((a, b) => a + b, 0));
  }
  for (const [k, cols] of Object.entries(activeKeys(data))) {
    const dead = r() < 0.5;
    for (const c of cols) if (c !== 'amount' && (dead || r() < 0.6)) data.activeDisclosure[k][c] = c === 'change' || dead || r() < 0.7 ? 0 : 1 + Math.floor(r() * 9);
  }
  if (ACTIVE_BLANK) activeBlank(rng(Math.floor(r() * 1e9)), data);
  if (TABLES_BLANK) tablesBlank(rng(Math.floor(r() * 1e9)), data);
}

/** `--tables-blank`: table 三 wholly 0, table 四 on 70 % of the seeds, table 二 on half (own generator: `--sparse`'s draws stay). */
function tablesBlank(r, data) {
  const zero = (o) => { for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') zero(v); else if (typeof v === 'number') o[k] = 0; };
  zero(data.requests);
  if (r() < 0.7) zero(data.reviewLitigation);
  if (r() < 0.5) for (const row of Object.values(data.activeDisclosure)) for (const c of Object.keys(row)) if (c !== 'amount' || r() < 0.5) row[c] = 0;
}

/**
 * `--partly`: table 三 either wholly 0 beside a table 四 printing one to four numbers (`blank3`), or rows printing one or two
 * numbers (`thin`: one or two applicant columns live, one to five outcome rows), identities kept; `blankTotal` (40 % of `thin`)
 * prints table 三's 总计 column empty. Own generator: `--sparse`'s draws stay.
 */
function partlyValues(r, data, combined) {
  const rows = requestRows(combined).map((x) => x[2]);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  for (const k of rows) for (const c of COLS) set(data.requests, `${k}.${c}`, 0);
  const shape = r() < 0.4 ? 'blank3' : 'thin';
  if (shape === 'blank3') {
    for (const g of REVIEW_GROUPS) for (const c of REVIEW_COLS) set(data.reviewLitigation, `${g}.${c}`, 0);
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const g = pick(r, REVIEW_GROUPS);
      const c = REVIEW_COLS[Math.floor(r() * 4)];
      set(data.reviewLitigation, `${g}.${c}`, get(data.reviewLitigation, `${g}.${c}`) + 1 + Math.floor(r() * 2));
    }
    for (const g of REVIEW_GROUPS) set(data.reviewLitigation, `${g}.total`, REVIEW_COLS.slice(0, 4).reduce((s, c) => s + get(data.reviewLitigation, `${g}.${c}`), 0));
    return { shape, blankTotal: false };
  }
  const live = r() < 0.6 ? [COLS[0]] : [COLS[0], COLS[1 + Math.floor(r() * 5)]];
  const handled = Object.fromEntries(live.map((c) => [c, 0]));
  const hit = outcomes.filter(() => r() < 0.12).slice(0, 5);
  if (hit.length === 0) hit.push(pick(r, outcomes));
  for (const k of hit) for (const c of live) {
    if (c !== live[0] && r() < 0.5) continue;
    const v = 1 + Math.floor(r() * 5);
    set(data.requests, `${k}.${c}`, v);
    handled[c] += v;
  }
  for (const c of live) {
    const forward = r() < 0.3 ? 1 : 0;
    const over = handled[c] + forward > 0 && r() < 0.3 ? 1 : 0;
    set(data.requests, `totalHandled.${c}`, handled[c]);
    set(data.requests, `carriedForward.${c}`, forward);
    set(data.requests, `carriedOver.${c}`, over);
    set(data.requests, `newReceived.${c}`, handled[c] + forward - over);
  }
  for (const k of rows) set(data.requests, `${k}.total`, COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0));
  return { shape, blankTotal: r() < 0.4 };
}

/** `--active-blank`: 1 to all of table 二's small tables set to 0 (all of them on a quarter of the seeds); own generator, so `--sparse`'s draws stay. */
function activeBlank(r, data) {
  const present = ACTIVE_SMALL_TABLES.map((keys) => keys.filter((k) => k in data.activeDisclosure)).filter((keys) => keys.length > 0);
  const all = r() < 0.25;
  const dead = new Set(all ? present.map((_, i) => i) : [Math.floor(r() * present.length)]);
  present.forEach((_, i) => { if (r() < 0.35) dead.add(i); });
  for (const i of dead) for (const k of present[i]) for (const c of Object.keys(data.activeDisclosure[k])) data.activeDisclosure[k][c] = 0;
}

/** The `--sparse` report (see the file's header): values, blanks, page and printer from the seed. */
function sparseVariant(seed, data, version, combined) {
  const r = rng(seed * 53 + 11);
  sparseValues(r, data, combined);
  if (SHIFT) shiftColumns(rng(seed * 97 + 13), data);
  const rp = rng(seed * 113 + 17);
  const partly = PARTLY ? partlyValues(rp, data, combined) : null;
  const share = r() < 0.7 ? 1 : 0.8 + r() * 0.2;
  const { t, blanks, emptyAs } = blankTables(r, data, version, combined, ACTIVE_BLANK || TABLES_BLANK || PARTLY ? 1 : share, REVIEW_BLANK || TABLES_BLANK || PARTLY ? 1 : share);
  if (partly?.blankTotal) {
    for (const row of t.requests) {
      if (row.kind !== 'data' || row.cells[7] === emptyAs) continue;
      row.cells[7] = emptyAs;
      blanks.push(`requests.${row.key}:7`);
    }
  }
  const borderless = r() < 0.85 || PARTLY;
  const align = pick(r, ['left', 'center', 'center', 'right']);
  const headAlign = r() < 0.7 ? 'center' : align;
  // `--page` / `--printer` (sparseb48) override the drawn ones; the seed's other draws stay as they are.
  const drawnPage = pick(r, ['a4', 'a4', 'a5']);
  const drawnPrinter = pick(r, ['chromium', 'chromium', 'libreoffice', 'docx']);
  const page = stringArg('page', PARTLY ? pick(rp, ['a4', 'a5', 'letter']) : drawnPage);
  const printer = stringArg('printer', PARTLY ? pick(rp, ['chromium', 'chromium', 'chromium', 'pandoc', 'pandochtml']) : drawnPrinter);
  const partlyPt = PARTLY ? 10 + Math.floor(rp() * 7) : 0;
  const style = r() < 0.3 ? 'word' : 'cms';
  const rb = rng(seed * 97 + 7);
  const bigPx = BIG_FONT ? 13 + Math.floor(rb() * 4) : 0;
  const cellPct = 8 + Math.floor(rb() * 3);
  const css = [
    `td.n,td.n p{text-align:${align} !important}`,
    `td:not(.n),td:not(.n) p{text-align:${headAlign} !important}`,
    PAGES[page],
    printer !== 'chromium' ? 'body{font-size:9pt}' : '',
    bigPx ? `body,td,th,td p,td span{font-size:${bigPx}px !important} td.n{width:${cellPct}%}` : '',
    partlyPt ? `body,td,th,td p,td span{font-size:${partlyPt}pt !important}` : '',
  ].join('\n');
  const agency = `测试县第${seed}所`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: r() < 0.5 }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  const rotate = r() < 0.5 && !PARTLY;
  const cells = t.requests.filter((x) => x.kind === 'data').flatMap((x) => x.cells.slice(1));
  const blank3 = Math.round((100 * cells.filter((c) => c === '' || c === NBSP).length) / cells.length);
  const look = `sparse${ACTIVE_BLANK ? ' active-blank' : ''}${SHIFT ? ' shift' : ''}${partly ? ` partly ${partly.shape}${partly.blankTotal ? ' 总计-blank' : ''} ${partlyPt}pt` : ''} ${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${align}/${headAlign} ${page}${bigPx ? ` ${bigPx}px cells ${cellPct}%` : ''} ${printer}${rotate ? ' +rot' : ''} blank ${Math.round(share * 100)}% (三 ${blank3}% blank, ${blanks.length} cells${emptyAs ? ', nbsp' : ''})`;
  return { data, html, printer, look, blanks, version, combined, rotate };
}

/**
 * `--lo-docx`: 1–3 of table 三's outcome rows (and on half the seeds 本年新收 through them) printing all six applicant
 * columns, the column identities kept (a few full rows among blank ones).
 */
function fullRows(r, data, combined) {
  const rows = requestRows(combined).map((x) => x[2]);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const k = pick(r, outcomes);
    for (const col of COLS.slice(0, 6)) {
      const add = 1 + Math.floor(r() * 4);
      set(data.requests, `${k}.${col}`, get(data.requests, `${k}.${col}`) + add);
      set(data.requests, `totalHandled.${col}`, get(data.requests, `totalHandled.${col}`) + add);
      set(data.requests, `newReceived.${col}`, get(data.requests, `newReceived.${col}`) + add);
    }
  }
  for (const k of rows) set(data.requests, `${k}.total`, COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0));
}

/** Printed width of table 三 as a share of the text column (`--lo-docx`): 1 fits, more runs its last columns off the page. */
const WIDE_SHARES = [1, 1, 1.2, 1.3, 1.45];

/** The `--lo-docx` report (see the file's header): a sparse report, '&nbsp;' blank cells, a .docx printed by LibreOffice. */
function loDocxVariant(seed) {
  const r = rng(seed * 61 + 17);
  const version = r() < 0.7 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.15;
  const data = makeValues(seed, { version, combined, scale: 8 });
  sparseValues(r, data, combined);
  const full = r() < 0.5;
  if (full) fullRows(r, data, combined);
  const { t, blanks } = blankTables(r, data, version, combined, 1, 1, NBSP);
  const borderless = r() < 0.6;
  const align = pick(r, ['left', 'center', 'center', 'right']);
  const page = stringArg('page', pick(r, ['a4', 'a4', 'land']));
  const printer = stringArg('printer', pick(r, ['docx', 'docx', 'pandoc']));
  const style = r() < 0.5 ? 'word' : 'cms';
  const wide = pick(r, WIDE_SHARES);
  // The text column in CSS px (A4 portrait / landscape less LibreOffice's 2 cm margins: 170 mm / 257 mm at 96 px/in).
  const column = page === 'land' ? 971 : 643;
  const css = [
    `td.n,td.n p{text-align:${align} !important}`,
    PAGES[page],
    'body{font-size:9pt}',
  ].join('\n');
  const agency = `测试镇第${seed}站`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: true }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  // Borderless: no border in the markup at all (LibreOffice's Word round trip keeps `border="1"` whatever the CSS says).
  if (borderless) html = html.replace(/ border="1"/g, ' border="0"').replace(/border:1px solid #000/g, 'border:none');
  // Table 三 (the page's second table) at the drawn width: a fixed width in px, as Word writes one ('width=860').
  let n = 0;
  if (wide > 1) html = html.replace(/<table border="[01]" cellspacing="0" width="100%"/g, (m) => (++n === 2 ? m.replace('100%', String(Math.round(column * wide))) : m));
  const cells = t.requests.filter((x) => x.kind === 'data').flatMap((x) => x.cells.slice(1));
  const blank3 = Math.round((100 * cells.filter((c) => c === NBSP).length) / cells.length);
  const look = `lo-docx ${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${align} ${page} wide ${wide} ${printer}${full ? ' full-rows' : ''} (三 ${blank3}% blank, ${blanks.length} cells)`;
  return { data, html, printer, look, blanks, version, combined, wide };
}

/** The `--large` report (see the file's header): full tables, A5, a 12–16 px font, Chromium or LibreOffice. */
function largeVariant(seed) {
  const r = rng(seed * 71 + 3);
  const version = r() < 0.75 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.15;
  const data = makeValues(seed, { version, combined, scale: pick(r, [8, 30, 300, 3000]) });
  const small = r() < 0.5;
  if (small) sparseValues(r, data, combined);
  const { t, blanks } = blankTables(r, data, version, combined, 0);
  const borderless = r() < 0.7;
  const align = pick(r, ['left', 'center', 'right']);
  const headAlign = r() < 0.7 ? 'center' : align;
  const printer = r() < 0.5 ? 'chromium' : 'libreoffice';
  const style = r() < 0.3 ? 'word' : 'cms';
  const px = 12 + Math.floor(r() * 5);
  const css = [
    `td.n,td.n p{text-align:${align} !important}`,
    `td:not(.n),td:not(.n) p{text-align:${headAlign} !important}`,
    PAGES.a5,
    `body,td,th,td p,td span{font-size:${px}px !important}`,
  ].join('\n');
  const agency = `测试区第${seed}办`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: r() < 0.5 }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  const look = `large ${small ? 'small-office ' : ''}${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${align}/${headAlign} a5 ${px}px ${printer}`;
  return { data, html, printer, look, blanks, version, combined };
}

/** Printed row key → its fields' keys in printed order (for the plain-text oracle). */
function rowFields(v) {
  const rows = [];
  const keys = activeKeys(v.data);
  for (const [k, cols] of Object.entries(keys)) rows.push({ where: `activeDisclosure.${k}`, fields: cols.map((c) => `activeDisclosure.${k}.${c}`), start: 1 });
  for (const row of requestTable(v.data, v.combined)) if (row.kind === 'data') rows.push({ where: `requests.${row.key}`, fields: COLS.map((c) => `requests.${row.key}.${c}`), start: 1 });
  rows.push({ where: 'reviewLitigation', fields: REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `reviewLitigation.${g}.${c}`)), start: 0 });
  return rows;
}

/** Fields the output determines: all, but in plain text only rows with no blank or all blank. */
function determined(v, out) {
  const all = new Set(flatTruth(v.data).map(([k]) => k));
  if (out === 'stray') {
    // A numbers line moved below the next row's label: its row and that next row are not told apart by the text.
    const rows = requestTable(v.data, v.combined).filter((x) => x.kind === 'data');
    const norm = (s) => s.replace(/[\s（）()、.．]/gu, '');
    for (const label of v.stray ?? []) {
      const at = rows.findIndex((x) => norm(label).endsWith(norm(x.cells[0]).slice(0, 6)) || norm(label).includes(norm(x.cells[0])));
      for (const x of at < 0 ? rows : rows.slice(at, at + 2)) for (const c of COLS) all.delete(`requests.${x.key}.${c}`);
    }
    return all;
  }
  // (`--partly`: a column cut off the page is not printed; 总计 alone cut is still the row's sum.)
  if (out === 'pdf' && v.clipped?.includes('otherOrg')) for (const k of [...all]) if (/^requests\..*\.(otherOrg|total)$/.test(k)) all.delete(k);
  // `--lo-docx`: table 三's columns run off the page print nothing; 总计 alone is the row's sum of the six shown.
  if (v.visible > 0 && v.visible < 6 && out !== 'html') for (const k of all) if (k.startsWith('requests.') && COLS.slice(v.visible).some((c) => k.endsWith(`.${c}`))) all.delete(k);
  if (out !== 'plain' && out !== 'miner' && out !== 'pypdf') return all;
  const blankSet = new Set(v.blanks);
  for (const row of rowFields(v)) {
    const n = row.fields.filter((_, i) => blankSet.has(`${row.where}:${i + row.start}`)).length;
    if (n > 0 && n < row.fields.length) for (const f of row.fields) all.delete(f);
  }
  return all;
}

const LARGE = process.argv.includes('--large');
/** `--layout-prints` (layout51): the `-layout` dump under pdftotext's other flags too (see the file's header). */
const LAYOUT_PRINTS = process.argv.includes('--layout-prints');
const LAYOUT_FLAGS = { nopgbrk: ['-nopgbrk'], fixed3: ['-fixed', '3'], r150: ['-r', '150'] };
const PREFIX = ZERO_ELSEWHERE ? 'ze' : LO_DOCX ? 'ld' : LARGE ? 'lg' : PARTLY ? 'pp' : SHIFT ? 'sh' : ACTIVE_BLANK ? 'ab' : TABLES_BLANK ? 'tb' : 'bb';

function make(dir) {
  const sparse = process.argv.includes('--sparse') || PARTLY;
  const [from, to] = seedRange(sparse || TABLES_BLANK || LO_DOCX || ZERO_ELSEWHERE ? '1..16' : LARGE ? '1..12' : '1..24');
  mkdirSync(dir, { recursive: true });
  for (let seed = from; seed <= to; seed++) {
    const base = join(dir, `${PREFIX}-${seed}`);
    if (ZERO_ELSEWHERE) {
      const v = zeroElsewhereVariant(seed);
      zeroElsewhereFiles(v, base);
      writeFileSync(`${base}.json`, JSON.stringify({ seed, look: `${v.look}; ${looseBlock(v.html, seed).look}`, data: v.data, blanks: v.blanks, combined: v.combined, blankTables: v.blankTables, cutAfter: v.cutAfter, version: v.version }));
      console.log(`${PREFIX}-${seed}: ${v.look}`);
      continue;
    }
    // (`--tables-blank`: every fourth seed a full-table control, the others sparse with wholly blank tables.)
    const v = LO_DOCX ? loDocxVariant(seed) : LARGE ? largeVariant(seed) : TABLES_BLANK && seed % 4 === 0 ? fullControl(seed) : variant(seed, sparse || TABLES_BLANK);
    if (!existsSync(`${base}.pdf`)) {
      try {
        ({ chromium: chromiumPdf, libreoffice: libreofficePdf, docx: libreofficeDocxPdf, pandoc: pandocDocxPdf, pandochtml: pandocHtmlPdf })[v.printer](v.html, `${base}.pdf`);
      } catch (e) {
        console.log(`${PREFIX}-${seed}: not printed (${e.code ?? e.message})`);
        continue;
      }
    }
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.pdf`, `${base}.layout.txt`]);
    if (LAYOUT_PRINTS) for (const [out, flags] of Object.entries(LAYOUT_FLAGS)) execFileSync('pdftotext', ['-layout', ...flags, '-enc', 'UTF-8', `${base}.pdf`, `${base}${EXT[out]}`]);
    let stray = [];
    if (SHIFT) {
      const s = strayNumbers(readFileSync(`${base}.layout.txt`, 'utf8'), rng(seed * 89 + 7));
      writeFileSync(`${base}.layout-stray.txt`, s.text);
      stray = s.moved;
    }
    execFileSync('pdftotext', ['-enc', 'UTF-8', `${base}.pdf`, `${base}.plain.txt`]);
    execFileSync('pdftohtml', ['-xml', '-i', '-q', '-enc', 'UTF-8', `${base}.pdf`, `${base}.xmlout`]);
    execFileSync('mv', [`${base}.xmlout.xml`, `${base}.xml`]);
    if (RADICALS) writeFileSync(`${base}.xml`, asRadicals(readFileSync(`${base}.xml`, 'utf8')));
    if (TABLES_BLANK) textDumps(v, base);
    else if (PARTLY) writeFileSync(`${base}.html`, v.html);
    if (LO_DOCX) writeFileSync(`${base}.html`, v.html);
    if (v.rotate) {
      execFileSync('qpdf', ['--rotate=90', `${base}.pdf`, `${base}.rot.pdf`]);
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.rot.pdf`, `${base}.rot.layout.txt`]);
    }
    const clipped = PARTLY && v.printer !== 'chromium' ? clippedColumns(readFileSync(`${base}.xml`, 'utf8')) : [];
    writeFileSync(`${base}.json`, JSON.stringify({ seed, look: `${v.look}${clipped.length ? ` clipped ${clipped.join(',')}` : ''}`, data: v.data, blanks: v.blanks, combined: v.combined, ...(SHIFT ? { stray } : {}), ...(PARTLY ? { clipped } : {}), ...(LO_DOCX ? { visible: visibleColumns(`${base}.pdf`) } : {}) }));
    console.log(`${PREFIX}-${seed}: ${v.look}`);
  }
}

/**
 * `--partly`: table 三's columns the print cut off the page's right edge (LibreOffice prints pandoc's page with its table wider
 * than the page: '其' of 其他 shown in part, 总计 gone), from the `pdftohtml -xml` dump: the leaf word not printed whole inside
 * the body's right edge between table 三's heading and table 四's. 'otherOrg' cut leaves it and 总计 undetermined in the PDF
 * (the oracle, `determined`; the `.xml` keeps the clipped glyphs).
 */
function clippedColumns(xml) {
  const inside = [];
  let on = false;
  const texts = [...xml.matchAll(/<text [^>]*left="(-?\d+)"[^>]*width="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({ right: Number(m[1]) + Number(m[2]), text: m[3].replace(/<[^>]+>/g, '').trim() }));
  // The body's right edge: prose lines wrap there (LibreOffice clips a table wider than the page at it; pdftohtml keeps the glyphs).
  const edge = Math.max(...texts.filter((t) => t.text.length >= 15).map((t) => t.right));
  for (const t of texts) {
    if (/收到和处理政府信息公开申请/.test(t.text)) on = true;
    else if (/本年新收|行政复议、行政诉讼/.test(t.text)) on = false; // (the header only: '3.其他' is a row's label)
    else if (on && t.right <= edge + 3) inside.push(t.text);
  }
  return [['otherOrg', /(?:^|\s)其他(?:\s|$)/], ['total', /(?:^|\s)总计(?:\s|$)/]].filter(([, re]) => !inside.some((t) => re.test(t))).map(([c]) => c);
}

/**
 * `--lo-docx`: how many of table 三's seven value columns the page shows — the most frequent count of cells (numbers and
 * drawn blank cells) on its rows, from `drawn-blank-cells.py` (a column run off the page draws nothing).
 */
function visibleColumns(pdf) {
  const out = execFileSync('python3', [join(import.meta.dirname, 'drawn-blank-cells.py'), pdf], { encoding: 'utf8' });
  const counts = [...(out.match(/cells\/row \{([^}]*)\}/)?.[1] ?? '').matchAll(/(\d+): (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Sets every number under `o` to 0. */
const zeroAll = (o) => { for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') zeroAll(v); else if (typeof v === 'number') o[k] = 0; };
/** True when some number under `o` is 0. */
const holdsZero = (o) => Object.values(o).some((v) => (v && typeof v === 'object' ? holdsZero(v) : v === 0));

/** The `--zero-elsewhere` report (see the file's header): which tables print blank, the page, its encoding and printing. */
function zeroElsewhereVariant(seed) {
  const r = rng(seed * 67 + 29);
  const version = r() < 0.7 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.15;
  const data = makeValues(seed, { version, combined, scale: pick(r, [8, 30, 300]) });
  const control = seed % 4 === 0;
  const blank = new Set();
  if (!control) {
    sparseValues(r, data, combined);
    zeroAll(data.requests);
    blank.add('requests');
    if (r() < 0.5) blank.add('reviewLitigation');
    if (r() < 0.2) blank.add('activeDisclosure');
    if (blank.has('reviewLitigation') && blank.has('activeDisclosure')) blank.delete('activeDisclosure');
    for (const t of blank) zeroAll(data[t]);
  }
  // A '0' printed elsewhere: table 二's first row's second column set to 0 where no table printed holds one.
  const printed = ['activeDisclosure', 'reviewLitigation'].filter((t) => !blank.has(t));
  if (!printed.some((t) => holdsZero(data[t]))) {
    const [row] = Object.keys(data.activeDisclosure);
    const col = Object.keys(data.activeDisclosure[row]).find((c) => c !== 'amount');
    data.activeDisclosure[row][col] = 0;
  }
  const { t } = blankTables(r, data, version, combined, 0, 0);
  const emptyAs = r() < 0.5 ? NBSP : '';
  const blanks = [];
  for (const table of blank) {
    const start = table === 'reviewLitigation' ? 0 : 1;
    for (const row of t[table]) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j < start ? c : (blanks.push(`${table}.${row.key}:${j}`), emptyAs)));
  }
  const borderless = r() < 0.5;
  const style = r() < 0.5 ? 'word' : 'cms';
  const page = pick(r, ['a4', 'a4', 'a5', 'land']);
  const gbk = r() < 0.33;
  const agency = `测试乡第${seed}站`;
  const year = version === '2019' ? 2020 : 2024;
  const css = [PAGES[page], borderless ? 'table,td,th{border:none !important}' : ''].join('\n');
  const html = renderHtml({ title: `${agency}${year}年政府信息公开工作年度报告`, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: r() < 0.5 }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  // The page cut inside table 三 after one of its data rows (a truncated download): nothing after it.
  const rows = t.requests.filter((x) => x.kind === 'data');
  const cutAfter = rows[2 + Math.floor(r() * (rows.length - 5))].cells[0];
  const look = `zero-elsewhere ${control ? 'control full' : `blank ${[...blank].map((x) => ({ activeDisclosure: '二', requests: '三', reviewLitigation: '四' })[x]).join('')}`} ${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${page}${gbk ? ' gbk' : ''}${emptyAs ? ' nbsp' : ''} cut after ${cutAfter}`;
  return { seed, data, html, printer: 'chromium', look, blanks, version, combined, gbk, cutAfter, blankTables: [...blank] };
}

/** `--zero-elsewhere`: table 三 (the table holding 申请人情况) as a `<div>` table — display:table rows and cells, no spans. */
function divRequestTable(html) {
  return html.replace(/<table[^>]*>(?:(?!<\/table>)[\s\S])*?申请人情况[\s\S]*?<\/table>/, (t) => t
    .replace(/^<table[^>]*>/, '<div style="display:table;border-collapse:collapse">').replace(/<\/table>$/, '</div>')
    .replace(/<tr[^>]*>/g, '<div style="display:table-row">').replace(/<\/tr>/g, '</div>')
    .replace(/<td[^>]*>/g, '<div style="display:table-cell;border:1px solid #000;padding:2px">').replace(/<\/td>/g, '</div>'));
}

/** `--zero-elsewhere`: the page cut right after table 三's row labelled `label` (a truncated download: the rest lost). */
function cutPage(html, label) {
  const at = html.indexOf('</tr>', html.indexOf(`>${label}<`));
  return at < 0 ? null : html.slice(0, at + '</tr>'.length);
}

/**
 * `--zero-elsewhere` `loose` (wrong55): numbers printed OUTSIDE the tables' cells — a stray block of its own (`<p>`, `<div>`, a
 * centred `<p>`, numbers parted by `<br>`, or a sentence of prose with numbers) placed right after table 三's `</table>`,
 * between table 三's heading and its table, right after table 四's table or right after table 二's last small table; its
 * numbers 1, 2, 3, 7 or 15 counts (0–9, or all 0), drawn by an rng of its own (the seed's other draws kept). The truth is the
 * page's tables: a number of the block read into a table is wrong, a wholly blank table read missing is no wrong.
 */
export function looseBlock(html, seed) {
  const r = rng(seed * 131 + 17);
  const k = pick(r, [1, 2, 3, 7, 7, 15]);
  const zeros = r() < 0.25;
  const nums = Array.from({ length: k }, () => (zeros ? 0 : Math.floor(r() * 10)));
  const kind = pick(r, ['p', 'div', 'center', 'br', 'prose']);
  const text = nums.join(pick(r, [' ', '  ', '\u3000', '\t']));
  const block = {
    p: `<p>${text}</p>`,
    div: `<div>${text}</div>`,
    center: `<p style="text-align:center">${text}</p>`,
    br: `<p>${nums.join('<br>')}</p>`,
    prose: `<p>本年度共收到政府信息公开申请${nums[0]}件，其中${nums.slice(1).map((n, i) => `第${i + 1}类${n}件`).join('，') || `办结${nums[0]}件`}。</p>`,
  }[kind];
  const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => ({ at: m.index, end: m.index + m[0].length, text: m[0] }));
  const request = tables.find((t) => t.text.includes('申请人情况'));
  const review = tables.find((t) => t.text.includes('未经复议'));
  const activeLast = tables.filter((t) => request && t.end <= request.at && !t.text.includes('未经复议')).at(-1);
  const where = pick(r, ['after三', 'after三', 'before三', 'after四', 'after二', 'inside三']);
  if (where === 'inside三' && request) {
    // Table 三 split in two tables after one of its rows (a Word page break), the block between them.
    const rows = [...request.text.matchAll(/<\/tr>/g)];
    const cut = rows[Math.floor(rows.length * (0.4 + 0.4 * r()))];
    const open = request.text.match(/^<table[^>]*>/)[0];
    const at = request.at + cut.index + cut[0].length;
    return { html: `${html.slice(0, at)}</table>${block}${open}${html.slice(at)}`, look: `loose ${kind} ${where} [${nums.join(' ')}]` };
  }
  const at = { after三: request?.end, before三: request?.at, after四: review?.end, after二: activeLast?.end }[where];
  if (at === undefined) return { html, look: 'loose none' };
  return { html: html.slice(0, at) + block + html.slice(at), look: `loose ${kind} ${where} [${nums.join(' ')}]` };
}

/** `--zero-elsewhere`: the page, its div-table and truncated copies, .docx, Chromium print and dumps (see the file's header). */
function zeroElsewhereFiles(v, base) {
  const write = (file, html) => writeFileSync(file, v.gbk ? gb18030(html.replace('charset=utf-8', 'charset=gbk')) : html);
  write(`${base}.html`, v.html);
  write(`${base}.div.html`, divRequestTable(v.html));
  const loose = looseBlock(v.html, v.seed);
  write(`${base}.loose.html`, loose.html);
  write(`${base}.loose.div.html`, divRequestTable(loose.html));
  // (`--elsewhere`: the page's pandoc dump and its traps, blank56 — see elsewhereFiles.)
  if (ELSEWHERE) elsewhereFiles(v, base);
  // (`--pages-only`: the pages alone, no print or dump — the `loose` outputs are pages.)
  if (process.argv.includes('--pages-only')) return;
  const cut = cutPage(v.html, v.cutAfter);
  if (cut) write(`${base}.cut.html`, cut);
  const tries = [
    () => { if (!existsSync(`${base}.docx`)) libreofficePdf(v.html, `${base}.docx`, { to: 'docx' }); },
    () => { if (!existsSync(`${base}.pdf`)) chromiumPdf(v.html, `${base}.pdf`); execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.pdf`, `${base}.layout.txt`]); },
    () => writeFileSync(`${base}.lynx.txt`, execFileSync('lynx', ['-dump', '-nolist', '-width=200', '-assume_charset=utf-8', '-display_charset=utf-8', '-stdin'], { input: v.html, encoding: 'utf8', maxBuffer: 1 << 26 })),
  ];
  if (TRAPS) tries.push(...trapFiles(v, base));
  for (const f of tries) {
    try {
      f();
    } catch (e) {
      console.log(`${base}: ${e.code ?? e.message}`);
    }
  }
}

/**
 * `--zero-elsewhere --traps` (blank55): the print's dumps that draw no cell — where a wholly blank table 三 shows as its
 * labels alone, and a full table's cells go elsewhere (the control seeds: column-major runs after the labels, past table
 * 四's heading or on the next page) — and two traps whose table 三 must not read blank: `cutplain`, the plain dump cut
 * right after table 三's last label (its cells, written after the labels, lost), and `picture` (control seeds), the page
 * with table 三's numbers as pictures (PNG `<img>` per cell) printed by Chromium, and its `-layout` dump (`picturelayout`).
 */
function trapFiles(v, base) {
  const pdf = `${base}.pdf`;
  const run = (cmd, args, out, input) => () => writeFileSync(out, execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...(input ? { input } : {}) }));
  const tries = [
    run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], `${base}.plain.txt`),
    run('pdftotext', ['-layout', '-fixed', '3', '-enc', 'UTF-8', pdf, '-'], `${base}.layout-fixed3.txt`),
    run('pdf2txt', [pdf], `${base}.miner.txt`),
    run('/usr/bin/python3', ['-c', 'import sys, pypdf; print(chr(10).join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))', pdf], `${base}.pypdf.txt`),
    run('mutool', ['draw', '-F', 'txt', '-o', '-', pdf], `${base}.mutool.txt`),
    run('pdftohtml', ['-s', '-i', '-noframes', '-stdout', '-enc', 'UTF-8', pdf], `${base}.pdfhtml.html`),
    () => { execFileSync('pdftohtml', ['-xml', '-i', '-q', '-enc', 'UTF-8', pdf, `${base}.xmlout`]); execFileSync('mv', [`${base}.xmlout.xml`, `${base}.xml`]); },
    run('pandoc', ['-f', 'html', '-t', 'plain', '--columns=200'], `${base}.pandoc.txt`, v.html),
    run('html2text', ['-utf8'], `${base}.h2t.txt`, v.html),
    run('w3m', ['-dump', '-cols', '200', '-O', 'UTF-8', '-T', 'text/html'], `${base}.w3m.txt`, v.html),
    () => writeFileSync(`${base}.cutplain.txt`, cutAfterLastLabel(readFileSync(`${base}.plain.txt`, 'utf8'))),
  ];
  if (v.blankTables.length === 0) {
    tries.push(() => {
      if (!existsSync(`${base}.picture.pdf`)) chromiumPdf(picturedRequestCells(v.html), `${base}.picture.pdf`);
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.picture.pdf`, `${base}.picturelayout.txt`]);
    });
  }
  return tries;
}

/**
 * `--zero-elsewhere --elsewhere` (blank56, break55's traps): the page's pandoc dump (`pandoc`: a blank table 三 / 四 shows as its
 * labels / header alone) and that dump with the table's numbers printed elsewhere in the report, where a human reads the table
 * not blank: `tprose` a sentence of 总体情况 stating table 三's counts ('本年度共收到政府信息公开申请12件，…'), `tappendix` its rows
 * again with their labels after section 六 (an appendix table), `texact` fifteen loose numbers after table 四's own row led by a
 * label (thirty, not table 四's fifteen); on seeds printing table 四: `t4prose` its number row dropped and a sentence stating its
 * reviews, `t4moved` its number row moved under section 五's heading (truth its numbers). Table 三 traps on blank seeds, table 四
 * traps on seeds whose table 四 is printed: the table trapped is not printed in its region (truth null, `t4moved` aside: a blank
 * reading of it is the trap, `blankOn`).
 * And `tzero` (blank seeds): a sentence stating 0 requests ('共收到政府信息公开申请0件') — still printed blank (truth the data).
 */
function elsewhereFiles(v, base) {
  const pandoc = execFileSync('pandoc', ['-f', 'html', '-t', 'plain', '--columns=200'], { input: v.html, encoding: 'utf8', maxBuffer: 1 << 26 });
  writeFileSync(`${base}.pandoc.txt`, pandoc);
  const r = rng(v.seed * 173 + 41);
  const n = () => 1 + Math.floor(r() * 30);
  const intro = (text, sentence) => text.replace(/(一、总体情况[^\n]*\n)/, `$1\n${sentence}\n`);
  const blank3 = v.blankTables.includes('requests');
  if (blank3) {
    writeFileSync(`${base}.tprose.txt`, intro(pandoc, `本年度共收到政府信息公开申请${n()}件，上年结转${n()}件，予以公开${n()}件，结转下年度继续办理${n()}件。`));
    writeFileSync(`${base}.tzero.txt`, intro(pandoc, '本年度共收到政府信息公开申请0件，主动公开政府信息2612条，其中政策文件50件。'));
    const other = makeValues(v.seed + 7000, { version: v.version, combined: v.combined, scale: 30 });
    const rows = requestTable(other, v.combined).filter((x) => x.kind === 'data').map((x) => x.cells.join('  '));
    writeFileSync(`${base}.tappendix.txt`, `${pandoc}\n附件：收到和处理政府信息公开申请情况表\n\n${rows.join('\n\n')}\n`);
  }
  // Table 四's number row in the dump: the line of its 15 cells after its heading.
  const lines = pandoc.split('\n');
  const head4 = lines.findIndex((l) => /四、政府信息公开行政复议/.test(l));
  const head5 = lines.findIndex((l, i) => i > head4 && /五、存在的主要问题/.test(l));
  const row4 = head4 < 0 || head5 < 0 ? -1 : lines.findIndex((l, i) => i > head4 && i < head5 && (l.match(/\d+/g) ?? []).length >= 10);
  if (blank3 && row4 >= 0) {
    const loose = Array.from({ length: 15 }, () => Math.floor(r() * 7));
    const t = [...lines];
    t[row4] = `行政复议及诉讼 ${lines[row4].trim()}`;
    t.splice(row4 + 1, 0, '', loose.slice(0, 6).join(' '), loose.slice(6, 9).join(' '), loose.slice(9).join(' '));
    writeFileSync(`${base}.texact.txt`, t.join('\n'));
  }
  if (!v.blankTables.includes('reviewLitigation') && row4 >= 0) {
    const dropped = lines.filter((_, i) => i !== row4);
    writeFileSync(`${base}.t4prose.txt`, intro(dropped.join('\n'), `全年发生政府信息公开行政复议${n()}件，行政诉讼${n()}件。`));
    const moved = [...dropped];
    moved.splice(head5, 0, lines[row4]);
    writeFileSync(`${base}.t4moved.txt`, moved.join('\n'));
  }
}

/** Truth of an `--elsewhere` trap: the table trapped not printed in its region (null: a blank reading of it is wrong). */
function elsewhereTruth(v, out) {
  const none = (o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, x && typeof x === 'object' ? none(x) : null]));
  if (['tprose', 'tappendix', 'texact'].includes(out)) return { ...v.data, requests: none(v.data.requests) };
  if (out === 't4prose') return { ...v.data, reviewLitigation: none(v.data.reviewLitigation) };
  return v.data;
}

/** `cutplain`: a dump cut right after table 三's last label ('四、结转下年度继续办理'): what follows (its cells, table 四) lost. */
function cutAfterLastLabel(text) {
  const at = text.search(/四[、.．]\s*结转下年度继续办理/);
  if (at < 0) throw new Error('no last label');
  return text.slice(0, text.indexOf('\n', at) + 1);
}

/** `picture`: table 三's cells holding a number shown as a PNG picture of it (ImageMagick), the labels left as text. */
function picturedRequestCells(html) {
  const png = new Map();
  const image = (n) => png.get(n) ?? png.set(n, execFileSync('convert', ['-background', 'white', '-fill', 'black', '-pointsize', '14', `label:${n}`, 'png:-']).toString('base64')).get(n);
  return html.replace(/<table[^>]*>(?:(?!<\/table>)[\s\S])*?申请人情况[\s\S]*?<\/table>/, (t) => t.replace(/(<td[^>]*>(?:<p[^>]*>)?)\s*([\d,]+)\s*((?:<\/p>)?<\/td>)/g, (_, a, n, b) => `${a}<img alt="" src="data:image/png;base64,${image(n)}">${b}`));
}

/** `s` as GB18030 bytes (iconv). */
function gb18030(s) {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: s, maxBuffer: 1 << 26 });
}

/**
 * `--zero-elsewhere` `cut`: the truth of a page cut inside table 三 after the row labelled `cutAfter` — table 四 and table 三's
 * rows after the cut not printed (null: a value read there is wrong), a blank table 三's printed rows not shown blank either
 * (no table printed whole: null, a blank reading is wrong); a full table's printed rows and table 二 as printed.
 */
function cutTruth(v) {
  const none = (o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, x && typeof x === 'object' ? none(x) : null]));
  const requests = none(v.data.requests);
  if (!(v.blankTables ?? []).includes('requests')) {
    for (const row of requestTable(v.data, v.combined).filter((x) => x.kind === 'data')) {
      for (const c of COLS) set(requests, `${row.key}.${c}`, get(v.data.requests, `${row.key}.${c}`));
      if (row.cells[0] === (v.cutAfter ?? zeroElsewhereVariant(v.seed).cutAfter)) break;
    }
  }
  return { ...v.data, requests, reviewLitigation: none(v.data.reviewLitigation) };
}

/**
 * `cutplain` (`--traps`): a dump cut after table 三's labels — table 四 not printed (null); table 三's cells as printed where
 * the dumper wrote them before the cut (row by row), lost where it writes them after the labels: a value read is right only
 * as the truth, and a blank reading of a full table is the trap.
 */
function lostTruth(v) {
  const none = (o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, x && typeof x === 'object' ? none(x) : null]));
  return { ...v.data, reviewLitigation: none(v.data.reviewLitigation) };
}

/** `--tables-blank`: a full-table control (zeros printed '0'), the page and printer drawn as `variant` draws them. */
function fullControl(seed) {
  const v = variant(seed, false);
  const { t } = blankTables(rng(seed * 97 + 1), v.data, v.version, v.combined, 0);
  const html = renderHtml({ title: `测试市第${seed}局${v.version === '2019' ? 2020 : 2024}年政府信息公开工作年度报告`, agency: `测试市第${seed}局`, published: `${v.version === '2019' ? 2021 : 2025}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style: 'cms', print: { borderless: seed % 8 === 0, noChrome: true }, crawled: { fitSpan: false } });
  return { ...v, html, blanks: [], look: `control full ${v.version}${v.combined ? ' combined' : ''} ${v.printer}` };
}

/** `--tables-blank`: the page and the crawler's dumps of it and of its PDF (see the file's header); a tool that fails leaves its file out. */
function textDumps(v, base) {
  writeFileSync(`${base}.html`, v.html);
  const run = (cmd, args, out) => {
    try {
      writeFileSync(out, execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 }));
    } catch (e) {
      console.log(`${base}: ${cmd} failed (${e.code ?? e.message})`);
    }
  };
  run('lynx', ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', `${base}.html`], `${base}.lynx.txt`);
  run('w3m', ['-dump', '-cols', '200', '-O', 'UTF-8', '-T', 'text/html', `${base}.html`], `${base}.w3m.txt`);
  run('html2text', ['-utf8', `${base}.html`], `${base}.h2t.txt`);
  run('pdf2txt', [`${base}.pdf`], `${base}.miner.txt`);
  run('/usr/bin/python3', ['-c', 'import sys, pypdf; print(chr(10).join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))', `${base}.pdf`], `${base}.pypdf.txt`);
}

const EXT = { tprose: '.tprose.txt', tzero: '.tzero.txt', tappendix: '.tappendix.txt', texact: '.texact.txt', t4prose: '.t4prose.txt', t4moved: '.t4moved.txt', loose: '.loose.html', loosediv: '.loose.div.html', pdfhtml: '.pdfhtml.html', mutool: '.mutool.txt', pandoc: '.pandoc.txt', cutplain: '.cutplain.txt', picture: '.picture.pdf', picturelayout: '.picturelayout.txt', div: '.div.html', cut: '.cut.html', docx: '.docx', html: '.html', lynx: '.lynx.txt', w3m: '.w3m.txt', h2t: '.h2t.txt', miner: '.miner.txt', pypdf: '.pypdf.txt', pdf: '.pdf', layout: '.layout.txt', plain: '.plain.txt', xml: '.xml', stray: '.layout-stray.txt', rot: '.rot.pdf', rotlayout: '.rot.layout.txt', nopgbrk: '.layout-nopgbrk.txt', fixed3: '.layout-fixed3.txt', r150: '.layout-r150.txt' };

async function score(dir) {
  const dist = resolve(stringArg('dist', 'dist'));
  const { extract, flattenData } = await import(join(dist, 'index.js'));
  const verbose = process.argv.includes('--verbose');
  const outs = stringArg('outs', 'pdf,layout,plain,xml,rot,rotlayout').split(',');
  // `--table KEY`: that table's fields only (its truth and its oracle).
  const only = stringArg('table', '');
  const truthOf = (data) => (only ? { [only]: data[only] } : data);
  const tallies = new Map();
  const tally = (k) => tallies.get(k) ?? tallies.set(k, { ...bandTally(), determined: 0 }).get(k);
  const seeds = readdirSync(dir).filter((f) => new RegExp(`^${PREFIX}-\\d+\\.json$`).test(f)).map((f) => Number(f.match(/\d+/)[0])).sort((a, b) => a - b);
  let worst = 0;
  for (const seed of seeds) {
    const v = JSON.parse(readFileSync(join(dir, `${PREFIX}-${seed}.json`), 'utf8'));
    for (const out of outs) {
      const file = join(dir, `${PREFIX}-${seed}${EXT[out]}`);
      if (!existsSync(file)) continue;
      let report;
      try {
        report = await extract(new Uint8Array(readFileSync(file)), { name: `${PREFIX}-${seed}${EXT[out]}` });
      } catch (e) {
        console.log(`${PREFIX}-${seed} ${out} FAILED ${e.code ?? e.message}`);
        continue;
      }
      const got = flattenData(report.data);
      const det = determined(v, out);
      let bad = [];
      const truth = out === 'cut' ? cutTruth(v) : out === 'cutplain' ? lostTruth(v) : elsewhereTruth(v, out);
      // (A table read blank whose truth prints a number, or is not printed: the trap this mode measures.)
      const blankOn = report.warnings.filter((w) => w.code === 'table_blank' && (w.keys ?? []).some((k) => (get(truth, k) ?? null) !== 0)).length;
      for (const t of [tally(out), tally('TOTAL')]) {
        bad = countBands(t, report, got, truthOf(truth));
        t.determined += [...det].filter((k) => !only || k.startsWith(`${only}.`)).length;
        t.blankOn = (t.blankOn ?? 0) + blankOn;
      }
      if (blankOn > 0) console.log(`${PREFIX}-${seed} ${out} [${v.look}] TRAP: ${blankOn} table(s) read blank where the truth is not all 0`);
      if (bad.some((b) => b.endsWith(' !!'))) worst = 1;
      if (verbose || bad.some((b) => b.endsWith('!!') || b.endsWith(' !'))) console.log(`${PREFIX}-${seed} ${out} [${v.look}] right ${flatTruth(v.data).filter(([k, w]) => got.get(k) === w).length}/${flatTruth(v.data).length}, ${bad.length} wrong${bad.length ? ': ' : ''}${bad.slice(0, 8).join('; ')}`);
    }
  }
  console.log('out       docs fields  det%  right%  ≥0.9%  missing  W<0.8  W.8-.9  W≥0.9  blankOnNumbers');
  const pct = (a, b) => ((100 * a) / Math.max(1, b)).toFixed(1).padStart(6);
  for (const [k, t] of [...tallies].sort(([a], [b]) => (a === 'TOTAL') - (b === 'TOTAL') || outs.indexOf(a) - outs.indexOf(b))) {
    const missing = t.fields - t.right - t.wrongLow - t.wrongMid - t.wrongHigh;
    console.log(`${k.padEnd(8)} ${String(t.docs).padStart(5)} ${String(t.fields).padStart(6)} ${pct(t.determined, t.fields)} ${pct(t.right, t.fields)} ${pct(t.rightHigh, t.fields)} ${String(missing).padStart(8)} ${String(t.wrongLow).padStart(6)} ${String(t.wrongMid).padStart(7)} ${String(t.wrongHigh).padStart(6)} ${String(t.blankOn ?? 0).padStart(6)}`);
  }
  process.exit(worst);
}

const [mode, dir] = process.argv.slice(2);
if (mode === 'make' && dir) make(dir);
else if (mode === 'looks') for (let [seed, to] = seedRange('1..16'); seed <= to; seed++) console.log(`${PREFIX}-${seed}: ${(ZERO_ELSEWHERE ? zeroElsewhereVariant(seed) : LO_DOCX ? loDocxVariant(seed) : variant(seed, process.argv.includes('--sparse'))).look}`);
else if (mode === 'score' && dir) await score(dir);
else {
  console.error('usage: blank-band-variants.mjs make|score DIR [--seeds A..B] [--dist dist] [--sparse] [--outs pdf,layout,plain,xml,rot,rotlayout] [--verbose]');
  process.exit(2);
}
