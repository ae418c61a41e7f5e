#!/usr/bin/env node
/**
 * @file .docx text hidden by a style: variants of samples/docx-word.docx whose table cells get a
 * digit Word does not show because of a style, not of the run's own properties. Random style chains
 * (`w:basedOn`, 1–4 deep, listed in random order) are added to word/styles.xml; `w:vanish` or
 * `w:specVanish` (as `<w:vanish/>`, `w:val="true|1|on"`) is set at one level of a chain and maybe
 * turned off (`w:val="0|false|off"`) at a nearer one. HIDE cells get a digit before or after the
 * number in a run whose character style (`w:rStyle`) hides it, or in a paragraph of the cell whose
 * paragraph style (`w:pStyle`) hides it. KEEP cells put the number itself under a style that shows
 * it: vanish turned off nearer in the chain, a hidden style undone by the run's direct
 * `<w:vanish w:val="0"/>`, `w:webHidden` (hidden in web view only: it prints), a style id that is
 * not defined, a basedOn cycle. Measured: fields wrong at confidence ≥ 0.9 (`silent`, must be 0) and
 * other fields lost against the golden (`lost`, must be 0). Seeds 1..12 are the ones looked at
 * while fixing; check others.
 *
 *   npm run build && nice node scripts/docx-style-variants.mjs [--seeds 1..12] [--show]
 * Files go to `.tmp/docx-style-variants/`. Exit 1 on a silent or lost field.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'docx-style-variants');
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..12').split('..').map(Number);
const show = argv.includes('--show');

const HIDE = 4;
const KEEP = 3;
const pick = (xs, r) => xs[Math.floor(r() * xs.length)];
const ON = ['<w:vanish/>', '<w:vanish w:val="true"/>', '<w:vanish w:val="1"/>', '<w:vanish w:val="on"/>', '<w:specVanish/>'];
const OFF = ['<w:vanish w:val="0"/>', '<w:vanish w:val="false"/>', '<w:vanish w:val="off"/>'];
const FILLER = ['<w:sz w:val="21"/>', '<w:b/>', '<w:rFonts w:eastAsia="宋体"/>', '', '<w:color w:val="000000"/>'];

/**
 * A chain of `depth` styles of `type` (the last one is applied), hidden at one level and, when
 * `shown`, turned off at a nearer level. Returns the style elements and the applied id.
 */
function chain(type, prefix, r, shown, base) {
  const depth = 1 + Math.floor(r() * 4);
  const ids = Array.from({ length: depth }, (_, i) => `${prefix}${i}x${Math.floor(r() * 1e4)}`);
  const hideAt = shown ? Math.floor(r() * (depth - 1 || 1)) : Math.floor(r() * depth);
  const offAt = shown ? Math.min(depth - 1, hideAt + 1 + Math.floor(r() * (depth - hideAt - 1))) : -1;
  const on = pick(ON, r);
  const styles = ids.map((id, i) => {
    const props = pick(FILLER, r) + (i === hideAt ? on : i === offAt ? (on.includes('specVanish') ? '<w:specVanish w:val="0"/>' : pick(OFF, r)) : '');
    const basedOn = i > 0 ? `<w:basedOn w:val="${ids[i - 1]}"/>` : base ? `<w:basedOn w:val="${base}"/>` : '';
    return `<w:style w:type="${type}" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn}<w:rPr>${props}</w:rPr></w:style>`;
  });
  // A hide-and-undo pair in one style is not written: with depth 1 a shown chain hides nothing.
  if (shown && depth === 1) styles[0] = styles[0].replace(/<w:(?:spec)?[vV]anish[^>]*\/>/, '');
  return { styles, id: ids[depth - 1] };
}

/** A KEEP style on the number's own run: the run's properties and the styles it needs. */
function keepRun(r, n) {
  switch (Math.floor(r() * 5)) {
    case 0: { const c = chain('character', `K${n}`, r, true); return { rpr: `<w:rStyle w:val="${c.id}"/>`, styles: c.styles }; }
    case 1: { const c = chain('character', `U${n}`, r, false); return { rpr: `<w:rStyle w:val="${c.id}"/>${c.styles.join('').includes('specVanish') ? '<w:specVanish w:val="false"/>' : pick(OFF, r)}`, styles: c.styles }; }
    case 2: return { rpr: `<w:rStyle w:val="W${n}"/>`, styles: [`<w:style w:type="character" w:styleId="W${n}"><w:name w:val="W${n}"/><w:rPr><w:webHidden/></w:rPr></w:style>`] };
    case 3: return { rpr: `<w:rStyle w:val="Missing${n}"/>`, styles: [] };
    default: return { rpr: `<w:rStyle w:val="Y${n}"/>`, styles: [`<w:style w:type="character" w:styleId="Y${n}"><w:basedOn w:val="Z${n}"/><w:rPr><w:b/></w:rPr></w:style>`, `<w:style w:type="character" w:styleId="Z${n}"><w:basedOn w:val="Y${n}"/></w:style>`] };
  }
}

async function variant(bytes, r) {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml').async('string');
  const runs = [...xml.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t(?: [^>]*)?>(\d[\d.]*)<\/w:t><\/w:r>/g)];
  const chosen = new Map();
  while (chosen.size < Math.min(HIDE + KEEP, runs.length)) chosen.set(Math.floor(r() * runs.length), chosen.size < HIDE ? 'hide' : 'keep');
  const added = [];
  for (const [i, kind] of [...chosen].sort((a, b) => b[0] - a[0])) {
    const m = runs[i];
    const props = m[1] ?? '<w:rPr></w:rPr>';
    const end = m.index + m[0].length;
    const digit = String(1 + Math.floor(r() * 9));
    if (kind === 'keep') {
      const k = keepRun(r, i);
      added.push(...k.styles);
      xml = `${xml.slice(0, m.index)}<w:r>${props.replace('<w:rPr>', `<w:rPr>${k.rpr}`)}<w:t>${m[2]}</w:t></w:r>${xml.slice(end)}`;
    } else if (r() < 0.6) {
      const c = chain('character', `H${i}`, r, false);
      added.push(...c.styles);
      const hidden = `<w:r><w:rPr><w:rStyle w:val="${c.id}"/>${pick(FILLER, r)}</w:rPr><w:t>${digit}</w:t></w:r>`;
      xml = r() < 0.5 ? `${xml.slice(0, m.index)}${hidden}${xml.slice(m.index)}` : `${xml.slice(0, end)}${hidden}${xml.slice(end)}`;
    } else {
      const c = chain('paragraph', `P${i}`, r, false, r() < 0.5 ? 'TableContents' : undefined);
      added.push(...c.styles);
      const para = `<w:p><w:pPr><w:pStyle w:val="${c.id}"/></w:pPr><w:r><w:t>${digit}</w:t></w:r></w:p>`;
      const after = xml.indexOf('</w:p>', end) + '</w:p>'.length;
      const before = Math.max(xml.lastIndexOf('<w:p>', m.index), xml.lastIndexOf('<w:p ', m.index));
      xml = r() < 0.5 ? `${xml.slice(0, before)}${para}${xml.slice(before)}` : `${xml.slice(0, after)}${para}${xml.slice(after)}`;
    }
  }
  zip.file('word/document.xml', xml);
  const styles = await zip.file('word/styles.xml').async('string');
  const shuffled = added.map((s) => [r(), s]).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  zip.file('word/styles.xml', styles.replace('</w:styles>', `${shuffled.join('')}</w:styles>`));
  return zip.generateAsync({ type: 'uint8array' });
}

const SAMPLE = 'docx-word.docx';
mkdirSync(OUT, { recursive: true });
const bytes = readFileSync(join(ROOT, 'samples', SAMPLE));
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'docx-word.golden.json'), 'utf8'));
let [silent, lost, right, total] = [0, 0, 0, 0];
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 6007 + 29);
  const name = `s${seed}-${SAMPLE}`;
  const doc = await variant(bytes, r);
  writeFileSync(join(OUT, name), doc);
  const cmp = compareReport(name, await extract(doc, { name }), golden);
  const wrong = cmp.fields.filter((f) => !f.ok);
  silent += cmp.silent;
  lost += wrong.length - cmp.silent;
  right += cmp.correct;
  total += cmp.total;
  console.log(`${cmp.silent ? 'SILENT' : wrong.length ? 'lost  ' : 'ok    '} ${name} ${cmp.correct}/${cmp.total} silent ${cmp.silent}`);
  if (show || wrong.length) for (const f of wrong) console.log(`    ${f.key} expected ${f.expected} got ${f.actual} conf ${f.confidence}`);
}
console.log(`ALL ${right}/${total} silent ${silent} lost ${lost}`);
process.exit(silent || lost ? 1 : 0);
