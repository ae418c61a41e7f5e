#!/usr/bin/env node
/**
 * @file Text dumps of reports whose value cells carry footnote marks or printed corrections, as city
 * archives and converters keep them: a mark glued after a number ('12①', '12⑵', '12[1]', '12*',
 * '12※', '12注1', '12注', '12²', '12(注)', '12（注1）'), or a corrected number ('12（更正为13）',
 * '原12现13', strikethrough kept as '~~12~~ 13'), in one of three layouts: cells apart by spaces,
 * by tabs, or as docx2txt writes a .docx table (one cell per line, a blank line between rows, or
 * between every cell). A quarter of the values get the document's mark or correction. Every field
 * of tables 二, 三 and 四 is measured against the value printed (the corrected one where the text
 * says which is the correction); none may be wrong at ≥ 0.9 (exit 1). `--kinds a,b` keeps the
 * documents of those kinds, `--layouts` likewise.
 *
 *   npm run build && nice node scripts/marked-value-variants.mjs [--seeds 1..60] [--kinds circled,star] [--show] [--print SEED]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVE_2021, COLS, get, makeValues, measureFields, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨';

/** A value printed with the document's mark or correction (`v` is the value printed, or the corrected one). */
const KINDS = {
  circled: (v, r) => `${v}${CIRCLED[Math.floor(r() * 9)]}`,
  parenNumber: (v, r) => `${v}${'⑴⑵⑶⑷'[Math.floor(r() * 4)]}`,
  bracket: (v, r) => `${v}[${1 + Math.floor(r() * 9)}]`,
  star: (v, r) => `${v}${r() < 0.7 ? '*' : '※'}`,
  zhu: (v, r) => `${v}注${r() < 0.5 ? '' : 1 + Math.floor(r() * 5)}`,
  superscript: (v, r) => `${v}${SUP[1 + Math.floor(r() * 9)]}`,
  zhuParen: (v, r) => `${v}${r() < 0.5 ? '（注）' : `（注${1 + Math.floor(r() * 5)}）`}`,
  correctedTo: (v, r) => `${wrongOf(v, r)}（更正为${v}）`,
  correctedColon: (v, r) => `${wrongOf(v, r)}（${['更正为', '应为', '修正为'][Math.floor(r() * 3)]}${r() < 0.7 ? '：' : ':'}${v}）`,
  formerNow: (v, r) => `原${wrongOf(v, r)}现${v}`,
  struck: (v, r) => `~~${wrongOf(v, r)}~~ ${v}`,
};
/** A different number the correction replaces. */
const wrongOf = (v, r) => v + 1 + Math.floor(r() * 9);

function styleOf(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return { kind: pick(Object.keys(KINDS)), layout: pick(['space', 'tab', 'docx2txt', 'docx2txt-cells']), share: pick([0.15, 0.25, 0.5]) };
}

function build(seed) {
  const r = rng(seed * 7919 + 31);
  const S = styleOf(r);
  if (SHARE !== null) S.share = SHARE;
  const data = makeValues(seed * 61 + 7, { scale: [6, 30, 300, 3000][Math.floor(r() * 4)] });
  const cell = (v) => (r() < S.share ? KINDS[S.kind](v, r) : String(v));
  const docx = S.layout.startsWith('docx2txt');
  /** One table row: label and cells on one line, or (docx2txt) one cell per line. */
  const row = (cells) => (docx ? `${cells.join(S.layout === 'docx2txt-cells' ? '\n\n' : '\n')}\n` : cells.join(S.layout === 'tab' ? '\t' : ' '));
  const active = ACTIVE_2021.flatMap(([group, label, key, cols]) => [...(group && !docx ? [group] : []), row([...(docx && group ? [group] : []), label, ...cols.map((c) => cell(get(data.activeDisclosure, `${key}.${c}`)))])]);
  const requests = requestRows(false).map(([group, label, key]) => row([...(group ? [group] : []), label, ...COLS.map((c) => cell(get(data.requests, `${key}.${c}`)))]));
  const review = row(REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => cell(get(data.reviewLitigation, `${g}.${c}`)))));
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, H[0], '本局依法推进政务公开。',
    H[1], row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']), ...active,
    H[2], row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']), row(['自然人', '法人或其他组织', '总计']), row(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']), ...requests,
    H[3], row(['行政复议', '行政诉讼']), row(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']),
    row([...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']]), review,
    H[4], '培训不足。', H[5], '无。', ...(/^(?:circled|parenNumber|bracket|star|zhu|superscript|zhuParen)$/.test(S.kind) ? ['注：标注的数据含跨年度办理的申请。'] : []),
  ];
  return { seed, S, data, name: `marked-${seed}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

const SHARE = process.argv.includes('--share') ? Number(process.argv[process.argv.indexOf('--share') + 1]) : null;
const only = (name) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? null : process.argv[i + 1].split(','); };
if (process.argv.includes('--print')) {
  const seed = Number(process.argv[process.argv.indexOf('--print') + 1]);
  process.stdout.write(new TextDecoder().decode(build(seed).bytes));
} else {
  const kinds = only('kinds'), layouts = only('layouts');
  const keep = (v) => (!kinds || kinds.includes(v.S.kind)) && (!layouts || layouts.includes(v.S.layout));
  // Seeds outside --kinds/--layouts are measured as an empty document (no fields).
  const skip = { right: 0, low: 0, wrong: 0, wrongLow: 0, report: { warnings: [] } };
  // A document taking over 5 s is printed: a table of corrections once took minutes.
  const measure = async (v, lib, seed) => {
    if (!keep(v)) return skip;
    const t = Date.now();
    const m = await measureFields(v, lib, seed);
    if (Date.now() - t > 5000) console.log(`  seed ${seed} ${v.S.kind} ${v.S.layout}: ${Date.now() - t} ms`);
    return m;
  };
  await runVariants({ root: ROOT, build, seeds: '1..60', measure, keysOf: (v) => (keep(v) ? [v.S.kind, v.S.layout] : ['(skipped)']), describe: (v) => `${v.S.kind} ${v.S.layout} share ${v.S.share}` });
}
