/**
 * @file Printed labels and value generation for synthetic reports (used by make-samples.mjs).
 * Independent of src/: goldens come from the values chosen here, never from the extractor.
 */

export const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
/** Table 三's column words, by column key. */
export const COLUMN_WORDS = { naturalPerson: '自然人', commercial: '商业企业', research: '科研机构', socialOrg: '社会公益组织', legalService: '法律服务机构', otherOrg: '其他', total: '总计' };
/** The five sub-columns under 法人或其他组织. */
export const SUB_COLUMNS = COLS.slice(1, 6);
/**
 * A field read against its truth, as every generator scores it: 'right' (≥ 0.9), 'low' (right
 * below 0.9, or missing), 'wrong' (≥ 0.9: the defect that must not happen) or 'wrongLow'.
 */
export function verdict(got, truth, confidence) {
  if (got === truth) return confidence >= 0.9 ? 'right' : 'low';
  if (got == null) return 'low';
  return confidence >= 0.9 ? 'wrong' : 'wrongLow';
}
/** A variant's truth (nested data) as [dotted key, value] pairs. */
export const flatTruth = (d, p = '') => Object.entries(d).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flatTruth(v, `${p}${k}.`) : [[`${p}${k}`, v]]));

/** Counts of documents and fields read: right (and at ≥ 0.9), missing, wrong (and at ≥ 0.9). */
export const fieldTally = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, missing: 0, wrong: 0, wrongHigh: 0 });

/** A tally of one kind's fields: right (and at ≥ 0.9), wrong at ≥ 0.9, wrong at 0.8–0.9, wrong below 0.8 or missing (unit-pair, unit-statement, dash-cell variants). */
export const verdictTally = () => ({ fields: 0, right: 0, rightHi: 0, wrongHi: 0, wrong89: 0, low: 0 });

/** One field counted into every tally of `tallies` ({@link verdictTally}): `right` as the caller judged it, else by its `confidence`. */
export function countVerdict(tallies, right, confidence) {
  for (const s of tallies) {
    s.fields++;
    if (right) {
      s.right++;
      if (confidence >= 0.9) s.rightHi++;
    } else if (confidence >= 0.9) s.wrongHi++;
    else if (confidence >= 0.8) s.wrong89++;
    else s.low++;
  }
}

/** A {@link verdictTally} as one line of a report. */
export const verdictLine = (s) => `fields ${String(s.fields).padStart(4)} right ${((100 * s.right) / s.fields).toFixed(1).padStart(5)} % right≥0.9 ${s.rightHi} W≥0.9 ${s.wrongHi} W.8-.9 ${s.wrong89} low/missing ${s.low}`;

/** Counts of documents and fields read by confidence band: right (and at ≥ 0.9), wrong < 0.8, 0.8–0.9, ≥ 0.9. */
export const bandTally = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, missing: 0, wrongLow: 0, wrongMid: 0, wrongHigh: 0 });

/**
 * One document's fields (`truth` nested data, `got` the report's flattened data) counted into `s` (a
 * {@link bandTally}). Returns the fields read otherwise, 'key=value@conf (want w)', ' !' after those
 * wrong at 0.8–0.9, ' !!' at ≥ 0.9.
 */
export function countBands(s, report, got, truth) {
  const bad = [];
  s.docs++;
  for (const [key, want] of flatTruth(truth)) {
    const value = got.get(key) ?? null;
    const conf = report?.fields[key]?.confidence ?? 0;
    s.fields++;
    if (value === want) {
      s.right++;
      if (conf >= 0.9) s.rightHigh++;
    } else if (value !== null) {
      if (conf >= 0.9) s.wrongHigh++;
      else if (conf >= 0.8) s.wrongMid++;
      else s.wrongLow++;
      bad.push(`${key}=${value}@${conf} (want ${want})${conf >= 0.9 ? ' !!' : conf >= 0.8 ? ' !' : ''}`);
    } else s.missing++;
  }
  return bad;
}

/**
 * Each [key, want] of `truth` counted, as `report` read it — right at any confidence, unlike
 * {@link tallyFields}'s verdicts — (`got`: its flattened data), in every tally
 * `talliesOf(key)` gives. Returns the fields read otherwise, 'key=value@conf (want w)', ' !!' after
 * those wrong at ≥ 0.9.
 */
export function countFields(report, got, truth, talliesOf) {
  const bad = [];
  for (const [key, want] of truth) {
    const value = got.get(key);
    const conf = report.fields[key]?.confidence ?? 0;
    const ok = value === want || (typeof want === 'number' && typeof value === 'number' && Math.abs(value - want) < 1e-6);
    for (const s of talliesOf(key)) {
      s.fields++;
      if (ok) {
        s.right++;
        if (conf >= 0.9) s.rightHigh++;
      } else if (value === null || value === undefined) s.missing++;
      else {
        s.wrong++;
        if (conf >= 0.9) s.wrongHigh++;
      }
    }
    if (!ok) bad.push(`${key}=${value ?? '∅'}@${conf} (want ${want})${conf >= 0.9 && value != null ? ' !!' : ''}`);
  }
  return bad;
}

/**
 * Table 三's fields of a generated variant (`v.bytes`, `v.name`, truth in `v.data.requests`) read and
 * scored by `verdict`: counts of right, low, wrong (≥ 0.9) and wrongLow; `lib` the library's
 * { extract, flattenData } (dist/ from a script, src/ from a test).
 */
export async function measureRequests(v, { extract, flattenData }) {
  const rep = await extract(v.bytes, { name: v.name });
  const got = flattenData(rep.data);
  const t = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
  for (const [k, truth] of flattenData({ requests: v.data.requests })) t[verdict(got.get(k), truth, rep.fields[k]?.confidence ?? 0)]++;
  return { ...t, report: rep };
}

/**
 * A generator's command line: builds and measures (`measure(v, lib, seed)`) the variants of seeds
 * `--seeds a..b` (default `seeds`, 1..60) against the build in `XXGK_DIST` (default `dist`), tallied
 * by `keysOf(v)`; prints a line per variant (`describe(v)`) with `--show` or when a field is wrong at
 * ≥ 0.9; exits 1 then.
 */
export async function runVariants({ root, build, measure, keysOf, describe, seeds = '1..60' }) {
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(root, 'dist'), 'index.js')).href);
  const i = process.argv.indexOf('--seeds');
  const [from, to] = (i < 0 ? seeds : process.argv[i + 1]).split('..').map(Number);
  const fresh = () => ({ n: 0, right: 0, low: 0, wrong: 0, wrongLow: 0, wrongMid: 0, rightAny: 0 });
  const tally = {};
  const sum = fresh();
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed);
    const m = await measure(v, lib, seed);
    for (const s of [...keysOf(v).map((key) => (tally[key] ??= fresh())), sum]) { s.n++; for (const f of ['right', 'low', 'wrong', 'wrongLow', 'wrongMid', 'rightAny']) s[f] += m[f] ?? 0; }
    if (m.wrong || process.argv.includes('--show')) {
      const codes = m.report.warnings.map((x) => x.code).filter((c) => c.startsWith('columns_') || c === 'rows_unread');
      console.log(`seed ${seed} ${describe(v)}: right ${m.right} low ${m.low} WRONG ${m.wrong} wrongLow ${m.wrongLow} ${codes.join(',')}`);
    }
  }
  for (const [k, t] of Object.entries(tally).sort()) console.log(`${k.padEnd(16)} ${String(t.n).padStart(3)} docs: right ${t.right}, low ${t.low}, wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow} (0.8–0.9: ${t.wrongMid})${t.rightAny ? `, right at any confidence ${t.rightAny}` : ''}`);
  console.log(`seeds ${from}..${to} (${sum.n} docs): right ${sum.right}, low ${sum.low}, wrong at >= 0.9 ${sum.wrong}, wrong below 0.9 ${sum.wrongLow} (0.8–0.9: ${sum.wrongMid})${sum.rightAny ? `, right at any confidence ${sum.rightAny}` : ''}`);
  process.exit(sum.wrong ? 1 : 0);
}

/** A fresh tally of one meta field's readings: right (at ≥ 0.9 too), none, wrong (at 0.8–0.9, at ≥ 0.9). */
export const metaTally = () => ({ right: 0, rightHigh: 0, none: 0, wrong: 0, wrong89: 0, wrongHigh: 0 });

/** Counts `report`'s meta field `key` against `want` into the tally `c` (metaTally); returns what was read and at what confidence. */
export function countMeta(c, report, key, want) {
  const got = report?.meta?.[key] ?? null;
  const conf = report?.metaFields?.[key]?.confidence ?? 0;
  if (got === null) c.none++;
  else if (got === want) (c.right++, conf >= 0.9 && c.rightHigh++);
  else {
    c.wrong++;
    if (conf >= 0.9) c.wrongHigh++;
    else if (conf >= 0.8) c.wrong89++;
  }
  return { got, conf };
}

/**
 * Prints the meta tallies `n` ('<dump>.<key>' → metaTally) of one build: each tally when `each` (a line '<prefix><dump>.<key>'
 * padded to `pad`), then their sums per key ('<prefix>TOTAL.<key>'). The generators of title/agency/year kinds share it.
 */
export function tallyMeta(n, { prefix = '', pad = 20, each = true } = {}) {
  const total = {};
  for (const [k, c] of Object.entries(n)) {
    if (each) console.log(`${prefix}${k}`.padEnd(pad), JSON.stringify(c));
    const t = (total[k.split('.')[1]] ??= metaTally());
    for (const f of Object.keys(t)) t[f] += c[f];
  }
  for (const [k, c] of Object.entries(total)) console.log(`${prefix}TOTAL.${k}`.padEnd(pad), JSON.stringify(c));
}

/**
 * Every field of tables 二, 三 and 四 of `data` read in `rep` against its truth: the verdicts
 * counted (`said(key, verdict)` may restate one, e.g. a value the file does not determine), each
 * wrong at ≥ 0.9 printed with `seed`. `flattenData` is the build's own (dotted keys → values).
 */
export function tallyFields(rep, data, flattenData, seed, said = (_k, v) => v) {
  const got = flattenData(rep.data);
  const d = { right: 0, low: 0, wrong: 0, wrongLow: 0, wrongMid: 0, rightAny: 0 };
  for (const [k, truth] of flattenData({ activeDisclosure: data.activeDisclosure, requests: data.requests, reviewLitigation: data.reviewLitigation })) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const v = verdict(got.get(k), truth, conf);
    if (got.get(k) === truth) d.rightAny++;
    const told = said(k, v);
    d[told]++;
    if (told === 'wrongLow' && conf >= 0.8) d.wrongMid++;
    if (v === 'wrong' || (told === 'wrongLow' && conf >= 0.8 && process.argv.includes('--mid'))) console.log(`  seed ${seed} ${k}: ${got.get(k)} (truth ${truth}) at ${conf}`);
  }
  return d;
}

/** Every field of tables 二, 三 and 四 of a generated variant read and scored ({@link tallyFields}), for {@link runVariants}. */
export async function measureFields(v, { extract, flattenData }, seed, said) {
  const rep = await extract(v.bytes, { name: v.name });
  return { ...tallyFields(rep, v.data, flattenData, seed, said), report: rep };
}

/** The note table 三 prints in its top-left cell. */
export const REQUEST_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** [group label, row label, key] in printed order; group label only on the group's first row. */
export function requestRows(combined) {
  const rows = [
    ['', '一、本年新收政府信息公开申请数量', 'newReceived'],
    ['', '二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['三、本年度办理结果', '（一）予以公开', 'granted'],
    ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted'],
    ['（三）不予公开', '1.属于国家秘密', 'denied.stateSecret'],
    ['', '2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
    ['', '3.危及“三安全一稳定”', 'denied.endangersStability'],
    ['', '4.保护第三方合法权益', 'denied.thirdPartyRights'],
    ['', '5.属于三类内部事务信息', 'denied.internalAffairs'],
    ['', '6.属于四类过程性信息', 'denied.processInfo'],
    ['', '7.属于行政执法案卷', 'denied.enforcementFiles'],
    ['', '8.属于行政查询事项', 'denied.adminQuery'],
    ['（四）无法提供', '1.本机关不掌握相关政府信息', 'unavailable.notHeld'],
    ['', '2.没有现成信息需要另行制作', 'unavailable.needsCreation'],
    ['', '3.补正后申请内容仍不明确', 'unavailable.unclear'],
    ['（五）不予处理', '1.信访举报投诉类申请', 'notProcessed.complaint'],
    ['', '2.重复申请', 'notProcessed.duplicate'],
    ['', '3.要求提供公开出版物', 'notProcessed.publication'],
    ['', '4.无正当理由大量反复申请', 'notProcessed.excessive'],
    ['', '5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
  ];
  if (combined) rows.push(['', '（六）其他处理', 'otherHandling.combined']);
  else {
    rows.push(
      ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueCorrection'],
      ['', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueFee'],
      ['', '3.其他', 'otherHandling.other'],
    );
  }
  rows.push(['', '（七）总计', 'totalHandled'], ['', '四、结转下年度继续办理', 'carriedForward']);
  return rows;
}

/** Table 二, 2021: [group header, label, key, columns]. */
export const ACTIVE_2021 = [
  ['第二十条第（一）项', '规章', 'regulations', ['issued', 'repealed', 'inForce']],
  ['', '行政规范性文件', 'normativeDocuments', ['issued', 'repealed', 'inForce']],
  ['第二十条第（五）项', '行政许可', 'licensing', ['decisions']],
  ['第二十条第（六）项', '行政处罚', 'punishment', ['decisions']],
  ['', '行政强制', 'coercion', ['decisions']],
  ['第二十条第（八）项', '行政事业性收费', 'fees', ['amount']],
];

/** Table 二, 2019. */
export const ACTIVE_2019 = [
  ['第二十条第（一）项', '规章', 'regulations', ['created', 'published', 'totalPublic']],
  ['', '规范性文件', 'normativeDocuments', ['created', 'published', 'totalPublic']],
  ['第二十条第（五）项', '行政许可', 'licensing', ['prevItems', 'change', 'decisions']],
  ['', '其他对外管理服务事项', 'otherServices', ['prevItems', 'change', 'decisions']],
  ['第二十条第（六）项', '行政处罚', 'punishment', ['prevItems', 'change', 'decisions']],
  ['', '行政强制', 'coercion', ['prevItems', 'change', 'decisions']],
  ['第二十条第（八）项', '行政事业性收费', 'fees', ['prevItems', 'change']],
  ['第二十条第（九）项', '政府集中采购', 'procurement', ['items', 'amount']],
];

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
export const REVIEW_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `xs` in a random order drawn from `r` (Fisher–Yates). */
export function shuffle(xs, r) {
  const b = [...xs];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

export function set(obj, key, value) {
  const parts = key.split('.');
  let node = obj;
  for (const p of parts.slice(0, -1)) node = node[p] ??= {};
  node[parts.at(-1)] = value;
}

export function get(obj, key) {
  return key.split('.').reduce((n, p) => (n == null ? undefined : n[p]), obj);
}

/**
 * Values satisfying every identity. `scale` sets magnitudes; `digits: 1` keeps request cells single-digit.
 */
export function makeValues(seed, { version = '2021', combined = false, scale = 30, digits = 0 } = {}) {
  const r = rng(seed);
  const int = (max) => Math.floor(r() * (max + 1));
  const cap = digits === 1 ? 9 : Infinity;
  const data = { activeDisclosure: {}, requests: {}, reviewLitigation: {} };
  const active = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  for (const [, , key, cols] of active) {
    for (const c of cols) {
      let v = int(c === 'amount' ? 9000 : key === 'licensing' || key === 'punishment' ? 5000 : 20);
      if (c === 'amount') v = Math.round((v + r()) * 100) / 100;
      if (c === 'change') v = int(10) - 5;
      set(data.activeDisclosure, `${key}.${c}`, v);
    }
  }
  const rows = requestRows(combined).map((x) => x[2]);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const weight = [1, 0.3, 0.05, 0.05, 0.1, 0.1];
  for (let ci = 0; ci < 6; ci++) {
    const col = COLS[ci];
    let handled = 0;
    for (const k of outcomes) {
      const v = r() < 0.35 ? Math.min(cap, Math.round(int(scale) * weight[ci])) : 0;
      set(data.requests, `${k}.${col}`, v);
      handled += v;
    }
    const forward = Math.min(cap, Math.round(int(5) * weight[ci]));
    const over = Math.min(handled + forward, Math.min(cap, Math.round(int(5) * weight[ci])));
    set(data.requests, `totalHandled.${col}`, handled);
    set(data.requests, `carriedForward.${col}`, forward);
    set(data.requests, `carriedOver.${col}`, over);
    set(data.requests, `newReceived.${col}`, handled + forward - over);
  }
  for (const k of rows) {
    const total = COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0);
    set(data.requests, `${k}.total`, total);
  }
  for (const g of REVIEW_GROUPS) {
    const parts = REVIEW_COLS.slice(0, 4).map(() => (r() < 0.5 ? Math.min(cap, int(6)) : 0));
    parts.forEach((v, i) => set(data.reviewLitigation, `${g}.${REVIEW_COLS[i]}`, v));
    set(data.reviewLitigation, `${g}.total`, parts.reduce((a, b) => a + b, 0));
  }
  return data;
}

/** Row values of table 三 in printed column order. */
export function requestValues(data, key) {
  return COLS.map((c) => get(data.requests, `${key}.${c}`));
}

/** The 15 review values in printed order. */
export function reviewValues(data) {
  return REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`)));
}
