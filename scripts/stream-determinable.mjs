#!/usr/bin/env node
/**
 * @file A judge of the table fields a position-less text dump determines (plain53, issue 15): plain `pdftotext`, pypdf
 * `extract_text()`, PDFBox ExtractText (±`-sort`) of reports printing their zeros as blank cells. Independent of src/: it
 * never calls the product. Material: `blank-dump-variants.mjs --pdfs DIR` (dumps `bdump-<seed>[-<printer>].<tool>.txt`,
 * truth recomputed from the seed).
 *
 *   node scripts/stream-determinable.mjs DIR --patterns sparse,zeros,personOnly,noTotal [--dist dist,/tmp/snapN/dist]
 *     [--tools plain,pypdf,pdfbox,pdfboxsort] [--show]
 *
 * Rule: a field is determined when every reading of the dump's token stream that the template and its identities allow
 * gives it the same value. A reading:
 *  - tokens: the numbers of a table's region (between its heading and the next section's), a row label's numbering
 *    ('1.属于…') and the template's digits ('第二十条') not counted;
 *  - anchoring (the stream's order): a token on a row label's line, or on a line of label text continuing it, is that row's;
 *    a line of numbers alone is the row's of the label line just before it only in a dump writing rows on their label's
 *    line (≥ 2/3 of the region's tokens there) and when that row printed no token yet (a wrapped label); any other token
 *    is free (its row not given by the stream);
 *  - a row's tokens fill its cells left to right; a blank cell is 0 (no 0 printed in the table: zeros blank); a token of
 *    2+ digits may be two or more touching cells (pypdf glues cells: '43612' = 43 · 612); pieces never start with 0;
 *  - table 三: each row's 总计 = its six applicant cells, each column's (七)总计 = its outcome rows, 一 + 二 = (七) + 四;
 *    where no reading keeps them with the 总计 column read as printed, the readings with the 总计 column unprinted (totals
 *    the sums; a print cutting the column at the page edge or leaving it blank) are taken instead;
 *  - table 四: each group's 总计 = its four results; table 二: no identity (a row is determined when it prints nothing, every
 *    cell, or its one cell).
 * A table holding free tokens: only its rows printing every cell on their line count (a free token may be any row's and
 * outcome rows are exchangeable under the identities — a lower bound). A search over its budget: the table's fields count
 * as undetermined ('budget'). Readings that do not hold the truth ('model'): counted apart, their fields undetermined.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { ACTIVE_2019, ACTIVE_2021, COLS, REVIEW_COLS, REVIEW_GROUPS, flatTruth, requestRows } from './template-data.mjs';

const STATES = 20_000;
class Budget extends Error {}

/** Keywords naming each table 三 row on a line (the template's label, cut where dumps wrap it). */
const REQUEST_WORDS = {
  newReceived: /本年新收/, carriedOver: /上年结转/, granted: /予以公开/, partiallyGranted: /部分公开/, 'denied.stateSecret': /国家秘密/,
  'denied.prohibitedByLaw': /行政法规禁止/, 'denied.endangersStability': /三安全/, 'denied.thirdPartyRights': /第三方合法/, 'denied.internalAffairs': /内部事务/,
  'denied.processInfo': /过程性/, 'denied.enforcementFiles': /执法案卷/, 'denied.adminQuery': /查询事项/, 'unavailable.notHeld': /不掌握/, 'unavailable.needsCreation': /没有现成/,
  'unavailable.unclear': /补正后/, 'notProcessed.complaint': /信访/, 'notProcessed.duplicate': /重复申请/, 'notProcessed.publication': /出版物/, 'notProcessed.excessive': /大量反复/,
  'notProcessed.confirmation': /确认或重新/, 'otherHandling.overdueCorrection': /逾期不补正/, 'otherHandling.overdueFee': /收费通知/, 'otherHandling.other': /3\.其他(?!对外)/,
  'otherHandling.combined': /（六）其他处理/, totalHandled: /（七）总计|\(七\)总计/, carriedForward: /结转下年/,
};
/** A number token: not a row label's numbering ('1.属于', '2、'), not inside a word of ASCII. */
const TOKEN = /-?\d+(?:\.\d+)?(?![.、．]?[\u4e00-\u9fff])/g;
const tokensAt = (s) => [...s.matchAll(TOKEN)].map((m) => ({ t: m[0], at: m.index }));
const tokensOf = (s) => tokensAt(s).map((x) => x.t);

/** Lines of the region between `start` and `end` (regexes), with a heading line excluded. */
function region(lines, start, end, from = 0) {
  const a = lines.findIndex((l, i) => i >= from && start.test(l));
  if (a < 0) return null;
  let b = lines.findIndex((l, i) => i > a && end.test(l));
  if (b < 0) b = lines.length;
  return { lines: lines.slice(a + 1, b), at: a, end: b };
}

/**
 * The anchored token stream of a region: { rows: Map key → [token], free: [token], zeroPrinted }. `find(line)` gives the
 * [index, key, labelEnd] of the row labels on a line, in order.
 */
function anchor(lines, find, isHeading = () => false) {
  const rows = new Map();
  const free = [];
  const items = [];
  let onLabel = 0;
  let all = 0;
  for (const line of lines) {
    const labels = find(line);
    if (labels.length) {
      const toks = tokensAt(line);
      const segs = labels.map(([, key, end], i) => ({ key, toks: toks.filter((x) => x.at >= end && x.at < (labels[i + 1]?.[0] ?? Infinity)).map((x) => x.t) }));
      const pre = toks.filter((x) => x.at < labels[0][0]).map((x) => x.t);
      items.push({ kind: 'label', segs, pre });
      for (const s of segs) onLabel += s.toks.length;
      all += pre.length + segs.reduce((n, s) => n + s.toks.length, 0);
    } else {
      const toks = tokensOf(line);
      const text = /[\u4e00-\u9fff]/.test(line) && !isHeading(line);
      items.push({ kind: text ? 'text' : 'nums', toks });
      if (text) onLabel += toks.length;
      all += toks.length;
    }
  }
  const rowLines = all > 0 && onLabel >= (2 * all) / 3;
  let last = null; // the row of the label line (or its continuation) just before
  for (const it of items) {
    if (it.kind === 'label') {
      free.push(...it.pre);
      for (const s of it.segs) rows.set(s.key, [...(rows.get(s.key) ?? []), ...s.toks]);
      last = it.segs.at(-1).key;
    } else if (it.kind === 'text') {
      if (last) rows.set(last, [...(rows.get(last) ?? []), ...it.toks]);
      else free.push(...it.toks);
    } else if (it.toks.length) {
      if (rowLines && last && !(rows.get(last) ?? []).length) rows.set(last, [...it.toks]);
      else free.push(...it.toks);
      last = null;
    }
  }
  return { rows, free };
}

/** Ways to read `tokens` as `n` cells left to right, blanks 0, each token one cell or several touching ones. */
export function rowFills(tokens, n, zeroPrinted) {
  const out = [];
  const pieces = (t) => {
    if (!/^\d{2,}$/.test(t)) return [[Number(t)]];
    const res = [];
    const rec = (s, acc) => {
      res.push([...acc, Number(s)]);
      for (let i = 1; i < s.length; i++) if (s[i] !== '0' && acc.length < n) rec(s.slice(i), [...acc, Number(s.slice(0, i))]);
    };
    if (t[0] !== '0') rec(t, []);
    return res.length ? res : [[Number(t)]];
  };
  const seqs = [];
  const build = (i, acc) => {
    if (acc.length > n) return;
    if (i === tokens.length) {
      if (seqs.length > 2_000) throw new Budget();
      return void seqs.push(acc);
    }
    for (const p of pieces(tokens[i])) build(i + 1, [...acc, ...p]);
  };
  build(0, []);
  for (const seq of seqs) {
    if (zeroPrinted) {
      if (seq.length === n) out.push(seq);
      continue;
    }
    // choose seq.length increasing positions among n
    const place = (j, from, cells) => {
      if (j === seq.length) {
        if (out.length > 20_000) throw new Budget();
        return void out.push(cells.slice());
      }
      for (let p = from; p <= n - (seq.length - j); p++) {
        cells[p] = seq[j];
        place(j + 1, p + 1, cells);
        cells[p] = 0;
      }
    };
    place(0, 0, new Array(n).fill(0));
  }
  return out;
}

const uniq = (xs) => [...new Map(xs.map((x) => [x.join(','), x])).values()];

/**
 * Combines rows (each a list of candidate vectors over `keys[i]`) under linear identities (maps key → coefficient, = 0):
 * the candidates of each row that some full reading keeps. Throws Budget.
 */
function combine(rowKeys, cands, forms) {
  const contrib = cands.map((list, i) => list.map((r) => forms.map((f) => rowKeys[i].reduce((a, k, j) => a + (f.get(k) ?? 0) * r[j], 0))));
  const name = (s) => s.join(',');
  let states = 0;
  const step = (set, i, sign) => {
    const next = new Map();
    for (const s of set.values()) for (const c of contrib[i]) {
      const t = s.map((x, j) => x + sign * c[j]);
      next.set(name(t), t);
      if (++states > STATES) throw new Budget();
    }
    return next;
  };
  const zero = forms.map(() => 0);
  const fwd = [new Map([[name(zero), zero]])];
  for (let i = 0; i < cands.length; i++) fwd.push(step(fwd[i], i, 1));
  // bwd[i]: sums s of rows i.. that close every form: stored negated (-s), so fwd + c must be in bwd[i+1]
  const bwd = Array(cands.length + 1);
  bwd[cands.length] = new Map([[name(zero), zero]]);
  for (let i = cands.length - 1; i >= 0; i--) bwd[i] = step(bwd[i + 1], i, -1);
  return cands.map((list, i) => list.filter((r, ri) => [...fwd[i].values()].some((s) => bwd[i + 1].has(name(s.map((x, j) => x + contrib[i][ri][j]))))));
}

/**
 * Prunes each row's candidates one identity at a time (a candidate stays while some choice of the other rows' candidates
 * closes that identity), to a fixed point: a superset of the candidates some full reading keeps, so a field all survivors
 * agree on is determined (a lower bound where the full search is over its budget).
 */
export function prune(rowKeys, cands, forms) {
  let changed = true;
  let list = cands.map((l) => l.slice());
  while (changed) {
    changed = false;
    for (const f of forms) {
      const rows = rowKeys.map((ks, i) => i).filter((i) => rowKeys[i].some((k) => f.has(k)));
      const contrib = (i, r) => rowKeys[i].reduce((a, k, j) => a + (f.get(k) ?? 0) * r[j], 0);
      const sets = rows.map((i) => new Set(list[i].map((r) => contrib(i, r))));
      const pre = [new Set([0])];
      for (const st of sets) pre.push(new Set([...pre.at(-1)].flatMap((p) => [...st].map((c) => p + c))));
      const suf = [new Set([0])];
      for (const st of [...sets].reverse()) suf.unshift(new Set([...suf[0]].flatMap((p) => [...st].map((c) => p + c))));
      rows.forEach((i, n) => {
        const keep = list[i].filter((r) => {
          const c = contrib(i, r);
          return [...pre[n]].some((p) => suf[n + 1].has(-(p + c)));
        });
        if (keep.length !== list[i].length) {
          list[i] = keep;
          changed = true;
        }
      });
    }
  }
  return list;
}

/** Fields of table 三 determined: Map key → value; `why` Map key → reason for the others. */
function judgeRequests(lines, doc, why) {
  const det = new Map();
  const rowsT = requestRows(doc.combined).map((x) => x[2]);
  const all = (reason) => rowsT.forEach((r) => COLS.forEach((c) => why.set(`requests.${r}.${c}`, reason)));
  const reg = region(lines, /收到和处理政府信息公开申请情况/, /行政复议、行政诉讼情况|^\s*五、/);
  if (!reg) return all('region'), det;
  const words = rowsT.map((k) => [k, REQUEST_WORDS[k]]);
  const find = (line) => {
    const hits = [];
    for (const [k, re] of words) {
      const m = re.exec(line);
      if (!m) continue;
      // the label's text runs to the first digit after it or the line's end
      const rest = line.slice(m.index + m[0].length);
      const d = rest.search(/\s\d|\d/);
      hits.push([m.index, k, d < 0 ? line.length : m.index + m[0].length + d]);
    }
    return hits.sort((a, b) => a[0] - b[0]).filter((h, i, xs) => i === 0 || h[0] >= xs[i - 1][2] || h[0] > xs[i - 1][0]);
  };
  const { rows, free } = anchor(reg.lines, find, (l) => /申请人情况|勾稽关系|法人或其他组织/.test(l));
  if (process.env.JUDGE_DEBUG) console.error({ rows: [...rows], free });
  const zeroPrinted = [...rows.values(), free].flat().some((t) => /^0+$/.test(t));
  const keysOf = (r) => COLS.map((c) => `requests.${r}.${c}`);
  const outcomes = rowsT.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const forms = [];
  for (const c of COLS) {
    forms.push(new Map([[`requests.totalHandled.${c}`, 1], ...outcomes.map((o) => [`requests.${o}.${c}`, -1])]));
    forms.push(new Map([[`requests.newReceived.${c}`, 1], [`requests.carriedOver.${c}`, 1], [`requests.totalHandled.${c}`, -1], [`requests.carriedForward.${c}`, -1]]));
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const attempt = (totalPrinted, local = false) => {
    const cands = rowsT.map((r) => {
      const toks = rows.get(r) ?? [];
      if (totalPrinted) return uniq(rowFills(toks, 7, zeroPrinted).filter((v) => Math.abs(sum(v.slice(0, 6)) - v[6]) < 1e-6));
      return uniq(rowFills(toks, 6, zeroPrinted).map((v) => [...v, sum(v)]));
    });
    if (local) return cands;
    const pruned = prune(rowsT.map(keysOf), cands, forms);
    if (process.env.JUDGE_DEBUG) console.error(totalPrinted, cands.map((l) => l.length).join(" "), "->", pruned.map((l) => l.length).join(" "));
    if (pruned.some((l) => !l.length)) return pruned;
    try {
      return combine(rowsT.map(keysOf), pruned, forms);
    } catch (e) {
      if (!(e instanceof Budget)) throw e;
      return pruned;
    }
  };
  const hasFree = free.length > 0;
  if (hasFree) {
    // A free token may be any row's: only rows printing their seven cells on their own line stand.
    for (const r of rowsT) {
      const toks = rows.get(r) ?? [];
      const v = toks.map(Number);
      const whole = toks.length === 7 && Math.abs(sum(v.slice(0, 6)) - v[6]) < 1e-6;
      keysOf(r).forEach((k, j) => (whole ? det.set(k, v[j]) : why.set(k, 'free')));
    }
    return det;
  }
  let kept;
  try {
    kept = attempt(true);
    if (kept.some((l) => !l.length)) kept = attempt(false);
    // No reading keeps every identity (a cell the print lost): each row read alone (its own total only).
    if (kept.some((l) => !l.length)) kept = attempt(true, true);
    if (kept.some((l) => !l.length)) kept = attempt(false, true);
  } catch (e) {
    if (!(e instanceof Budget)) throw e;
    return all('budget'), det;
  }
  rowsT.forEach((r, i) => {
    keysOf(r).forEach((k, j) => {
      const vals = new Set(kept[i].map((v) => v[j]));
      if (vals.size !== 1) why.set(k, 'readings');
      else det.set(k, [...vals][0]);
    });
  });
  return det;
}

/** Table 二: a row printing nothing (0s, zeros blank), every cell, or its one cell. */
function judgeActive(lines, doc, why) {
  const det = new Map();
  const spec = doc.version === '2019' ? ACTIVE_2019 : ACTIVE_2021;
  const all = (reason) => spec.forEach(([, , k, cs]) => cs.forEach((c) => why.set(`activeDisclosure.${k}.${c}`, reason)));
  const reg = region(lines, /主动公开政府信息情况/, /收到和处理政府信息公开申请情况/);
  if (!reg) return all('region'), det;
  const labels = spec.map(([, label, k]) => [label, k]).sort((a, b) => b[0].length - a[0].length);
  const find = (line) => {
    const hits = [];
    const taken = [];
    for (const [label, k] of labels) {
      let i = line.indexOf(label);
      while (i >= 0 && taken.some(([a, b]) => i < b && i + label.length > a)) i = line.indexOf(label, i + 1);
      if (i < 0) continue;
      taken.push([i, i + label.length]);
      hits.push([i, k, i + label.length]);
    }
    return hits.sort((a, b) => a[0] - b[0]);
  };
  const { rows, free } = anchor(reg.lines, find, (l) => /第二十条|信息内容|本年|数量|金额|件数|增\/减/.test(l) && !find(l).length);
  const zeroPrinted = [...rows.values(), free].flat().some((t) => /^0+(\.0+)?$/.test(t));
  for (const [, , k, cs] of spec) {
    const toks = rows.get(k) ?? [];
    const keys = cs.map((c) => `activeDisclosure.${k}.${c}`);
    if (free.length && toks.length < cs.length) keys.forEach((x) => why.set(x, 'free'));
    else if (toks.length === 0 && !zeroPrinted) keys.forEach((x) => det.set(x, 0));
    else if (toks.length === cs.length) keys.forEach((x, j) => det.set(x, Number(toks[j])));
    else keys.forEach((x) => why.set(x, 'readings'));
  }
  return det;
}

/** Table 四: its 15 cells in order, blanks 0, each group's 总计 the sum of its four results. */
function judgeReview(lines, doc, why) {
  const det = new Map();
  const keys = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `reviewLitigation.${g}.${c}`));
  const reg = region(lines, /行政复议、行政诉讼情况/, /存在的主要问题|^\s*五、/);
  if (!reg) return keys.forEach((k) => why.set(k, 'region')), det;
  const toks = reg.lines.filter((l) => !/^\s*第?\s*\d+\s*页|^\s*-\s*\d+\s*-\s*$/.test(l)).flatMap(tokensOf);
  const zeroPrinted = toks.some((t) => /^0+$/.test(t));
  let fills;
  try {
    fills = uniq(rowFills(toks, 15, zeroPrinted));
  } catch (e) {
    if (!(e instanceof Budget)) throw e;
    return keys.forEach((k) => why.set(k, 'budget')), det;
  }
  fills = fills.filter((v) => [0, 1, 2].every((g) => v[g * 5 + 4] === v.slice(g * 5, g * 5 + 4).reduce((a, b) => a + b, 0)));
  keys.forEach((k, j) => {
    const vals = new Set(fills.map((v) => v[j]));
    if (vals.size === 1) det.set(k, [...vals][0]);
    else why.set(k, fills.length ? 'readings' : 'noReading');
  });
  return det;
}

/** Determined fields of a dump: Map key → value, and `why` for the others. */
export function judge(text, doc) {
  const lines = text.replace(/\r/g, '').replace(/\f/g, '\n').split('\n');
  const why = new Map();
  const det = new Map([...judgeActive(lines, doc, why), ...judgeRequests(lines, doc, why), ...judgeReview(lines, doc, why)]);
  return { det, why };
}

const tally = () => ({ docs: 0, fields: 0, det: 0, right: 0, rightHigh: 0, detRight: 0, detRightHigh: 0, open: 0, wLow: 0, wMid: 0, wHigh: 0, undetHigh: 0, model: 0 });
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
const line = (s) => `fields ${s.fields} det ${s.det} (${pct(s.det, s.fields)}%) right ${s.right} (${pct(s.right, s.fields)}%, ≥.9 ${s.rightHigh}) det-right ${s.detRight} (${pct(s.detRight, s.det)}%, ≥.9 ${s.detRightHigh}) open ${s.open} W<.8 ${s.wLow} W.8-.9 ${s.wMid} W≥.9 ${s.wHigh} undet≥.8 ${s.undetHigh} model ${s.model}`;

async function main() {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const dir = args[0];
  const { blankDumpVariant } = await import('./blank-dump-variants.mjs');
  const patterns = opt('patterns', 'sparse,zeros,personOnly,noTotal').split(',');
  const tools = opt('tools', 'plain,pypdf,pdfbox,pdfboxsort').split(',');
  const show = args.includes('--show');
  const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
  const libs = [];
  if (opt('dist', 'dist') === 'none') libs.push({ dist: 'judge only', lib: null, by: {} });
  else for (const d of opt('dist', 'dist').split(',')) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), by: {} });
  const files = readdirSync(dir).filter((f) => /^bdump-\d+.*\.txt$/.test(f) && tools.includes(f.split('.').at(-2))).sort();
  for (const f of files) {
    const m = /^bdump-(\d+)(-[\w-]+?)?(-thead)?\.(\w+)\.txt$/.exec(f);
    const seed = Number(m[1]);
    const printer = (m[2] ?? '-chromium').slice(1);
    const tool = m[4];
    const v = blankDumpVariant(seed, patterns);
    const doc = { combined: 'combined' in (v.data.requests.otherHandling ?? {}), version: 'regulations' in v.data.activeDisclosure && 'created' in v.data.activeDisclosure.regulations ? '2019' : '2021' };
    const text = readFileSync(join(dir, f), 'utf8');
    const { det, why } = judge(text, doc);
    const truth = ['activeDisclosure', 'requests', 'reviewLitigation'].flatMap((t) => flatTruth(v.data[t]).map(([k, w]) => [`${t}.${k}`, w])).filter(([, w]) => w !== null);
    for (const { dist, lib, by } of libs) {
      const rep = !lib ? {} : await lib.extract(new TextEncoder().encode(text), { name: f }).catch((e) => ({ error: e }));
      const got = rep.error || !lib ? new Map() : lib.flattenData(rep.data);
      const slots = [(by[`${tool}`] ??= tally()), (by[`${tool}/${printer}`] ??= tally()), (by[`${tool}/${v.pattern}`] ??= tally()), (by.all ??= tally())];
      const doc1 = tally();
      const bad = [];
      for (const [key, want] of truth) {
        const value = got.get(key);
        const conf = rep.fields?.[key]?.confidence ?? 0;
        const isDet = det.has(key) && det.get(key) === want;
        const model = det.has(key) && det.get(key) !== want;
        const right = value === want;
        for (const s of [...slots, doc1, (by[`${tool}/${key.split('.')[0]}`] ??= tally())]) {
          s.fields++;
          if (isDet) s.det++;
          if (model) s.model++;
          if (right) {
            s.right++;
            if (conf >= 0.9) s.rightHigh++;
            if (isDet) {
              s.detRight++;
              if (conf >= 0.9) s.detRightHigh++;
            }
          } else if (value == null) s.open++;
          else if (conf >= 0.9) s.wHigh++;
          else if (conf >= 0.8) s.wMid++;
          else s.wLow++;
          if (!isDet && value != null && conf >= 0.8) s.undetHigh++;
        }
        if ((!right && value != null && conf >= 0.8) || (!isDet && value != null && conf >= 0.8) || (show && isDet && !right)) bad.push(`${key}=${value}@${conf} want ${want}${isDet ? ' det' : ` undet:${why.get(key) ?? 'model'}`}`);
      }
      for (const s of slots) s.docs++;
      console.log(`${f} [${dist}] ${v.what} | ${line(doc1)}`);
      if (bad.length && (show || bad.some((b) => / undet|W/.test(b)))) console.log(`    ${bad.slice(0, show ? 40 : 8).join('; ')}`);
    }
  }
  for (const { dist, by } of libs) {
    console.log(`== ${dist}`);
    for (const [k, s] of Object.entries(by).sort()) console.log(`  ${k.padEnd(26)} ${line(s)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
