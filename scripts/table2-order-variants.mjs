#!/usr/bin/env node
/**
 * @file Table 二 printed column by column or label block first (the `joined` kind: breakit51 p2t-M4,
 * arch-gbpg, pt-lin). Unseen PDFs with multi-digit values (scripts/miner-pdfs.mjs: reportlab per seed ×
 * variant, and the Chromium / LibreOffice prints of the PDF samples with values from an offset) are dumped
 * by extractors that lose table 二's row order:
 *   p2t-M4     pdfminer `-M 4 -L .2 -W .3` (label blocks first, then one number a line, column by column);
 *   p2t-M2     pdfminer `-M 2 -L .5 -W .1`;
 *   p2t-cm05   pdfminer `--char-margin 0.5`;
 *   pt-plain   plain `pdftotext`;
 *   arch       plain `pdftotext` archived: URL header, CRLF, '- N -' page-number lines, form feeds → blank lines.
 * Each dump is extracted with every --dist and counted against the golden: fields, right, right ≥ 0.9,
 * WRONG ≥ 0.9 (must be 0), WRONG 0.8–0.9, and the fields flagged `joined`: wrong at any confidence, wrong ≥ 0.8.
 *
 *   npm run build && nice node scripts/table2-order-variants.mjs [--seeds 5-8] [--offsets 3] [--dist A,B] [--out /tmp/t2-order] [--show]
 *
 * Seeds split development from measurement: develop on some, measure on others never looked at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(stringArg('out', '/tmp/t2-order'));
const [lo, hi] = seedRange('5-8');
const OFFSETS = stringArg('offsets', '3');
const DISTS = stringArg('dist', join(ROOT, 'dist')).split(',').map((d) => resolve(d));
const SHOW = process.argv.includes('--show');
const PDFS = join(OUT, 'pdf');

const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 2 ** 20, timeout: 300_000 }).toString('utf8');
/** An archiver's copy: URL header, CRLF, '- N -' at each page end, form feeds as blank lines. */
const archive = (text) => ['URL: http://www.example.gov.cn/xxgk/ndbg/index.html', '抓取时间：2024-03-01 10:00', '', ...text.split('\f').flatMap((page, i) => [page.replace(/\s+$/, ''), '', `- ${i + 1} -`, '', ''])].join('\r\n');
const TOOLS = {
  'p2t-M4': (f) => run('pdf2txt', ['-M', '4', '-L', '.2', '-W', '.3', f]),
  'p2t-M2': (f) => run('pdf2txt', ['-M', '2', '-L', '.5', '-W', '.1', f]),
  'p2t-cm05': (f) => run('pdf2txt', ['--char-margin', '0.5', f]),
  'pt-plain': (f) => run('pdftotext', ['-enc', 'UTF-8', f, '-']),
  arch: (f) => archive(run('pdftotext', ['-enc', 'UTF-8', f, '-'])),
};

mkdirSync(PDFS, { recursive: true });
execFileSync('node', [join(ROOT, 'scripts/miner-pdfs.mjs'), '--out', PDFS, '--seeds', `${lo}-${hi}`, '--chromium-offsets', OFFSETS], { stdio: 'inherit' });
const pdfs = readdirSync(PDFS).filter((f) => f.endsWith('.pdf') && (!f.startsWith('rl-') || (+f.match(/-s(\d+)-/)[1] >= lo && +f.match(/-s(\d+)-/)[1] <= hi)));

/** The golden's leaves by dotted key. */
function flat(o, pre = '', out = new Map()) {
  for (const [k, v] of Object.entries(o ?? {})) {
    if (v !== null && typeof v === 'object') flat(v, `${pre}${k}.`, out);
    else out.set(`${pre}${k}`, v);
  }
  return out;
}
const same = (a, b) => typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b;

const apis = await Promise.all(DISTS.map((d) => import(pathToFileURL(join(d, 'index.js')).href)));
const tally = DISTS.map(() => ({}));
for (const name of pdfs) {
  const pdf = join(PDFS, name);
  const gold = flat(JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.golden.json'), 'utf8')).data);
  for (const [tool, dump] of Object.entries(TOOLS)) {
    const txt = join(OUT, tool, name.replace(/\.pdf$/, '.txt'));
    if (!existsSync(txt)) {
      mkdirSync(dirname(txt), { recursive: true });
      try {
        writeFileSync(txt, dump(pdf));
      } catch {
        continue;
      }
    }
    const bytes = readFileSync(txt);
    for (const [d, api] of apis.entries()) {
      const t = (tally[d][tool] ??= { docs: 0, fields: 0, right: 0, right9: 0, wrong9: 0, wrong8: 0, joined: 0, joinedWrong: 0, joinedWrong8: 0 });
      t.docs++;
      const report = await api.extract(new Uint8Array(bytes), { name: `${name}.txt` });
      const got = flat(report.data);
      for (const [key, info] of Object.entries(report.fields)) {
        const want = gold.get(key);
        if (want === undefined || want === null) continue;
        const v = got.get(key);
        const ok = same(v, want);
        const c = info.confidence;
        t.fields++;
        if (ok) t.right++;
        if (ok && c >= 0.9) t.right9++;
        if (!ok && v !== null && v !== undefined && c >= 0.9) t.wrong9++;
        if (!ok && v !== null && v !== undefined && c >= 0.8 && c < 0.9) t.wrong8++;
        if (info.flags.includes('joined')) {
          t.joined++;
          if (!ok && v !== null && v !== undefined) {
            t.joinedWrong++;
            if (c >= 0.8) t.joinedWrong8++;
          }
        }
        if (SHOW && d === 0 && !ok && v !== null && v !== undefined && (c >= 0.8 || info.flags.includes('joined'))) console.log(`  ${tool}/${name} ${key} want ${want} got ${v} @${c} ${info.flags.join(',')}`);
      }
    }
  }
}
for (const [d, dist] of DISTS.entries()) {
  console.log(`== ${dist}`);
  const sum = { docs: 0, fields: 0, right: 0, right9: 0, wrong9: 0, wrong8: 0, joined: 0, joinedWrong: 0, joinedWrong8: 0 };
  for (const [tool, t] of [...Object.entries(tally[d]), ['TOTAL', sum]]) {
    if (tool !== 'TOTAL') for (const k of Object.keys(sum)) sum[k] += t[k];
    console.log(`${tool.padEnd(9)} docs ${t.docs} fields ${t.fields} right ${(100 * t.right / Math.max(1, t.fields)).toFixed(1)}% right≥.9 ${t.right9} WRONG≥.9 ${t.wrong9} WRONG.8-.9 ${t.wrong8} | joined ${t.joined} wrong ${t.joinedWrong} wrong≥.8 ${t.joinedWrong8}`);
  }
}
