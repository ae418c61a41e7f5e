/**
 * @file Variants of a pypdf dump whose table 三 rows are glued digit runs (pypdf `extract_text()` of a
 * LibreOffice html → odt → pdf print: '（件）17133386494480899365724399' for a row's seven cells): every
 * run of 7+ digits ending a line of the table's section is replaced by seven new counts (six parts,
 * log-uniform up to `--most`, and their sum) glued together, seeded. Rows of this shape read 50 000 ways
 * each (hang46: the solver's blank fallback compared them pairwise, minutes past the budget).
 *
 *   node scripts/glued-row-stress.mjs --from DUMP --seeds 1-30 [--most 20000] [--out /tmp/glued-rows]
 *   node scripts/glued-row-stress.mjs --score DIST [--out …] [--timeout 150]   # worst ms, E_TIMEOUT, killed
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedRange, stringArg } from './cli-args.mjs';

const OUT = stringArg('out', '/tmp/glued-rows');
const SCORE = stringArg('score', '');
if (SCORE) {
  const dist = resolve(SCORE);
  const limit = Number(stringArg('timeout', '150'));
  const runner = join(OUT, 'run.mjs');
  writeFileSync(runner, `const m = await import(${JSON.stringify(dist + '/entry.js')}); const t = Date.now();
try { await m.extract(process.argv[2], { format: 'text' }); console.log(JSON.stringify({ ms: Date.now() - t })); } catch (e) { console.log(JSON.stringify({ ms: Date.now() - t, err: e.code })); }`);
  const rows = [];
  for (const f of readdirSync(OUT).filter((f) => f.endsWith('.txt')).sort()) {
    let o;
    try { o = JSON.parse(execFileSync('timeout', [String(limit), 'nice', 'node', runner, join(OUT, f)], { encoding: 'utf8' }).trim().split('\n').at(-1)); }
    catch { o = { ms: limit * 1000, err: `killed at ${limit} s` }; }
    rows.push({ f, ...o });
    console.log(JSON.stringify(rows.at(-1)));
  }
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(JSON.stringify({ dist, docs: rows.length, worstMs: ms.at(-1), medianMs: ms[Math.floor(ms.length / 2)], errors: rows.filter((r) => r.err).map((r) => `${r.f}:${r.err}`) }));
} else {
  const text = readFileSync(stringArg('from', '/tmp/hang46/hang-pypdf-loodt-r07.txt'), 'utf8');
  const most = Number(stringArg('most', '20000'));
  const [lo, hi] = seedRange('1-30');
  mkdirSync(OUT, { recursive: true });
  for (let seed = lo; seed <= hi; seed++) {
    let s = seed * 2654435761 % 2 ** 32;
    const rnd = () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
    const count = () => (rnd() < 0.25 ? 0 : Math.floor(Math.exp(rnd() * Math.log(most))));
    let inTable = false;
    const lines = text.split('\n').map((line) => {
      if (/申请人情况/.test(line)) inTable = true;
      if (/四、政府信息公开行政复议|五、存在的主要问题/.test(line)) inTable = false;
      if (!inTable) return line;
      return line.replace(/\d{7,}$/, () => {
        const parts = Array.from({ length: 6 }, count);
        return [...parts, parts.reduce((a, b) => a + b, 0)].join('');
      });
    });
    writeFileSync(join(OUT, `glued-s${seed}.txt`), lines.join('\n'));
  }
}
