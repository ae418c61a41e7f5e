#!/usr/bin/env node
/**
 * @file Text dumps of PDFs by the extractors real crawlers and archives use, which the product was
 * not tuned on: poppler's plain `pdftotext` and `pdftotext -raw` (no page layout kept), pdfminer.six (`pdf2txt`: default LAParams, `-A`, other char/line margins, `-V`,
 * no layout analysis), mupdf (`mutool draw -F txt`, and `-F stext` turned into text line by line or
 * block by block), pypdf `extract_text()` (default and `extraction_mode="layout"`) and Apache PDFBox
 * `ExtractText` (with and without `-sort`). Each extractor that is installed runs over the given
 * PDFs (default: the project's samples/*.pdf and ../shared/corpus/<case>/report.pdf) and writes
 * `OUT/<setting>/<id>.txt` (`id` = `samples__<name>` or `corpus__<case>`) plus `OUT/index.json`
 * (each dump's PDF and golden). Dumps go under /tmp by default, never into the repo (corpus files
 * must not be copied into it). `scripts/check-dumps.mjs OUT` scores them.
 *
 * Space-aligned dumps too: `pdftotext -layout` and Ghostscript `-sDEVICE=txtwrite` (settings
 * pdftotext-layout, gs-txtwrite).
 *
 *   nice -n 10 node scripts/make-dumps.mjs [--out /tmp/xxgk-dumps] [--settings pdfminer,mutool-txt] [--pdfs DIR_OR_FILE ...] [--force]
 *
 * `--pdfs` takes PDFs of its own (a folder's *.pdf; a golden beside each as `<name>.golden.json` or
 * `golden.json` in its folder). Existing dumps are reused unless `--force`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasCommand as has } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const JAVA_DIR = '/usr/share/java';
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const argList = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return null;
  const out = [];
  for (let j = i + 1; j < process.argv.length && !process.argv[j].startsWith('--'); j++) out.push(process.argv[j]);
  return out;
};
const OUT = resolve((argList('out') ?? ['/tmp/xxgk-dumps'])[0]);
const ONLY = argList('settings')?.flatMap((s) => s.split(',')) ?? null;
const FORCE = process.argv.includes('--force');

const run = (cmd, argv, input) =>
  execFileSync(cmd, argv, { input, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'ignore'], maxBuffer: 256 * 2 ** 20, timeout: 300_000 });

/** pypdf: every page's `extract_text(**kw)`, pages joined by a newline (as a crawler concatenates them). */
const PYPDF = `
import sys, pypdf
kw = eval(sys.argv[2])
r = pypdf.PdfReader(sys.argv[1])
sys.stdout.write('\\n'.join((p.extract_text(**kw) or '') for p in r.pages))
`;
/** pypdf's text items (visitor_text: text and matrix) put into lines by baseline, then left to right,
 * a space between items: the "layout" a crawler builds when its pypdf lacks extraction_mode. */
const PYPDF_ITEMS = `
import sys, pypdf
r = pypdf.PdfReader(sys.argv[1])
pages = []
for p in r.pages:
    items = []
    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            items.append((round(y), x, text.strip()))
    p.extract_text(visitor_text=visit)
    lines = {}
    for y, x, t in items:
        key = next((k for k in lines if abs(k - y) <= 2), y)
        lines.setdefault(key, []).append((x, t))
    pages.append('\\n'.join(' '.join(t for _, t in sorted(v)) for _, v in sorted(lines.items(), key=lambda kv: -kv[0])))
sys.stdout.write('\\n\\f'.join(pages))
`;
/** mutool stext (XML) → text: each line's characters in order, a line per line, a blank line between
 * blocks (`block` = each block's lines joined by a space on one line, as some stext consumers do). */
const STEXT = `
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
per_block = sys.argv[1] == 'block'
out = []
for page in root.iter('page'):
    for block in page.iter('block'):
        lines = [''.join(c.get('c', '') for c in line.iter('char')) for line in block.iter('line')]
        if per_block: out.append(' '.join(lines))
        else: out.extend(lines)
        out.append('')
    out.append('\\f')
sys.stdout.write('\\n'.join(out))
`;
const pdfboxJars = () => ['pdfbox2.jar', 'fontbox2.jar', 'commons-logging.jar', 'pdfbox2-tools.jar'].map((j) => join(JAVA_DIR, j));
const hasPdfbox = () => has('java') && pdfboxJars().every(existsSync);
const hasPy = (mod) => {
  try {
    execFileSync(PY, ['-c', `import ${mod}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
/** extraction_mode="layout" came with pypdf 3.17; Debian 12 ships 3.4. */
const pypdfHasLayout = () => {
  try {
    execFileSync(PY, ['-c', 'import pypdf, inspect, sys; sys.exit(0 if "extraction_mode" in str(inspect.signature(pypdf.PageObject.extract_text)) else 1)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const pdfbox = (f, extra) => run('java', ['-Djava.awt.headless=true', '-cp', pdfboxJars().join(':'), 'org.apache.pdfbox.tools.ExtractText', '-encoding', 'UTF-8', ...extra, f, '-console']);

/** Extractor settings: `name`, `ok()` (installed), `run(pdf)` → Buffer of UTF-8 text. */
export const SETTINGS = [
  { name: 'pdftotext', ok: () => has('pdftotext'), run: (f) => run('pdftotext', ['-enc', 'UTF-8', f, '-']) },
  { name: 'pdftotext-raw', ok: () => has('pdftotext'), run: (f) => run('pdftotext', ['-raw', '-enc', 'UTF-8', f, '-']) },
  { name: 'pdftotext-layout', ok: () => has('pdftotext'), run: (f) => run('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']) },
  { name: 'pdftotext-tsv', ok: () => has('pdftotext'), run: (f) => run('pdftotext', ['-tsv', '-enc', 'UTF-8', f, '-']) },
  // Ghostscript's txtwrite: text placed in exact character cells, a scale of its own per stretch of lines, undecodable glyphs as other letters.
  { name: 'gs-txtwrite', ok: () => has('gs'), run: (f) => run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=txtwrite', '-sOutputFile=-', f]) },
  { name: 'pdfminer', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', [f]) },
  { name: 'pdfminer-A', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['-A', f]) },
  { name: 'pdfminer-margins', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['-M', '0.5', '-L', '1.5', '-W', '0.3', f]) },
  // Character margins other than pdfminer's 2.0: narrower ones split a cell's text into boxes of their own, column by column (issue 15).
  { name: 'pdfminer-cm05', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['--char-margin', '0.5', f]) },
  { name: 'pdfminer-cm1', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['--char-margin', '1.0', f]) },
  { name: 'pdfminer-cm3', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['--char-margin', '3.0', f]) },
  { name: 'pdfminer-V', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['-V', f]) },
  { name: 'pdfminer-n', ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', ['-n', f]) },
  // A grid of LAParams (issue 15): char margin -M, line margin -L, word margin -W, boxes flow -F, -A, -V. Wide char and line
  // margins put a table's cells into boxes a column (or a few) tall, printed box by box; a negative flow orders them by x.
  ...[
    ['M4', ['-M', '4']], ['M6', ['-M', '6']], ['M4-L.2-W.3', ['-M', '4', '-L', '.2', '-W', '.3']], ['M2-L.5-W.1', ['-M', '2', '-L', '.5', '-W', '.1']],
    ['M.5-L2', ['-M', '.5', '-L', '2']], ['M4-F-1', ['-M', '4', '-F', '-1']], ['M4-F1', ['-M', '4', '-F', '1']], ['L2-F-1', ['-L', '2', '-F', '-1']],
    ['M6-L1-A', ['-M', '6', '-L', '1', '-A']], ['M4-V', ['-M', '4', '-V']], ['L.1-W1', ['-L', '.1', '-W', '1']], ['M1-L2-F0', ['-M', '1', '-L', '2', '-F', '0']],
    ['L.3-W.5-M1.5', ['-L', '.3', '-W', '.5', '-M', '1.5']], ['A-L.3', ['-A', '-L', '.3']], ['A-F.5', ['-A', '-F', '.5']],
  ].map(([n, argv]) => ({ name: `pdfminer-${n}`, ok: () => has('pdf2txt'), run: (f) => run('pdf2txt', [...argv, f]) })),
  { name: 'mutool-txt', ok: () => has('mutool'), run: (f) => run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', f]) },
  { name: 'mutool-stext', ok: () => has('mutool'), run: (f) => run(PY, ['-c', STEXT, 'line'], run('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', f])) },
  { name: 'mutool-stext-block', ok: () => has('mutool'), run: (f) => run(PY, ['-c', STEXT, 'block'], run('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', f])) },
  { name: 'pypdf', ok: () => hasPy('pypdf'), run: (f) => run(PY, ['-c', PYPDF, f, '{}']) },
  { name: 'pypdf-layout', ok: () => hasPy('pypdf') && pypdfHasLayout(), run: (f) => run(PY, ['-c', PYPDF, f, "{'extraction_mode': 'layout'}"]) },
  { name: 'pypdf-items', ok: () => hasPy('pypdf'), run: (f) => run(PY, ['-c', PYPDF_ITEMS, f]) },
  { name: 'pdfbox', ok: hasPdfbox, run: (f) => pdfbox(f, []) },
  { name: 'pdfbox-sort', ok: hasPdfbox, run: (f) => pdfbox(f, ['-sort']) },
];

/** The PDFs with their goldens: samples, corpus, or `--pdfs` given. */
function inputs() {
  const given = argList('pdfs');
  if (given) {
    return given.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.pdf')).map((f) => join(p, f)) : [p])).map((file) => {
      const name = basename(file, '.pdf');
      const golden = [join(dirname(file), `${name}.golden.json`), join(dirname(file), 'golden.json')].find(existsSync) ?? null;
      return { id: `${basename(dirname(file))}__${name}`, pdf: resolve(file), golden };
    });
  }
  const out = readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => ({ id: `samples__${f.replace(/\.pdf$/, '')}`, pdf: join(ROOT, 'samples', f), golden: join(ROOT, 'golden', f.replace(/\.pdf$/, '.golden.json')) }));
  if (existsSync(CORPUS)) {
    for (const d of readdirSync(CORPUS).sort()) {
      const pdf = join(CORPUS, d, 'report.pdf');
      if (existsSync(pdf)) out.push({ id: `corpus__${d}`, pdf, golden: join(CORPUS, d, 'golden.json') });
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const settings = SETTINGS.filter((s) => (!ONLY || ONLY.includes(s.name)) && s.ok());
  const missing = SETTINGS.filter((s) => (!ONLY || ONLY.includes(s.name)) && !settings.includes(s)).map((s) => s.name);
  if (missing.length) console.error(`not installed, skipped: ${missing.join(', ')}`);
  const list = inputs();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'index.json'), JSON.stringify(list, null, 1));
  for (const s of settings) {
    mkdirSync(join(OUT, s.name), { recursive: true });
    for (const x of list) {
      const file = join(OUT, s.name, `${x.id}.txt`);
      if (existsSync(file) && !FORCE) continue;
      try {
        writeFileSync(file, s.run(x.pdf));
      } catch (e) {
        console.error(`${s.name} ${x.id}: ${String(e.message).split('\n')[0]}`);
      }
    }
    console.error(`${s.name}: ${list.length} PDFs`);
  }
}
