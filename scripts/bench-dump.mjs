#!/usr/bin/env node
/**
 * @file Cost of the stream decoder (issue 15) on 10 MiB text dumps: an archive dump whose
 * repeated lines were collapsed (one value per line), padded to 10 MiB (a) with running text around
 * the tables and (b) with the statistics table itself repeated inside table 三's section, so
 * every row goes through the stream moves; (c) a report and a run of numbers on one line; (d) a
 * server log of 30 000 time-stamped lines, no report at all (E_NOT_A_REPORT; the running-stamp
 * search once cost a pass over the stamps per line: 79 s). Run alone (`node scripts/bench-dump.mjs`, after
 * `npm run build`) or from scripts/bench.mjs. Speed is never asserted in tests. `DUMP_WRITE=DIR`
 * keeps the dumps; `--cpu FILE` times one file in this thread (CPU time and peak RSS).
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIB = 2 ** 20;
const TARGET = Number(process.env.DUMP_MIB ?? 10) * MIB;
/** MiB of the smaller repeated table. */
const READ_MIB = Number(process.env.DUMP_READ_MIB ?? 4);

const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物',
  '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计', '四、结转下年度继续办理',
];
/** Collapsed rows: 2 0 4 = 2 2 0 0 0 0 4 etc.; every other row a lone 0. */
const VALUES = { 0: ['2', '0', '4'], 2: ['1', '0', '1'], 3: ['1', '2', '0', '3'], 21: ['2', '0', '4'] };
const table = LABELS.flatMap((l, i) => [l, ...(VALUES[i] ?? ['0'])]).join('\n');

function report(requestsBody, padding = '') {
  return [
    '某局2023年政府信息公开工作年度报告', '一、总体情况', padding || '本局依法公开。', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数',
    '规章', '0', '行政规范性文件', '2', '0', '2', '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', requestsBody,
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '0', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。',
  ].join('\n');
}

/** Running text lines, none equal to the next (the archive collapsed those). */
function narrative(bytes) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `第${i}段：本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息，依法规范办理政府信息公开申请。`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** Table 三 repeated until the section holds `bytes` (each copy separated by a note line). */
function repeatedTable(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${table}\n注${i}`;
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return parts.join('\n');
}

/**
 * The report on one line (an archive that dropped the line breaks) followed by a run of numbers to
 * `bytes`, all one line: every per-line scan must stay linear in the line's length (a prefix
 * measured again for each number of the line took 25 s for 50 KB).
 */
function runOnLine(bytes) {
  const nums = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const n = String((i * 7919) % 9973);
    nums.push(n);
    size += n.length + 1;
  }
  return `${report(table)} ${nums.join(' ')}`.replace(/\n/g, ' ');
}

/** The decoder alone: readings of every collapsed row of table 三 (7 cells) and 四 (15), per 1000 rows. */
async function decoderCost() {
  const { rowCandidates } = await import(join(ROOT, 'dist', 'map', 'row-candidates.js'));
  const num = (raw) => ({ kind: 'num', value: Number(raw), raw, fusable: false });
  const rows = [...Object.values(VALUES), ['0'], ['46', '0', '46'], ['1', '0', '2', '0', '3']].map((r) => r.map(num));
  const t0 = performance.now();
  let n = 0;
  for (let i = 0; i < 200; i++) for (const values of rows) for (const k of [7, 15]) (rowCandidates({ values, blankCells: 0 }, k, [], { collapse: true }), n++);
  const ms = performance.now() - t0;
  console.log(`dump decoder: ${((1000 * ms) / n).toFixed(0)} ms per 1000 collapsed rows (7 and 15 cells)`);
  return { rows: n, msPer1000Rows: (1000 * ms) / n, ...(await tableStreamCost()) };
}

/** The whole-table alignment alone (map/table-stream): table 三 of 2021 (25 rows) as 175 values, per table. */
async function tableStreamCost() {
  const { alignTableStream } = await import(join(ROOT, 'dist', 'map', 'table-stream.js'));
  const { TEMPLATE_2021 } = await import(join(ROOT, 'dist', 'template', 'index.js'));
  const specs = TEMPLATE_2021.requestRows;
  // Rows of 1s and their totals (6), the first half printed column by column: every block cut is tried.
  const rows = specs.map((s, i) => s.columns.map((c) => (c === 'total' ? 6 * (i % 3) : i % 3)));
  const values = [...rows.flat()];
  const t0 = performance.now();
  const n = 20;
  let found = 0;
  for (let i = 0; i < n; i++) found += alignTableStream('requests', values, specs, TEMPLATE_2021.identities)?.length ?? 0;
  const ms = (performance.now() - t0) / n;
  console.log(`table stream alignment: ${ms.toFixed(1)} ms per table of ${values.length} values (${found / n} readings kept)`);
  return { tableStreamMs: ms, ...(await streamMovesCost(specs, TEMPLATE_2021.identities)) };
}

/** The same search with its other moves (map/stream-align): table 三 with repeated lines collapsed, and with a number split over two lines. */
async function streamMovesCost(specs, identities) {
  const { alignSegments } = await import(join(ROOT, 'dist', 'map', 'stream-align.js'));
  // Every third outcome row zeros, a zero every third cell; totals summed; 总计 and 新收 consistent.
  const part = (i, c) => (i % 3 === 0 || (i + c) % 3 === 0 ? 0 : 10 * (((i * 3 + c * 5) % 7) + 1) + c);
  const keys = specs.map((s) => s.key);
  const outcomes = keys.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const withTotal = (p) => [...p, p.reduce((a, b) => a + b, 0)];
  const rows = new Map(outcomes.map((k, i) => [k, withTotal([0, 1, 2, 3, 4, 5].map((c) => part(i, c)))]));
  const handled = [0, 1, 2, 3, 4, 5].map((c) => outcomes.reduce((a, k) => a + rows.get(k)[c], 0));
  rows.set('totalHandled', withTotal(handled));
  rows.set('carriedOver', withTotal([0, 0, 0, 0, 0, 0]));
  rows.set('carriedForward', withTotal([0, 0, 0, 0, 0, 0]));
  rows.set('newReceived', withTotal(handled));
  const flat = keys.flatMap((k) => rows.get(k));
  const tok = (v, i, breaks = [0]) => ({ value: Number(v), raw: String(v), breakBefore: breaks.includes(i) });
  const collapsedStream = flat.filter((v, i) => i === 0 || v !== flat[i - 1]).map((v, i) => tok(v, i));
  const split = flat.map(String);
  const at = split.findIndex((v, i) => i > 90 && v.length > 1);
  split.splice(at, 1, split[at].slice(0, 1), split[at].slice(1));
  const splitStream = split.map((v, i) => tok(v, i, [0, 84]));
  const out = {};
  for (const [name, stream, collapse] of [['collapsed', collapsedStream, true], ['split', splitStream, false]]) {
    const stats = { nodes: 0, cap: 0, overflow: false, readings: 0 };
    const t0 = performance.now();
    const segs = alignSegments('requests', stream, specs, identities, () => true, collapse, stats);
    const ms = performance.now() - t0;
    console.log(`stream moves (${name}): ${ms.toFixed(1)} ms, ${stats.nodes} steps, ${segs?.length ?? 0} segments`);
    out[`streamMoves_${name}_ms`] = ms;
  }
  return out;
}

/** A server log: `lines` time-stamped lines of ASCII, nothing of a report (fixed pseudo-random numbers). */
function serverLog(lines) {
  let seed = 5;
  const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const pad = (n) => String(n).padStart(2, '0');
  const out = [];
  for (let i = 0; i < lines; i++) {
    out.push(`2026-11-${pad(1 + next(30))} 12:${pad(next(60))}:${pad(next(60))} INFO [worker-${1 + next(9)}] request id=${1000 + next(99000)} status=${[200, 404, 500][next(3)]} path=/api/v1/items/${next(999)}`);
  }
  return out.join('\n');
}

/** Times each 10 MiB dump once; returns the figures. */
export async function benchDump(extract) {
  const decoder = await decoderCost();
  // 10 MiB dumps are 3.5–4.6 Mi characters, under the text loader's limit (MAX_TEXT_CHARS, 6 Mi);
  // the table repeated is also timed at a smaller size (DUMP_READ_MIB) to see the growth.
  const cases = { narrative: report(table, narrative(TARGET)), tableRepeated: report(repeatedTable(TARGET)), tableRepeatedRead: report(repeatedTable(READ_MIB * MIB)), runOnLine: runOnLine(READ_MIB * MIB), serverLog: serverLog(30_000) };
  const out = { decoder };
  for (const [name, text] of Object.entries(cases)) {
    const bytes = Buffer.from(text, 'utf8');
    // DUMP_WRITE=DIR keeps the dumps (to time them with the CLI: `/usr/bin/time -v xxgk extract DIR/narrative.txt`).
    if (process.env.DUMP_WRITE) writeFileSync(join(process.env.DUMP_WRITE, `${name}.txt`), bytes);
    const t0 = performance.now();
    let outcome = 'ok';
    try {
      await extract(new Uint8Array(bytes), { name: `${name}.txt` });
    } catch (e) {
      outcome = e.code ?? 'crash';
    }
    out[name] = { mib: bytes.length / MIB, ms: performance.now() - t0, outcome };
    console.log(`dump (${name}): ${(bytes.length / MIB).toFixed(1)} MiB in ${out[name].ms.toFixed(0)} ms (${outcome})`);
  }
  return out;
}

/**
 * `--cpu FILE`: extracts FILE in this thread (no helper process) and prints the CPU time and the
 * peak RSS of this process: what the document costs, apart from a loaded machine's waiting.
 */
async function cpuOf(file) {
  const { readFileSync } = await import('node:fs');
  const { extract } = await import(join(ROOT, 'dist', 'index.js'));
  const { setIsolated } = await import(join(ROOT, 'dist', 'isolate.js'));
  setIsolated(true);
  const bytes = new Uint8Array(readFileSync(file));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let outcome = 'ok';
  try {
    await extract(bytes, { name: file, timeoutMs: 600_000 });
  } catch (e) {
    outcome = e.code ?? 'crash';
  }
  const cpu = process.cpuUsage(c0);
  console.log(`${file}: ${(bytes.length / MIB).toFixed(1)} MiB, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, wall ${(performance.now() - t0).toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (${outcome})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--cpu');
  if (at > 0) await cpuOf(process.argv[at + 1]);
  else {
    const { extract } = await import(join(ROOT, 'dist', 'index.js'));
    await benchDump(extract);
  }
}
