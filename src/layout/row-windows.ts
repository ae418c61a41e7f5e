/**
 * @file Table 三's rows whose numbers a dump wrote under one label: plain `pdftotext` of a LibreOffice print
 * reads a group cell's labels as one block, so a row may print the numbers of its neighbours too (n·k numbers
 * under '1.本机关不掌握相关信息', the labels '2.没有现成信息…' and '3.补正后…' elsewhere, without numbers; or
 * '（一）予以公开' without numbers, then '（二）部分公开' and 2·k numbers; or '3.其他' and the numbers of 总计 and
 * 结转下年度 too, their labels after). The numbers are in row order: they belong to the n template rows next
 * to the row's own that print no numbers — given only when the row's label and each of those labels name one
 * template row, each printed once, exactly one such run of rows holds the row's (two would be a guess), and
 * the rows printing numbers before and after it print k each (numbers sliding a row against their labels
 * would be given to the wrong rows, every column sum still holding).
 */

/** Words naming each of table 三's rows, template order (2021: （六） as three rows). */
const SPLIT: readonly RegExp[] = [
  /新收/,
  /上年度?结转/,
  /予以公开/,
  /部分公开/,
  /国家秘密/,
  /禁止公开/,
  /危及/,
  /第三方/,
  /内部事务/,
  /过程性/,
  /执法案卷/,
  /行政查询/,
  /不掌握/,
  /另行制作/,
  /不明确/,
  /信访|举报|投诉/,
  /重复申请/,
  /出版物/,
  /大量反复/,
  /重新出具/,
  /不补正/,
  /收费通知|缴纳费用/,
  /^(?:\d{1,2}[.．、])?其他$/,
  /总计|合计/,
  /结转下年度/,
];
/** （六）其他处理 printed as one row (2019): its place in the combined table. */
const COMBINED_OTHER = /^(?:[（(]六[）)])?其他处理$/;
const COMBINED: readonly RegExp[] = [...SPLIT.slice(0, 20), COMBINED_OTHER, ...SPLIT.slice(23)];
/** A group's heading printed before a row's label on its line ('（四）无法提供 2.没有现成…'). */
const GROUP_HEAD = /^(?:三、本年度?办理结果?)?(?:[（(][三四五六][）)](?:不予公开|无法提供|不予处理|其他处理))?/;

/** The template row a label names (its index), −1 when none or several. */
function rowOf(text: string, rows: readonly RegExp[]): number {
  const t = text.replace(/[\s\u3000]+/g, '');
  const own = t.replace(GROUP_HEAD, '') || t;
  const hits = rows.flatMap((re, i) => (re.test(own) ? [i] : []));
  return hits.length === 1 ? hits[0]! : -1;
}

/** A printed row: its label and how many numbers it prints. */
export interface PrintedRow {
  text: string;
  count: number;
}

/**
 * For each row printing n·k numbers (n ≥ 2) whose neighbours' labels print none: its index → the n rows'
 * indexes in template order (its own among them), whose k numbers each are its numbers in order.
 */
export function rowWindows(rows: readonly PrintedRow[], k: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const split = rows.some((r) => rowOf(r.text, SPLIT) === 20 || rowOf(r.text, SPLIT) === 21);
  const template = split ? SPLIT : COMBINED;
  const at = rows.map((r) => rowOf(r.text, template));
  // A label wrapped over two lines, its numbers under the second ('…行政机' / '关不再处理其政府信息公开申请' / numbers):
  // the second names the first's row.
  at.forEach((t, i) => {
    if (t < 0 && rows[i]!.count > 0 && i > 0 && rows[i - 1]!.count === 0 && at[i - 1]! >= 0) {
      at[i] = at[i - 1]!;
      at[i - 1] = -1;
    }
  });
  // Each template row's printed rows: with numbers, without.
  const bare = new Map<number, number[]>();
  const valued = new Set<number>();
  at.forEach((t, i) => {
    if (t < 0) return;
    if (rows[i]!.count > 0) valued.add(t);
    else bare.set(t, [...(bare.get(t) ?? []), i]);
  });
  rows.forEach((r, i) => {
    const n = r.count / k;
    const t = at[i]!;
    if (t < 0 || !Number.isInteger(n) || n < 2) return;
    // The rows printing numbers before and after it print k each: the dump's numbers are not sliding from row
    // to row (a print whose every label stands a row's numbers early: '二、上年结转' and 2·k, '（一）予以公开' and
    // the next 2·k — the window would give each row its neighbour's numbers, unconfirmed by any column sum).
    let before = i - 1;
    while (before >= 0 && rows[before]!.count === 0) before--;
    let after = i + 1;
    while (after < rows.length && rows[after]!.count === 0) after++;
    if ((before >= 0 && rows[before]!.count !== k) || (after < rows.length && rows[after]!.count !== k)) return;
    const fits: number[][] = [];
    for (let s = t - n + 1; s <= t; s++) {
      if (s < 0 || s + n > template.length) continue;
      const run: number[] = [];
      for (let j = s; j < s + n; j++) {
        if (j === t) run.push(i);
        else if (!valued.has(j) && bare.get(j)?.length === 1) run.push(bare.get(j)![0]!);
        else break;
      }
      if (run.length === n) fits.push(run);
    }
    if (fits.length === 1) out.set(i, fits[0]!);
  });
  return out;
}
