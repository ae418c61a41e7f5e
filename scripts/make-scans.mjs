#!/usr/bin/env node
/**
 * @file Scanned versions of the PDF samples, for the OCR path (src/ocr): each page rendered to grey
 * with `pdftoppm -gray -r DPI`, given a slight skew, noise and JPEG artefacts with ImageMagick
 * `convert`, and wrapped back into a PDF (one DCT image per page) by the small writer below
 * (ImageMagick's PDF coder is disabled by Debian's policy). `imagePages` keeps the other pages of
 * the source as they are (text layer included) and replaces only the listed ones by their scans
 * (`qpdf --pages`): a report whose tables were pasted in as pictures.
 *
 * Goldens: the scans carry the same values as their sources, so the scan's golden
 * is the source's golden (chosen by scripts/make-samples.mjs, not read by the extractor), copied
 * next to the scan as `scans/<out>.golden.json`.
 *
 *   node scripts/make-scans.mjs            # needs pdftoppm, convert, qpdf
 *
 * Variants (for checking OCR on scans it was not tuned on): `--variants N [--seed S] [--dpi D]
 * [--from sample.pdf] [--out DIR]` writes N scans of the sample (default pdf-2019-libreoffice.pdf,
 * 100 dpi) with skew, noise, JPEG quality and noise seed drawn from seed S, and their goldens, to
 * DIR (default /tmp/xxgk-scan-variants); `scripts/check-ocr.mjs` scores them. `--from` may be a path
 * with a folder (a corpus report, `../shared/corpus/NAME/report.pdf`: its `golden.json` beside it);
 * `--skew MAX` or `--skew LO-HI` (degrees, either sign; default 0.6), `--noise LO-HI` (default
 * 0.2-0.55), `--quality LO-HI` (JPEG, default 30-65) widen or narrow the draws. `--look L,..` adds
 * what office scans do (`scan-looks.mjs`: stamp, smudge, grey, photocopy, bleed, faint, perspective, bw —
 * `bw` writes 1-bit pages, Flate-compressed); the variant's name ends in its looks. `--golden FILE`
 * names the golden of a `--from` PDF that has none beside it; `--render gs` renders the pages with
 * Ghostscript (`pgmraw`) instead of pdftoppm: thin rules come out as crisp 1 px lines, which the skew's
 * resampling splits over two pixel rows wherever they fall between them (a light grey stretch, lighter
 * than a ruling's grey level: the case of `ocr/rulings.ts` `findRulings`' split-line test).
 * `--image-pages 3,4` scans only those pages (the others keep their text layer: a report whose table pages are pictures).
 * `--turn 2,3` scans those pages upside down (fed turned: `src/ocr/orient.ts`; `--turn-by 90`: a quarter turn).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromiumPdf } from './print-pdf.mjs';
import { drawLook, LOOKS, pageArgs } from './scan-looks.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
/** Outside samples/: `npm start` batches samples/ (recursively) with the default time budget, too short for OCR. */
const OUT = join(ROOT, 'scans');
const GOLDEN_OUT = OUT;

/** What each scan is made from and how it is degraded. */
export const SCANS = [
  { out: 'scan-libreoffice-word-150dpi.pdf', from: 'pdf-libreoffice-word.pdf', dpi: 150, skew: 0.4, noise: 0.4, quality: 35 },
  { out: 'scan-2019-libreoffice-100dpi.pdf', from: 'pdf-2019-libreoffice.pdf', dpi: 100, skew: -0.3, noise: 0.4, quality: 45 },
  { out: 'scan-chromium-web-200dpi.pdf', from: 'pdf-chromium-web.pdf', dpi: 200, skew: 0.25, noise: 0.25, quality: 25 },
  // One page (2019 template: 结转 row, table 四, the last sections) for the jest OCR test.
  { out: 'page-2019-libreoffice-p4-100dpi.pdf', from: 'pdf-2019-libreoffice.pdf', dpi: 100, skew: 0.3, noise: 0.4, quality: 45, only: [4] },
  // The same page fed upside down (`turn`: pages scanned turned by 180°), for the jest orientation test (src/ocr/orient.ts).
  { out: 'page-2019-libreoffice-p4-100dpi-turned.pdf', from: 'pdf-2019-libreoffice.pdf', dpi: 100, skew: 0.3, noise: 0.4, quality: 45, only: [4], turn: [4] },
  // The same page fed sideways (turned a quarter clockwise: a landscape table page scanned on its side), for the same test.
  { out: 'page-2019-libreoffice-p4-100dpi-quarter.pdf', from: 'pdf-2019-libreoffice.pdf', dpi: 100, skew: -0.2, noise: 0.4, quality: 45, only: [4], turn: [4], turnBy: 90 },
  { out: 'mixed-libreoffice-word-tables-as-images.pdf', from: 'pdf-libreoffice-word.pdf', dpi: 150, skew: 0, noise: 0.3, quality: 50, imagePages: [3, 4] },
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });

/** JPEG size from its SOF marker. */
function jpegSize(buf) {
  for (let i = 2; i < buf.length; ) {
    const marker = buf[i + 1];
    const len = buf.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7), comps: buf[i + 9] };
    }
    i += 2 + len;
  }
  throw new Error('no SOF in JPEG');
}

/** A PBM (P4) page → its size and packed rows (1 = black, as PDF's 1-bit grey with `/Decode [1 0]`). */
function pbmImage(buf) {
  const m = /^P4\s+(?:#.*\s+)*(\d+)\s+(\d+)\s/.exec(buf.toString('latin1', 0, 200));
  if (!m) throw new Error('not a PBM (P4)');
  return { width: Number(m[1]), height: Number(m[2]), bits: buf.subarray(m[0].length) };
}

/** One page image's XObject dictionary and stream: a JPEG as DCT, a PBM as 1-bit Flate. */
function imageObject(img) {
  if (img[0] === 0x50 && img[1] === 0x34) {
    const { width, height, bits } = pbmImage(img);
    const data = deflateSync(bits);
    return { width, height, head: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode /Length ${data.length} >>`, data };
  }
  const { width, height, comps } = jpegSize(img);
  return { width, height, head: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${comps === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.length} >>`, data: img };
}

/**
 * Page images (JPEG, or PBM for 1-bit scans) → a PDF with one full-page image per page (page size
 * from the dpi).
 */
export function jpegsToPdf(jpegs, dpi) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pages = add(null);
  const kids = [];
  for (const jpg of jpegs) {
    const { width, height, head, data } = imageObject(jpg);
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const img = add(Buffer.concat([Buffer.from(`${head}\nstream\n`), data, Buffer.from('\nendstream')]));
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const contents = add(Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${contents} 0 R >>`)));
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  objects[pages - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let pos = parts[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(pos);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${pos}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Width and height of a PNM (P5/P6) image. */
function pnmSize(buf) {
  const m = /^P[56]\s+(?:#.*\s+)*(\d+)\s+(\d+)\s/.exec(buf.toString('latin1', 0, 200));
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** One source PDF → degraded grey JPEG pages (all pages, or `only`); `s.look` (`scan-looks.mjs`) adds an office scan's faults. */
function scanPages(src, s, tmp, only) {
  const jpegs = [];
  const pageCount = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [src]).toString())[1]);
  for (let p = 1; p <= pageCount; p++) {
    if (only && !only.includes(p)) continue;
    const stem = join(tmp, `p${p}`);
    const look = s.look;
    if (s.render === 'gs' && !look?.colour) run('gs', ['-q', '-o', `${stem}.pgm`, '-sDEVICE=pgmraw', `-r${s.dpi}`, `-dFirstPage=${p}`, `-dLastPage=${p}`, src]);
    else run('pdftoppm', [...(look?.colour ? [] : ['-gray']), '-r', String(s.dpi), '-f', String(p), '-l', String(p), '-singlefile', src, stem]);
    const input = `${stem}.${look?.colour ? 'ppm' : 'pgm'}`;
    const bw = look?.looks.includes('bw');
    const out = `${stem}.${bw ? 'pbm' : 'jpg'}`;
    let extra = [];
    if (look) {
      const { width, height } = pnmSize(readFileSync(input));
      extra = pageArgs(look, { w: width, h: height, dpi: s.dpi }, random((s.seed ?? 1000) * 31 + p));
    }
    const finish = bw ? ['-colorspace', 'Gray', '-threshold', `${look.threshold}%`, '-type', 'Bilevel'] : [...(look?.colour ? [] : ['-colorspace', 'Gray']), '-quality', String(s.quality)];
    // Fixed seed: the same scan every run.
    const skew = s.skew + (s.turn?.includes(p) ? (s.turnBy ?? 180) : 0);
    run('convert', [input, '-seed', String((s.seed ?? 1000) + p), ...extra, '-background', 'white', '-rotate', String(skew), '-attenuate', String(s.noise), '+noise', 'Gaussian', ...finish, out]);
    jpegs.push(readFileSync(out));
  }
  return jpegs;
}

/**
 * One page with a text layer whose table is a picture (`scans/mixed-page-table-image.pdf`): the
 * heading and a paragraph as text, under them the top rows of table 三 of pdf-2019-libreoffice.pdf
 * page 3 as a 100 dpi grey JPEG (noise, JPEG artefacts), printed by Chromium. Its values are the
 * sample's (golden: golden/pdf-2019-libreoffice.golden.json).
 */
const MIXED_PAGE = { out: 'mixed-page-table-image.pdf', from: 'pdf-2019-libreoffice.pdf', page: 3, dpi: 100, topPt: 112, bottomPt: 415, noise: 0.3, quality: 45 };

function mixedPage(tmp) {
  const m = MIXED_PAGE;
  const stem = join(tmp, 'mixed');
  run('pdftoppm', ['-gray', '-r', String(m.dpi), '-f', String(m.page), '-l', String(m.page), '-singlefile', join(ROOT, 'samples', m.from), stem]);
  const [y, h] = [Math.round((m.topPt * m.dpi) / 72), Math.round(((m.bottomPt - m.topPt) * m.dpi) / 72)];
  run('convert', [`${stem}.pgm`, '-crop', `x${h}+0+${y}`, '+repage', '-seed', '1003', '-attenuate', String(m.noise), '+noise', 'Gaussian', '-colorspace', 'Gray', '-quality', String(m.quality), `${stem}.jpg`]);
  const jpg = readFileSync(`${stem}.jpg`);
  const { width } = jpegSize(jpg);
  const html = `<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:0}body{margin:0;font:12pt serif}p,h2{margin:8pt 60pt}img{display:block;width:${(width * 72) / m.dpi}pt}</style>
<h2>三、收到和处理政府信息公开申请情况</h2><p>本机关依法办理政府信息公开申请，下表为办理情况（表格为扫描图片）。</p>
<img src="data:image/jpeg;base64,${jpg.toString('base64')}"><p>以上为本年度依申请公开情况。</p>`;
  chromiumPdf(html, join(OUT, m.out));
}

/** Writes the scan of `src` made as `s` says to `target`: every page (or `s.only`) a picture, or only `s.imagePages`, the others kept with their text layer. */
function writeScan(src, s, tmp, target) {
  const pdf = jpegsToPdf(scanPages(src, s, tmp, s.imagePages ?? s.only), s.dpi);
  if (!s.imagePages) return writeFileSync(target, pdf);
  const images = join(tmp, 'images.pdf');
  writeFileSync(images, pdf);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [src]).toString())[1]);
  const sel = [];
  let img = 1;
  for (let p = 1; p <= pageCount; p++) sel.push(...(s.imagePages.includes(p) ? [images, String(img++)] : [src, String(p)]));
  // qpdf takes one file per range group: alternate groups in page order.
  run('qpdf', ['--static-id', '--empty', '--pages', ...sel, '--', target]);
}

/** Writes the scans of `SCANS` (only the one named `want`, when given: `--scan NAME.pdf`) and the mixed page. */
function main(want) {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(GOLDEN_OUT, { recursive: true });
  for (const s of SCANS.filter((x) => !want || x.out === want)) {
    const tmp = mkdtempSync(join(tmpdir(), 'xxgk-scan-'));
    try {
      const src = join(ROOT, 'samples', s.from);
      const target = join(OUT, s.out);
      writeScan(src, s, tmp, target);
      if (!s.only) copyFileSync(join(ROOT, 'golden', s.from.replace(/\.pdf$/, '.golden.json')), join(GOLDEN_OUT, s.out.replace(/\.pdf$/, '.golden.json')));
      console.log(`${s.out}: ${(readFileSync(target).length / 1024).toFixed(0)} KiB`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (want) return;
  const tmp = mkdtempSync(join(tmpdir(), 'xxgk-scan-'));
  try {
    mixedPage(tmp);
    console.log(`${MIXED_PAGE.out}: ${(readFileSync(join(OUT, MIXED_PAGE.out)).length / 1024).toFixed(0)} KiB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A small deterministic generator (mulberry32) for the variants' parameters. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N degraded scans of one sample, parameters drawn from `seed`, with the sample's golden. */
function variants(n, seed, dpi, from, out, range, looks, opts = {}) {
  const turn = opts.turn ?? [];
  const turnBy = opts.turnBy ?? 180;
  mkdirSync(out, { recursive: true });
  const rnd = random(seed);
  const made = [];
  // A path with a folder: a corpus report (`../shared/corpus/NAME/report.pdf`, golden.json beside it).
  const external = from.includes('/');
  const src = external ? from : join(ROOT, 'samples', from);
  const golden = opts.golden ?? (external ? join(dirname(from), 'golden.json') : join(ROOT, 'golden', from.replace(/\.pdf$/, '.golden.json')));
  const stem = opts.golden ? basename(from).replace(/\.pdf$/, '') : external ? basename(dirname(from)) : from.replace(/\.pdf$/, '');
  for (let i = 0; i < n; i++) {
    // One draw in [-1, 1]: its sign the direction, its size placed in LO..HI (with LO 0 the draw of a plain `--skew MAX`).
    const [lo, hi] = range.skew;
    const u = (rnd() - 0.5) * 2;
    const s = { dpi, skew: Math.round(Math.sign(u) * (lo + Math.abs(u) * (hi - lo)) * 100) / 100, noise: Math.round((range.noise[0] + rnd() * (range.noise[1] - range.noise[0])) * 100) / 100, quality: Math.round(range.quality[0] + rnd() * (range.quality[1] - range.quality[0])), seed: Math.floor(rnd() * 1e6) };
    // Drawn after the base parameters, so a seed's skew, noise and quality do not change with --look.
    if (looks.length > 0) s.look = drawLook(looks, rnd);
    if (opts.render) s.render = opts.render;
    if (turn.length > 0) Object.assign(s, { turn, turnBy });
    if (opts.imagePages?.length > 0) s.imagePages = opts.imagePages;
    const tmp = mkdtempSync(join(tmpdir(), 'xxgk-scan-'));
    try {
      const name = `${stem}-${dpi}dpi-v${seed}-${i}${opts.render ? `-${opts.render}` : ''}${looks.length > 0 ? `-${looks.join('+')}` : ''}${turn.length > 0 ? `-turned${turnBy}` : ''}${s.imagePages ? `-pictures${s.imagePages.join('+')}` : ''}.pdf`;
      writeScan(src, s, tmp, join(out, name));
      copyFileSync(golden, join(out, name.replace(/\.pdf$/, '.golden.json')));
      made.push({ name, ...s });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify(made, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const pair = (v) => v.split('-').map(Number);
  const skew = arg('skew', '0.6');
  const range = { skew: skew.includes('-') ? pair(skew) : [0, Number(skew)], noise: pair(arg('noise', '0.2-0.55')), quality: pair(arg('quality', '30-65')) };
  const looks = arg('look', '').split(',').filter(Boolean);
  const unknown = looks.filter((l) => !LOOKS.includes(l));
  if (unknown.length > 0) throw new Error(`--look: unknown ${unknown.join(', ')} (known: ${LOOKS.join(', ')})`);
  if (process.argv.includes('--variants')) variants(Number(arg('variants')), Number(arg('seed', 1)), Number(arg('dpi', 100)), arg('from', 'pdf-2019-libreoffice.pdf'), arg('out', '/tmp/xxgk-scan-variants'), range, looks, { golden: arg('golden'), render: arg('render'), turn: arg('turn', '').split(',').filter(Boolean).map(Number), turnBy: Number(arg('turn-by', 180)), imagePages: arg('image-pages', '').split(',').filter(Boolean).map(Number) });
  else main(arg('scan', undefined));
}
