#!/usr/bin/env node
/**
 * @file Report pages (scripts/header-lines-variants.mjs's: table 三 in the template's column order or,
 * `--order` / 1 seed in 4, genuinely reordered with its header saying so; `<th>`/`<td>`, bordered or
 * not, wrapped, narrow; 2019/2021) kept as the text a text browser or a crawler writes, every field
 * of tables 二, 三 and 四 scored:
 *   - `lynx80`, `lynx200`: `lynx -dump -width N` (a rowspan header: one cell per line);
 *   - `html2text`, `html2text80`, `html2text60`: Debian html2text 1.3.x `-utf8 -width N`: it lays a
 *     table out by bytes, so in narrow columns a label is cut inside its UTF-8 characters (U+FFFD when
 *     decoded) and values of the next cells land inside the broken label ('其他对�42��理�');
 *   - `h2t-latin1`, `h2t-latin1-40`: Debian html2text 1.3.x WITHOUT `-utf8` (`-width 200`, `-width 40`): it
 *     reads the UTF-8 page as Latin-1 and writes each byte as a character in UTF-8 ('首页' as 'é¦\u0096é¡µ'),
 *     cutting characters inside in narrow cells (decode.ts undoubleUtf8 reads it back, warning
 *     `text_mojibake_repaired`); `cp1252-lynx80`: lynx80's text read as cp1252 and saved as UTF-8 ('é¦–é¡µ');
 *   - `tagstrip`, `tagstrip-p`: a crawler's tag strip of the page's HTML — every tag removed
 *     (`tagstrip`: the source's own line breaks kept, so each table row is one line of its cells
 *     concatenated with no separator: '一、本年新收…数量759711105662861144'), or `</p>`, `<br>`,
 *     `</tr>`, `</div>`, `</h1>` made line breaks first (`tagstrip-p`). The page's value cells are
 *     written bare (`<td>12</td>`, no `<p>`) in 1 seed in 2 (`bare`), so the values run together
 *     where no `<p>` stood.
 *   - `--cms` (crawl48): the page as a city CMS writes it, drawn per seed by a second rng (so the
 *     plain seeds stay as they were): zero cells left blank (`blank` 0, 0.2, 0.4 or 0.6 of them:
 *     `<td></td>`, or `<td>&nbsp;</td>` in the `nbsp` look), counts ≥ 1000 with thousands separators
 *     (`comma`), `&nbsp;` around the cells' text (`nbsp`), a long label broken by `<br>` (`labelBr`),
 *     the table's width dropped (`auto`: the browser sizes it to its terminal width). Extra dumpers:
 *     `html2text40` (cells wrapped over several lines), `lynx60`, `lynx100`, `w3m` (`w3m -dump -cols 80`).
 *     A blank cell is a zero in the truth: where the stream does not place it (a tag strip: no token
 *     at all), it must come out missing or ambiguous, never read at ≥ 0.8 in another column.
 *   - `--sparse` (browse49): a small agency's page, most cells blank — counts small (scale 3–10, most
 *     outcome cells 0), 70–100 % of the zero cells printed blank, some zeros still printed '0' (a mixed
 *     table: the zero-free test of map/row-candidates zerosPrintedBlank does not hold), each blank cell
 *     `<td></td>` or `<td>&nbsp;</td>` by a per-page share, table 四 all zero in 1 seed in 2 (every cell
 *     blank), table 二's rows zero by chance; drawn by a third rng (the plain and `--cms` seeds stay as they
 *     were). Extra dumper `tagstrip-min`: the page minified (no line breaks between tags) and tag-stripped
 *     whole — the whole page one line, each row's cells run together, a `&nbsp;` cell a no-break space.
 *     What the dump determines: a row's printed numbers in order, blank cells gone (lynx, tag strip) or
 *     kept as spaces (w3m, html2text): the identities place what they can, the rest stays ambiguous.
 *   - strip50: extra dumpers `tagstrip-nl` (a crawler writing every text node on a line of its own, empty nodes
 *     dropped: a row is its label's line and one line per filled cell; a sparse page's blank cells leave nothing),
 *     `h2t-utf8-79` / `h2t-utf8-120` (html2text -utf8 at the widths crawlers use); `--word` (with `--sparse`): the
 *     page as Word pasted into a CMS writes it, drawn by a fourth rng — every cell's text in `<p class=MsoNormal>`
 *     (a `<span lang=EN-US>` inside in 1 seed in 2), a blank cell holding `&nbsp;`, `<br>`, `<o:p></o:p>` or a mix.
 *   - `--byline` (strip51, with `--sparse`): the CMS byline ('发布时间：… 来源：… 浏览次数：N', '【字体：大 中 小】' after it in 1 seed
 *     in 2) printed ABOVE the title, the title broken over two lines by `<br>` (after the agency, or before '年度报告'), a long
 *     overview paragraph, a real-looking agency name; drawn by a fifth rng. The report's title is scored too (right, wrong ≥ 0.8,
 *     wrong < 0.8, missing). Tables 二 and 四 of `--sparse` pages print their zero cells blank (table 四 all blank when `quiet`):
 *     a row printing its label alone, table 四 printing its header alone, are rows printed empty.
 *   - `--split` (crawl52, with `--sparse --word`): Word's split runs — a cell's text cut into two `<span>` runs at a random
 *     point (Word starts a run wherever the author's edits or the spell checker touched the text): each label cell in a share
 *     `labels` (0.5, 0.8 or 1) of them, the cut anywhere — inside the row number ('8' / '.属于行政查询事项', '（四' /
 *     '）无法提供') or the words ('2.其他法律行政法规禁' / '止公开'); in the `digits` look (1 seed in 3) a count of two digits or
 *     more too ('1' / '2' for 12: no dump but the markup tells that from two cells); in the `noTotal` look (1 seed in 3) table
 *     三's 总计 column printed empty in every row (the truth's totals are the rows' sums: TEMPLATE `derived`); drawn by a sixth
 *     rng. A tag strip writing a node a line (`tagstrip-nl`) writes each run a line; the text browsers join the runs.
 *   - crawl53: the converters' defaults and common options — `h2t-default` (Debian html2text with no option: its output is
 *     `-utf8 -width 79`'s, byte-cut cells and all), `py-h2t`, `py-h2t-b0`, `py-h2t-it`, `py-h2t-it-b0` (Python html2text,
 *     Debian python3-html2text's `html2markdown`: default Markdown, `-b 0`, `--ignore-tables`), `bs4-nl`, `bs4-bar`,
 *     `bs4-nl-strip` (BeautifulSoup `get_text('\n')`, `get_text('|')`, `get_text('\n', strip=True)` of the page, /usr/bin/python3's
 *     bs4), `pandoc` (`pandoc -t plain`: a table with spans is '[TABLE]', nothing to read). `--digits` (with `--split`): every
 *     seed splits its counts of two digits or more into two runs (the split rng's draws stay as they were). DEV 1..8,
 *     HELD-OUT 1101..1108 (`--word --split --digits`, with and without `--sparse`).
 * Truth: the values rendered. Per dumper: right (and at ≥ 0.9), wrong ≥ 0.9 (must be 0), wrong 0.8–0.9,
 * wrong < 0.8, missing.
 *
 *   npm run build && nice node scripts/text-browser-variants.mjs [--seeds 1..40] [--styles lynx80,html2text60,tagstrip] [--order template|swap|…] [--cms] [--show]
 * DEV seeds 1..40, HELD-OUT seeds 201..240 (score only); with `--cms` (crawl48) DEV 1..30, HELD-OUT 401..430;
 * with `--sparse` (browse49) DEV 1..20, HELD-OUT 601..620; with `--sparse --word` (strip50) DEV 1..20, HELD-OUT 801..820;
 * with `--sparse --byline` (strip51) DEV 1..8, HELD-OUT 901..912; with `--sparse --word --split` (crawl52) DEV 1..24, HELD-OUT
 * 1001..1024. Files in `.tmp/text-browser/` (gitignored), reused
 * on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plan as headerPlan, page as headerPage } from './header-lines-variants.mjs';
import { htmlDumper } from './reorder-dump-variants.mjs';
import { COLUMN_WORDS as WORD, bandTally, countBands, makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'text-browser');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);

const lynx = (w) => (f) => execFileSync('lynx', ['-dump', '-nolist', `-width=${w}`, '-display_charset=utf-8', '-assume_charset=utf-8', f]);
const html2text = (w) => (f) => execFileSync('html2text', ['-utf8', '-width', String(w), f]);
/** A crawler's tag strip: `breaks` — the block ends made line breaks first; entities of the page decoded. */
const tagStrip = (breaks) => (f) => {
  let s = execFileSync('cat', [f]).toString('utf8');
  s = s.replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/gi, '');
  if (breaks) s = s.replace(/<br\s*\/?>|<\/(?:p|tr|div|h\d|li)>/gi, '\n');
  s = s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return Buffer.from(s);
};
/**
 * A crawler's tag strip writing each text node on a line of its own (strip50): every tag a break, the nodes' text trimmed,
 * empty nodes dropped — a blank cell leaves no line at all, a row is its label's line and a line per filled cell.
 */
const tagStripNodes = (f) => {
  const s = execFileSync('cat', [f]).toString('utf8').replace(/<(script|style|title|head)[^>]*>[\s\S]*?<\/\1>/gi, '');
  const nodes = s.split(/<[^>]*>/).map((t) => t.replace(/&nbsp;/g, '\u00a0').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').trim());
  return Buffer.from(nodes.filter((t) => t !== '').join('\n'));
};
/**
 * crawl53: the Python html2text converter (Debian python3-html2text, `html2markdown`): its default Markdown (`|` between a
 * table's cells, a Word cell's `<p>` a paragraph of its own), `-b 0` (no wrap), `--ignore-tables` (the cells' text in a row
 * run together, each `<p>` a paragraph). Missing converter: the style throws and the run says so.
 */
const pyHtml2text = (args) => (f) => execFileSync('html2markdown', [...args, f]);
/**
 * crawl53: a crawler's BeautifulSoup tag strip, `get_text(sep)` of the page's body — every string of the tree joined by `sep`,
 * whitespace-only strings between tags included (`strip`: `get_text(sep, strip=True)`, those dropped and each string trimmed).
 */
const soupText = (sep, strip = false) => (f) =>
  execFileSync('/usr/bin/python3', ['-c', `import sys\nfrom bs4 import BeautifulSoup\ns=BeautifulSoup(open(sys.argv[1],encoding='utf-8').read(),'html.parser')\nfor t in s(['script','style','title','head']): t.decompose()\nsys.stdout.write(s.get_text('${sep}'${strip ? ', strip=True' : ''}))`, f]);
/** The page at `f` minified (line breaks and the spaces around tags dropped), saved beside it; its path. */
function minified(f) {
  const out = f.replace(/\.html$/, '.min.html');
  writeFileSync(out, readFileSync(f, 'utf8').replace(/\s*\n\s*/g, '').replace(/>\s+</g, '><'));
  return out;
}
/**
 * Debian html2text without -utf8 on a page that declares its charset only in the HTTP header (the
 * `<meta charset>` left out: with it html2text decodes right): the page's bytes read as Latin-1,
 * written as UTF-8 (mojibake).
 */
const html2textLatin1 = (w) => (f) => execFileSync('html2text', ['-width', String(w)], { input: execFileSync('cat', [f]).toString('utf8').replace(/<meta\b[^>]*charset[^>]*>/gi, '') });
/** A dump's UTF-8 bytes read as cp1252 and saved as UTF-8 (a Windows tool's mojibake). */
const asCp1252 = (dumper) => (f) => Buffer.from(new TextDecoder('windows-1252').decode(dumper(f)), 'utf8');
export const STYLES = {
  lynx80: lynx(80), lynx200: lynx(200),
  html2text: html2text(200), html2text80: html2text(80), html2text60: html2text(60),
  'h2t-latin1': html2textLatin1(200), 'h2t-latin1-40': html2textLatin1(40), 'cp1252-lynx80': asCp1252(lynx(80)),
  tagstrip: tagStrip(false), 'tagstrip-p': tagStrip(true),
  html2text40: html2text(40), lynx60: lynx(60), lynx100: lynx(100),
  w3m: (f) => execFileSync('w3m', ['-dump', '-cols', '80', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', f]),
  'tagstrip-min': (f) => tagStrip(false)(minified(f)),
  'tagstrip-nl': tagStripNodes,
  'h2t-utf8-79': html2text(79), 'h2t-utf8-120': html2text(120),
  // crawl53: the converters' defaults and their common options.
  'h2t-default': (f) => execFileSync('html2text', [f]),
  'py-h2t': pyHtml2text([]), 'py-h2t-b0': pyHtml2text(['-b', '0']), 'py-h2t-it': pyHtml2text(['--ignore-tables']),
  'py-h2t-it-b0': pyHtml2text(['--ignore-tables', '-b', '0']),
  'bs4-nl': soupText('\\n'), 'bs4-bar': soupText('|'), 'bs4-nl-strip': soupText('\\n', true),
  pandoc: (f) => execFileSync('pandoc', ['-f', 'html', '-t', 'plain', f]),
};
const CMS = argv.includes('--cms');
const WORD_LOOK = argv.includes('--word');
const SPARSE = argv.includes('--sparse');
const BYLINE = argv.includes('--byline');
const SPLIT = argv.includes('--split');
const pickOf = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The CMS look of `seed` (a second rng: the plain plan's draws stay as they were). */
function cmsLook(seed) {
  const r = rng(seed * 15485863 + 48);
  return {
    blank: pickOf(r, [0, 0.2, 0.4, 0.6]),
    comma: r() < 0.5,
    nbsp: r() < 0.4,
    labelBr: r() < 0.5,
    auto: r() < 0.6,
    blankSeed: Math.floor(r() * 1e9),
  };
}

/** The sparse look of `seed` (browse49; a third rng): a small agency's page printing most cells blank. */
function sparseLook(seed) {
  const r = rng(seed * 32452843 + 49);
  return {
    scale: pickOf(r, [3, 6, 10]),
    blank: pickOf(r, [0.7, 0.85, 1]),
    nbspShare: pickOf(r, [0, 0.5, 1]),
    quiet: r() < 0.5,
    dataSeed: Math.floor(r() * 1e9),
    blankSeed: Math.floor(r() * 1e9),
  };
}

/** Small counts: `makeValues` at the look's scale, table 二's counts cut to 0–5 (some 0), table 四 all 0 when `quiet`. */
function sparseData(p, sp) {
  const data = makeValues(sp.dataSeed, { version: p.version, combined: p.combined, scale: sp.scale });
  const r = rng(sp.dataSeed + 1);
  for (const row of Object.values(data.activeDisclosure)) {
    for (const c of Object.keys(row)) if (c !== 'amount' && c !== 'change') row[c] = r() < 0.4 ? 0 : Math.floor(r() * 6);
  }
  if (sp.quiet) for (const g of Object.values(data.reviewLitigation)) for (const c of Object.keys(g)) g[c] = 0;
  return data;
}

/** The Word look of `seed` (strip50; a fourth rng): what a blank cell holds, a share of Word's empty-paragraph marks. */
function wordLook(seed) {
  const r = rng(seed * 49979687 + 50);
  return { blank: pickOf(r, ['nbsp', 'br', 'op', 'mix']), spans: r() < 0.5, markSeed: Math.floor(r() * 1e9) };
}

/**
 * A page pasted from Word into a CMS (strip50): every cell's text in `<p class=MsoNormal>` (with `<span lang=EN-US>` around it
 * in the `spans` look), a blank cell holding `&nbsp;`, `<br>`, `<o:p></o:p>` or one of them per cell (`mix`).
 */
function wordPage(html, w) {
  const r = rng(w.markSeed);
  const marks = { nbsp: '&nbsp;', br: '<br>', op: '<o:p></o:p>' };
  return html.replace(/(<t[dh]\b[^>]*>)(?:<p style="text-align:center">)?([^<]*)(?:<\/p>)?(<\/t[dh]>)/g, (m, open, text, close) => {
    const inner = text === '' ? marks[w.blank === 'mix' ? pickOf(r, ['nbsp', 'br', 'op']) : w.blank] : text;
    const body = w.spans ? `<span lang=EN-US style="font-size:10.5pt">${inner}</span>` : inner;
    return `${open}<p class=MsoNormal align=center style="text-align:center">${body}<o:p></o:p></p>${close}`;
  });
}

/** The split-run look of `seed` (crawl52; a sixth rng): the share of label cells split, whether counts are split too. */
function splitLook(seed) {
  const r = rng(seed * 86028121 + 52);
  const split = { labels: pickOf(r, [0.5, 0.8, 1]), digits: r() < 1 / 3, cutSeed: Math.floor(r() * 1e9), noTotal: r() < 1 / 3 };
  // crawl53 `--digits`: every seed splits its counts (the draws stay as they were).
  return argv.includes('--digits') ? { ...split, digits: true } : split;
}

/**
 * Word's split runs on a Word page (crawl52): the text of a cell's `<p class=MsoNormal>` cut at a random point into two
 * `<span>` runs — a label (Han text) in a share `labels` of them, a count of two digits or more in the `digits` look.
 */
function splitRunsPage(html, sl) {
  const r = rng(sl.cutSeed);
  return html.replace(/(<p class=MsoNormal[^>]*>(?:<span[^>]*>)?)([^<]+)(<)/g, (m, open, text, lt) => {
    const label = /\p{Script=Han}/u.test(text) && text.length >= 2 && r() < sl.labels;
    const count = sl.digits && /^\d{2,}$/.test(text);
    if (!label && !count) return m;
    const at = 1 + Math.floor(r() * (text.length - 1));
    return `${open}${text.slice(0, at)}<span style="font-family:宋体">${text.slice(at)}</span>${lt}`;
  });
}

/**
 * Table 三's 总计 column printed empty in every row (crawl52, the split look's `noTotal`: fresh51 r09–r16, a small agency
 * leaving the total to the reader): in each row of seven value cells, the cell at `at` (the total's printed place) emptied.
 * The truth keeps the totals: each is its row's parts added (TEMPLATE `derived`).
 */
function emptyTotalColumn(html, at) {
  return html.replace(/<tr>[\s\S]*?<\/tr>/g, (tr) => {
    const cells = [...tr.matchAll(/(<td [^>]*class="n"[^>]*>)(<p style="text-align:center">)?([^<]*)(<\/p>)?<\/td>/g)];
    if (cells.length !== 7 || at < 0) return tr;
    const c = cells[at];
    return tr.slice(0, c.index) + `${c[1]}${c[2] ?? ''}${c[4] ?? ''}</td>` + tr.slice(c.index + c[0].length);
  });
}

/**
 * The byline look of `seed` (strip51; a fifth rng): the CMS's byline ('发布时间：… 来源：… 浏览次数：N') printed ABOVE the title,
 * the title broken over two lines (`<br>` after the agency's name, or before '年度报告'), the overview a long paragraph (so a
 * text browser wraps the body at its width).
 */
function bylineLook(seed) {
  const r = rng(seed * 67867967 + 51);
  return {
    cut: pickOf(r, ['agency', 'tail']),
    views: 10 + Math.floor(r() * 990),
    long: 2 + Math.floor(r() * 4),
    font: r() < 0.5,
    agency: pickOf(r, ['忻州市偏关县水利局', '定西市岷县档案馆', '伊春市友好区林业和草原局', '临溪区退役军人事务局', '安丘市教育局', '示例县农业农村局']),
  };
}

/**
 * The byline look on a page: byline above the title (with '【字体：大 中 小】' after it in the `font` look: a line as wide as a
 * text browser's width), the title in two lines, a long overview paragraph; the agency a real-looking name (header-lines' '示例市
 * 第2004局' holds a number a title reader takes for a year).
 */
function bylinePage(html, b) {
  return html.replace(/示例市第\d+局/g, b.agency).replace(/<h1>([^<]*)<\/h1><div class="info">([^<]*)<\/div>/, (m, title, info) => {
    const at = b.cut === 'agency' ? title.search(/(?:19|20)\d\d年/) : title.lastIndexOf('年度报告');
    return `<div class="info">${info} 浏览次数：${b.views}${b.font ? ' 【字体：大 中 小】' : ''}</div><h1>${title.slice(0, at)}<br>${title.slice(at)}</h1>`;
  }).replace(/(<p style="text-indent:2em">本机关坚持以公开为常态)/, (m) => `<p style="text-indent:2em">${'本机关认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，持续深化政务公开，不断提升公开质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。'.repeat(b.long)}</p>\n${m}`);
}

/** header-lines-variants' plan with the value cells bare (no `<p>`) by seed. */
export function plan(seed) {
  const p = headerPlan(seed);
  const bare = rng(seed * 104729 + 47)() < 0.5;
  const cms = CMS ? cmsLook(seed) : null;
  const sparse = SPARSE ? sparseLook(seed) : null;
  const word = WORD_LOOK ? wordLook(seed) : null;
  const byline = BYLINE ? bylineLook(seed) : null;
  const split = SPLIT && WORD_LOOK ? splitLook(seed) : null;
  const look = cms ? `-cms${Math.round(cms.blank * 10)}${cms.comma ? 'c' : ''}${cms.nbsp ? 'n' : ''}${cms.labelBr ? 'b' : ''}${cms.auto ? 'a' : ''}` : '';
  const sp = sparse ? `-sp${sparse.scale}-${Math.round(sparse.blank * 100)}-${Math.round(sparse.nbspShare * 10)}${sparse.quiet ? 'q' : ''}` : '';
  const wd = word ? `-w${word.blank}${word.spans ? 's' : ''}` : '';
  const by = byline ? `-by${byline.cut[0]}${byline.long}${byline.font ? 'f' : ''}${byline.agency.length}` : '';
  const sl = split ? `-sl${Math.round(split.labels * 10)}${split.digits ? 'd' : ''}${split.noTotal ? 't' : ''}-${seed}` : '';
  return { ...p, ...(sparse ? { data: sparseData(p, sparse) } : {}), bare, cms, sparse, word, byline, split, stem: `${p.stem.replace(join('.tmp', 'header-lines'), join('.tmp', 'text-browser'))}${bare ? '-bare' : ''}${look}${sp}${wd}${by}${sl}` };
}

/** The sparse look on a page: zero cells blank (`<td></td>` or `<td>&nbsp;</td>`), the other zeros printed. */
function sparsePage(html, sp) {
  const r = rng(sp.blankSeed);
  return html.replace(/(<td [^>]*class="n"[^>]*>)(<p style="text-align:center">)?([^<]*)(<\/p>)?<\/td>/g, (m, td, p1, v, p2) => {
    const text = v === '0' && r() < sp.blank ? (r() < sp.nbspShare ? '&nbsp;' : '') : v;
    return `${td}${p1 ?? ''}${text}${p2 ?? ''}</td>`;
  });
}

/** The CMS look on a page: blank zero cells, thousands separators, `&nbsp;` padding, `<br>` in long labels, no table width. */
function cmsPage(html, c) {
  const r = rng(c.blankSeed);
  // A long label (Han text, 9 characters or more) broken in its middle by `<br>`, before any cell is padded.
  if (c.labelBr) {
    html = html.replace(/(<p style="text-align:center">)([^<&\d]{9,})(<\/p>)/g, (m, a, t, b) => {
      const at = Math.floor(t.length / 2);
      return `${a}${t.slice(0, at)}<br>${t.slice(at)}${b}`;
    });
  }
  const sep = (n) => (c.comma && /^\d{4,}$/.test(n) ? n.replace(/\B(?=(\d{3})+$)/g, ',') : n);
  html = html.replace(/(<td [^>]*class="n"[^>]*>)(<p style="text-align:center">)?([^<]*)(<\/p>)?<\/td>/g, (m, td, p1, v, p2) => {
    let text = v === '0' && r() < c.blank ? '' : sep(v);
    if (c.nbsp) text = text === '' ? '&nbsp;' : `&nbsp;${text}&nbsp;`;
    return `${td}${p1 ?? ''}${text}${p2 ?? ''}</td>`;
  });
  if (c.auto) html = html.replace(/(<table [^>]*?) width="[^"]*"/g, '$1');
  return html;
}

export function page(p) {
  let html = headerPage(p);
  // A value cell written bare: '<td …><p style="text-align:center">12</p></td>' → '<td …>12</td>'.
  if (p.bare) html = html.replace(/(<td [^>]*class="n"[^>]*>)<p style="text-align:center">([^<]*)<\/p>/g, '$1$2');
  if (p.sparse) html = sparsePage(html, p.sparse);
  if (p.cms) html = cmsPage(html, p.cms);
  if (p.byline) html = bylinePage(html, p.byline);
  if (p.split?.noTotal) html = emptyTotalColumn(html, p.order.indexOf('total'));
  if (!p.word) return html;
  return p.split ? splitRunsPage(wordPage(html, p.word), p.split) : wordPage(html, p.word);
}

export const dump = htmlDumper(OUT, page, STYLES);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = opt('seeds', '1..40').split('..').map(Number);
  const styles = opt('styles')?.split(',') ?? Object.keys(STYLES);
  const tally = Object.fromEntries(styles.map((s) => [s, { ...bandTally(), missing: 0 }]));
  // The report's title (meta.title, spaces dropped) against the page's: right, wrong at ≥ 0.8 (metaFields.title), wrong below, missing.
  const titles = Object.fromEntries(styles.map((s) => [s, { right: 0, wrongHigh: 0, wrongLow: 0, missing: 0 }]));
  for (let seed = from; seed <= to; seed++) {
    const p = plan(seed);
    for (const style of styles) {
      const s = tally[style];
      let rep = null;
      try {
        rep = await lib.extract(dump(p, style), { name: 'report.txt', timeoutMs: Number(process.env.DOC_TIMEOUT ?? 300000) });
      } catch (e) {
        console.log(`seed ${seed} ${style}: FAIL ${String(e.message).split('\n')[0]}`);
      }
      const truth = { activeDisclosure: p.data.activeDisclosure, requests: p.data.requests, reviewLitigation: p.data.reviewLitigation };
      const title = /<title>([^<]*)<\/title>/.exec(page(p))?.[1] ?? '';
      const read = rep?.meta?.title?.replace(/\s+/g, '') ?? null;
      const t = titles[style];
      if (read === null) t.missing++;
      else if (read === title) t.right++;
      else if ((rep.metaFields?.title?.confidence ?? 0) >= 0.8) t.wrongHigh++;
      else t.wrongLow++;
      const before = s.fields - s.right - s.wrongLow - s.wrongMid - s.wrongHigh;
      const bad = countBands(s, rep, rep ? lib.flattenData(rep.data) : new Map(), truth);
      s.missing = s.fields - s.right - s.wrongLow - s.wrongMid - s.wrongHigh;
      const mid = bad.filter((b) => b.endsWith('!'));
      if (mid.length || argv.includes('--show')) {
        console.log(`seed ${seed} ${style} ${p.kind} ${p.tag} ${p.wrap}${p.bare ? ' bare' : ''}${p.cms ? ` ${JSON.stringify(p.cms).replace(/"/g, '')}` : ''} v${p.version} [${p.order.map((k) => WORD[k]).join(' ')}]: wrong ≥0.8 ${mid.length}, missing ${s.missing - before} ${rep?.warnings.map((w) => w.code).filter((c) => c.startsWith('columns_')).join(',') ?? ''}`);
        if (argv.includes('--show')) console.log(`   ${(mid.length ? mid : bad).slice(0, 8).join(', ')}`);
      }
    }
  }
  let high = 0;
  for (const [k, t] of Object.entries(tally)) {
    high += t.wrongHigh;
    const ti = titles[k];
    console.log(`${k.padEnd(12)} ${String(t.docs).padStart(3)} docs ${t.fields} fields: right ${t.right} (${((100 * t.right) / t.fields).toFixed(1)} %, ≥0.9 ${t.rightHigh}), wrong≥0.9 ${t.wrongHigh}, wrong 0.8–0.9 ${t.wrongMid}, wrong<0.8 ${t.wrongLow}, missing ${t.missing}; title right ${ti.right}, wrong≥0.8 ${ti.wrongHigh}, wrong<0.8 ${ti.wrongLow}, missing ${ti.missing}`);
  }
  process.exit(high ? 1 : 0);
}
