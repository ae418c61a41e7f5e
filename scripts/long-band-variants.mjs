#!/usr/bin/env node
/**
 * @file Long ragged bands of table 三 as plain `pdftotext` (no -layout) writes a Chromium A5 page lying wholly inside a
 * full table (fresh50 f02/f04 __chra5, plainb51): each of the page's rows prints its label, wrapped every 7 characters,
 * with its first cell after the label's first line, the group cells' labels where their groups start, then every one of
 * those rows' other six cells as one line, row after row. The band runs over `len` rows (9–14) from a seeded start in
 * （三）…（六）; the rows above and below print label and cells on one line. Every field is determinable (every cell is
 * printed; the band's order is fixed by the template's rows). Text-level: the real prints are in
 * /tmp/coord51/rawfull (dev); `scripts/blank-dump-variants.mjs --patterns full --printers …` prints real pages.
 *
 *   npm run build && nice node scripts/long-band-variants.mjs [--seeds 40..56] [--dist dist,/tmp/snap51/dist]
 * Scored per build: table 三's fields right / missing / wrong ≥ 0.9 / 0.8–0.9 / < 0.8. Exit 1 on a wrong ≥ 0.8.
 * plainb51: dev seeds 21–23 (test/ragged-band), held-out `--seeds 40..56` (scored only).
 */
import { isAbsolute, join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, base, renderRows, requestTable, reviewTable, textReport } from './make-samples.mjs';
import { makeValues, requestRows } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The heads of the band's possible rows (（三）1 … （六）3), in the template's order. */
export const BAND_ROWS = ['1.属于国家秘密', '2.其他法律', '3.危及', '4.保护第三方', '5.属于三类', '6.属于四类', '7.属于行政执法', '8.属于行政查询', '1.本机关不掌握', '2.没有现成信息', '3.补正后', '1.信访举报', '2.重复申请', '3.要求提供', '4.无正当理由', '5.要求行政机关', '1.申请人无正当理由', '2.申请人逾期未', '3.其他'];

/** Table 三 with rows from the one starting `from` to the one starting `to` printed as a long ragged band. */
export function longBandTable(data, from, to) {
  const rows = requestTable(data, false).filter((x) => x.kind === 'data');
  const groupOf = new Map(requestRows(false).map(([g, label]) => [label, g]));
  const out = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const a = rows.findIndex((y) => y.cells[0].startsWith(from));
  const b = rows.findIndex((y) => y.cells[0].startsWith(to));
  const rest = [];
  for (const [i, row] of rows.entries()) {
    const [label, ...cells] = row.cells;
    if (i < a || i > b) {
      out.push(`${label} ${cells.join(' ')}`);
      continue;
    }
    if (i > a && groupOf.get(label)) out.push(groupOf.get(label));
    // A5's narrow label column wraps each label every 7 characters, the first cell after its first line.
    out.push(`${label.slice(0, 7)} ${cells[0]}`, ...(label.slice(7).match(/.{1,7}/g) ?? []));
    rest.push(cells.slice(1).join(' '));
    if (i === b) out.push('', ...rest, '');
  }
  return out.join('\n');
}

/** The whole report of `seed` (2021 template) with its band from `from` to `to`, and its values. */
export function longBandReport(seed, from, to) {
  const data = makeValues(seed);
  const b = base(seed, { version: '2021' });
  const cellPerPara = (s) => s.split('\n').flatMap((l) => l.split('\t').filter(Boolean)).join('\n\n');
  const text = textReport({ ...b, tables: { activeDisclosure: cellPerPara(renderRows(activeTable(data, '2021'), 'tab')), requests: longBandTable(data, from, to), reviewLitigation: cellPerPara(renderRows(reviewTable(data), 'tab')) } });
  return { text: `${text}\f`, data };
}

/** The band of `seed`: 9–14 rows from a start among the first nine. */
export function bandOf(seed) {
  const a = (seed * 7) % 9;
  const b = Math.min(BAND_ROWS.length - 1, a + 9 + ((seed * 5) % 6) - 1);
  return [BAND_ROWS[a], BAND_ROWS[b]];
}

async function main() {
  const [from, to] = seedRange('40..56');
  const dists = stringArg('dist', 'dist').split(',');
  let high = 0;
  for (const d of dists) {
    const lib = await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href);
    const t = { fields: 0, right: 0, open: 0, w9: 0, w8: 0, wl: 0 };
    for (let seed = from; seed < to; seed++) {
      const { text, data } = longBandReport(seed, ...bandOf(seed));
      const rep = await lib.extract(new TextEncoder().encode(text), { name: `band-${seed}.txt` });
      const got = lib.flattenData(rep.data);
      for (const [k, want] of lib.flattenData(data)) {
        if (!k.startsWith('requests.')) continue;
        t.fields++;
        const v = got.get(k);
        const c = rep.fields?.[k]?.confidence ?? 0;
        if (v === want) t.right++;
        else if (v == null) t.open++;
        else t[c >= 0.9 ? 'w9' : c >= 0.8 ? 'w8' : 'wl']++;
      }
    }
    console.log(`${d}: right ${t.right}/${t.fields} missing ${t.open} wrong≥.9 ${t.w9} wrong.8-.9 ${t.w8} wrong<.8 ${t.wl}`);
    high += t.w9 + t.w8;
  }
  process.exitCode = high > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
