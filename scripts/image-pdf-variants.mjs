#!/usr/bin/env node
/**
 * @file Issue 17 (speed): report PDFs that paint pictures — a red seal by the signature (a PNG with
 * transparency, i.e. an image with a soft mask, or a JPEG), a letterhead or logo banner at the top, a
 * scanned stamp page at the end — as real reports are printed. pdf.js's `getOperatorList` decodes
 * every painted picture's pixels, which a text-and-rulings read never looks at (the fault kind;
 * scripts/pdfjs-worker-patch.mjs). Each seed takes one of the HTML samples' reports, adds 1–4 pictures
 * of seeded kinds, sizes (200–1600 px), noise and places (ImageMagick), and prints it with Chromium or
 * (one seed in three) LibreOffice.
 *   node scripts/image-pdf-variants.mjs make DIR [--seeds 1..12]
 *   node scripts/image-pdf-variants.mjs score DIR --dist A[,B] [--runs 5]
 * `make` writes DIR/seed-N.pdf (and what each holds, DIR/manifest.json). `score` extracts every PDF
 * of DIR in this thread (as a batch worker does) with each build (directories inside the worktree or
 * absolute with node_modules beside them), builds and the pdf.js text floor (`bench-floor.mjs`, this
 * worktree's build) interleaved per document in a rotating order, each run charged its leftovers
 * (`settleCpuMs`), and prints per PDF the CPU ms, each build's ratio to the floor (medians of
 * `--runs`), whether the builds' JSON is the same, and the geometric means. Run it under the helpers'
 * V8 flags (it re-runs itself under them, `bench-flags.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { numberArg, seedRange, stringArg } from './cli-args.mjs';
import { rng } from './template-data.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** The HTML samples whose reports get pictures (each a whole report with its three tables). */
const BASES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-layout-table.html', 'html-combined-word.html'];

const magick = (args) => execFileSync('convert', args, { maxBuffer: 64 << 20 });
/** A red seal: ring, star and a noisy ink; PNG with transparency (an image with a soft mask) or JPEG on white. */
function seal(size, noise, png) {
  const r = Math.round(size / 2);
  const star = [0, 1, 2, 3, 4].flatMap((i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    const b = a + Math.PI / 5;
    return [`${Math.round(r + 0.3 * r * Math.cos(a))},${Math.round(r + 0.3 * r * Math.sin(a))}`, `${Math.round(r + 0.12 * r * Math.cos(b))},${Math.round(r + 0.12 * r * Math.sin(b))}`];
  });
  return magick(['-size', `${size}x${size}`, png ? 'xc:none' : 'xc:white', '-fill', 'none', '-stroke', '#d01010', '-strokewidth', String(Math.max(3, Math.round(size / 40))), '-draw', `circle ${r},${r} ${r},${Math.round(size / 20)}`, '-fill', '#d01010', '-stroke', 'none', '-draw', `polygon ${star.join(' ')}`, '-attenuate', String(noise), '+noise', 'Gaussian', png ? 'png:-' : 'jpg:-']);
}
/** A letterhead banner (JPEG gradient with a band). */
const banner = (w, h) => magick(['-size', `${w}x${h}`, 'gradient:#1040a0-#ffffff', '-fill', '#c00000', '-draw', `rectangle 0,${Math.round(h * 0.8)} ${w},${h}`, 'jpg:-']);
/** A scanned stamp page: grey paper with speckle (JPEG). */
const scan = (w, h, noise) => magick(['-size', `${w}x${h}`, 'xc:#f4f2ee', '-attenuate', String(noise), '+noise', 'Gaussian', '-colorspace', 'Gray', '-quality', '80', 'jpg:-']);

const img = (bytes, mime, style) => `<img src="data:${mime};base64,${bytes.toString('base64')}" style="${style}">`;

/** The seed's report: which base, which pictures, which printer; the HTML. */
export function variant(seed) {
  const r = rng(seed * 7919 + 17);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const base = pick(BASES);
  const pictures = [];
  let html = readFileSync(join(ROOT, 'samples', base), 'utf8');
  const end = [];
  const sealKind = pick(['png', 'png', 'jpg']);
  const sealSize = 200 + Math.round(r() * 800);
  end.push(img(seal(sealSize, Math.round(r() * 5) / 10, sealKind === 'png'), sealKind === 'png' ? 'image/png' : 'image/jpeg', 'width:42mm'));
  pictures.push(`seal ${sealKind} ${sealSize}²`);
  if (r() < 0.5) {
    const w = 800 + Math.round(r() * 800);
    const h = 120 + Math.round(r() * 160);
    html = html.replace(/<body([^>]*)>/i, (m) => `${m}${img(banner(w, h), 'image/jpeg', 'width:100%')}`);
    pictures.push(`banner jpg ${w}×${h}`);
  }
  if (r() < 0.35) {
    const size = 200 + Math.round(r() * 400);
    end.push(img(seal(size, 0.2, true), 'image/png', 'width:36mm'));
    pictures.push(`second seal png ${size}²`);
  }
  if (r() < 0.3) {
    const w = 1000 + Math.round(r() * 600);
    end.push(`<div style="page-break-before:always">${img(scan(w, Math.round(w * 1.41), 0.3), 'image/jpeg', 'width:100%')}</div>`);
    pictures.push(`scanned page jpg ${w}×${Math.round(w * 1.41)}`);
  }
  html = /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `<p>${end.join('')}</p></body>`) : `${html}<p>${end.join('')}</p>`;
  const printer = r() < 1 / 3 ? 'libreoffice' : 'chromium';
  return { seed, base, printer, pictures, html };
}

async function make(dir) {
  const { printedPdf } = await import('./print-pdf.mjs');
  const [from, to] = seedRange('1..12');
  mkdirSync(dir, { recursive: true });
  const manifest = [];
  for (let seed = from; seed <= to; seed++) {
    const v = variant(seed);
    writeFileSync(join(dir, `seed-${seed}.pdf`), printedPdf(v.html, v.printer));
    manifest.push({ seed, base: v.base, printer: v.printer, pictures: v.pictures });
    console.log(`seed ${seed}: ${v.base} by ${v.printer}: ${v.pictures.join(', ')}`);
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
}

async function score(dir) {
  const { underHelperFlags } = await import('./bench-flags.mjs');
  underHelperFlags();
  const { cpuMs, med, settleCpuMs } = await import('./bench-clock.mjs');
  const { floor } = await import('./bench-floor.mjs');
  const runs = numberArg('runs', 5);
  const builds = [];
  for (const d of stringArg('dist', 'dist').split(',')) {
    const at = pathToFileURL(resolve(ROOT, d)).href;
    (await import(`${at}/isolate.js`)).setIsolated(true);
    builds.push({ name: d, extract: (await import(`${at}/index.js`)).extract });
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const modes = [{ name: 'floor', run: (bytes) => floor(bytes) }, ...builds.map((b) => ({ name: b.name, run: (bytes) => b.extract(new Uint8Array(bytes), { name: 'report.pdf' }).then((r) => JSON.stringify(r), (e) => `error ${e.code}`) }))];
  const ratios = builds.map(() => []);
  let differ = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    const outs = [];
    for (const m of modes) outs.push(await m.run(bytes)); // warm, and each build's output
    const same = outs.slice(2).every((o) => o === outs[1]);
    if (!same) differ++;
    const ms = modes.map(() => []);
    for (let r = 0; r < runs; r++) {
      for (let i = 0; i < modes.length; i++) {
        const k = (i + r) % modes.length;
        const t0 = cpuMs();
        await modes[k].run(bytes);
        const t1 = cpuMs();
        ms[k].push(t1 - t0 + (await settleCpuMs(cpuMs)));
      }
    }
    const m = ms.map(med);
    builds.forEach((_, i) => ratios[i].push(m[i + 1] / m[0]));
    console.log(`${f}: floor ${m[0].toFixed(0)} ms; ${builds.map((b, i) => `${b.name} ${m[i + 1].toFixed(0)} ms (${(m[i + 1] / m[0]).toFixed(2)}×)`).join('; ')}${builds.length > 1 ? (same ? '; same JSON' : '; JSON DIFFERS') : ''}`);
  }
  const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  console.log(`ratio to the floor, geometric mean over ${files.length} PDFs (median): ${builds.map((b, i) => `${b.name} ${geo(ratios[i]).toFixed(2)} (${med(ratios[i]).toFixed(2)})`).join(', ')}${builds.length > 1 ? `; PDFs whose JSON differs between builds: ${differ}` : ''}`);
}

const [command, dir] = process.argv.slice(2);
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (command === 'make' && dir) await make(dir);
  else if (command === 'score' && dir) await score(dir);
  else {
    console.error('usage: image-pdf-variants.mjs make DIR [--seeds 1..12] | score DIR --dist A[,B] [--runs 5]');
    process.exit(2);
  }
}
