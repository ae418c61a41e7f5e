/**
 * @file One synthetic report to print with reportlab (scripts/reportlab-print.py): values and labels
 * in printed order (scripts/template-data.mjs makeValues: every identity holds) and a geometry drawn
 * at random per variant — font (WenQuanYi Zen Hei, Droid Sans Fallback), font size 7.5–10.5, margin,
 * label column width, uneven value column widths, cell padding, value and label alignment, row
 * height and leading, ruled or borderless, zero cells printed blank. Shared by reportlab-dumps.mjs
 * (text dumps of the print) and pdf-twists.mjs (the print twisted as other producers do).
 */
import { ACTIVE_2019, ACTIVE_2021, makeValues, requestRows, requestValues, reviewValues, rng, get } from './template-data.mjs';

/** Geometry of one print, drawn from `r`. */
export function geometry(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    font: pick(['wqy', 'droid']),
    fontSize: pick([7.5, 8, 9, 9, 10, 10.5]),
    margin: pick([36, 50, 72]),
    labelWidth: pick([130, 160, 190, 220, 250]),
    valueWidths: Array.from({ length: 7 }, () => 0.7 + r() * 0.8),
    padding: pick([1, 2, 4, 6]),
    valueAlign: pick(['l', 'r', 'c', 'c']),
    labelAlign: pick(['l', 'c']),
    rowHeight: pick([12, 16, 20, 24]),
    leading: pick([1, 2, 4]),
    ruled: r() < 0.6,
    blankZero: r() < 0.25,
  };
}

/** The report to print: labels and values in printed order, with the truth. */
export function spec(seed, variant) {
  const r = rng(seed * 1000 + variant);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019' && r() < 0.5;
  const data = makeValues(seed * 1000 + variant, { version, combined, scale: [30, 300, 3000][Math.floor(r() * 3)] });
  const activeRows = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  const active = [];
  for (const [head, label, key, cols] of activeRows) {
    const heads = cols.map((c) => (key === 'procurement' && c === 'amount' ? '采购总金额（万元）' : COLUMN_HEADS[c] ?? c));
    if (head) active.push([head, heads, []]);
    active.at(-1)[2].push([label, cols.map((c) => get(data.activeDisclosure, `${key}.${c}`))]);
  }
  const rows = requestRows(combined);
  const requests = rows.map(([group, label, key], i) => {
    const full = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(key);
    const block = !full && !key.includes('.') ? 'block' : null;
    let grp = null;
    if (!full && !block && group) {
      let n = 1;
      while (rows[i + n] && !rows[i + n][0] && rows[i + n][2].includes('.')) n++;
      grp = [group, n];
    }
    return [grp, label, full ? 'full' : block ?? 'item', requestValues(data, key)];
  });
  const title = `某某市某某局${version === '2019' ? '2020' : '2024'}年政府信息公开工作年度报告`;
  return { version, combined, data, printed: { title, active, requests, review: reviewValues(data), geometry: geometry(r) } };
}

export const COLUMN_HEADS = {
  issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数', decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）', created: '本年新制作数量', published: '本年新公开数量', totalPublic: '对外公开总数量',
  prevItems: '上一年项目数量', change: '本年增/减', items: '采购项目数量',
};
