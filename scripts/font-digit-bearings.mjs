#!/usr/bin/env node
/**
 * @file Diagnostic: the side bearings of the digits each font of a PDF page shows, read from the
 * font program pdf.js converted (TrueType outlines: the glyph header's xMin / xMax; CFF programs are
 * named, not measured). The clip-edge rule (`src/pdf/shown-glyphs.ts` CUT_EDGE, 0.15 em for any
 * font) distrusts a number ending that close to its clip because a culled next digit's ink may
 * start that far past it (Skia drops a glyph whose ink lies wholly outside the clip); with the
 * font's own largest left bearing the rule could be exact: WPS's TimesNewRomanPSMT '1' is 0.117 em,
 * so a number centred 0.13 em inside its cell clip lost no digit. Digits the page does not show in a
 * font are not in its subset and cannot be measured.
 *
 *   node scripts/font-digit-bearings.mjs FILE.pdf [PAGE]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pdfjs = await import(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
const [file, pageArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/font-digit-bearings.mjs FILE.pdf [PAGE]');
  process.exit(2);
}
// Font programs reach the page only with font faces on; the stand-in document takes their rules.
const ownerDocument = { createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove() {} }), documentElement: { getElementsByTagName: () => [{ append() {} }] } };
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: false, fontExtraProperties: true, ownerDocument, verbosity: 0 }).promise;
const page = await doc.getPage(Number(pageArg ?? 1));
const ops = await page.getOperatorList();

/** loadedName → digit → { fontChar, width (1/1000 em) }, from the glyphs the page shows. */
const shown = new Map();
let font = null;
for (let i = 0; i < ops.fnArray.length; i++) {
  const [fn, args] = [ops.fnArray[i], ops.argsArray[i]];
  if (fn === pdfjs.OPS.setFont) font = args[0];
  if (fn !== pdfjs.OPS.showText && fn !== pdfjs.OPS.showSpacedText) continue;
  for (const g of args[0]) {
    if (!g || typeof g !== 'object' || !/^\d$/.test(g.unicode)) continue;
    if (!shown.has(font)) shown.set(font, new Map());
    shown.get(font).set(g.unicode, { fontChar: g.fontChar, width: g.width });
  }
}

/** The sfnt's tables: tag → offset. */
function tables(dv) {
  const out = {};
  for (let i = 0; i < dv.getUint16(4); i++) out[String.fromCharCode(...[0, 1, 2, 3].map((k) => dv.getUint8(12 + 16 * i + k)))] = dv.getUint32(12 + 16 * i + 8);
  return out;
}
/** A format-4 cmap subtable's code → glyph id, or null. */
function cmap4(dv, at) {
  for (let i = 0; i < dv.getUint16(at + 2); i++) {
    const s = at + dv.getUint32(at + 8 + 8 * i);
    if (dv.getUint16(s) !== 4) continue;
    const seg = dv.getUint16(s + 6) / 2;
    const [ends, starts] = [s + 14, s + 16 + 2 * seg];
    const [deltas, ranges] = [starts + 2 * seg, starts + 4 * seg];
    return (code) => {
      for (let k = 0; k < seg; k++) {
        if (code > dv.getUint16(ends + 2 * k) || code < dv.getUint16(starts + 2 * k)) continue;
        const [delta, range] = [dv.getInt16(deltas + 2 * k), dv.getUint16(ranges + 2 * k)];
        if (range === 0) return (code + delta) & 0xffff;
        const gid = dv.getUint16(ranges + 2 * k + range + 2 * (code - dv.getUint16(starts + 2 * k)));
        return gid ? (gid + delta) & 0xffff : 0;
      }
      return 0;
    };
  }
  return null;
}

for (const [loaded, digits] of shown) {
  const f = page.commonObjs.get(loaded);
  const data = f?.data;
  if (!data) {
    console.log(`${f?.name ?? loaded}: no font program`);
    continue;
  }
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const t = tables(dv);
  const map = t.cmap !== undefined ? cmap4(dv, t.cmap) : null;
  if (t.glyf === undefined || t.loca === undefined || !map) {
    console.log(`${f.name}: not TrueType outlines (${Object.keys(t).join(' ')})`);
    continue;
  }
  const upm = dv.getUint16(t.head + 18);
  const long = dv.getInt16(t.head + 50) !== 0;
  const loca = (g) => (long ? dv.getUint32(t.loca + 4 * g) : 2 * dv.getUint16(t.loca + 2 * g));
  const rows = [...digits].sort().map(([d, { fontChar, width }]) => {
    const at = t.glyf + loca(map(fontChar.charCodeAt(0)));
    const [xMin, xMax] = [dv.getInt16(at + 2), dv.getInt16(at + 6)];
    return { d, lsb: xMin / upm, rsb: width / 1000 - xMax / upm };
  });
  const max = (k) => Math.max(...rows.map((r) => r[k])).toFixed(3);
  console.log(`${f.name}: digits ${rows.map((r) => r.d).join('')} (${rows.length}/10); largest left bearing ${max('lsb')} em, right ${max('rsb')} em`);
  console.log('  ' + rows.map((r) => `${r.d} ${r.lsb.toFixed(3)}/${r.rsb.toFixed(3)}`).join('  '));
}
await doc.destroy();
