/**
 * @file Money units. The template's amounts are in 万元; some reports print 采购总金额 or
 * 收费金额 in 元 (a '（元）' / '（单位：元）' header, or '元' after the number). Such values are
 * divided by 10 000 and flagged `unitConverted`; a 万元 or unit-less amount is left as printed.
 */
import { toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import type { RowSpec } from '../template/index.js';
import type { TableRow } from '../tables/build-rows.js';

/** A unit in brackets, as headers print it (after toHalfWidth): '(元)', '(单位:万元)'. */
const HEADER_UNIT = /\(\s*(?:单位\s*:?\s*)?(万元|元)\s*\)/g;

/** 元 → 万元, without binary noise ('1234567.8' → 123.45678). */
const toWan = (yuan: number): number => Math.round(yuan * 100) / 1_000_000;

/** The unit printed for `spec`'s row: on its value, else in the header text since the previous row. */
function unitFor(spec: RowSpec, previous: RowSpec | undefined, text: string, row: TableRow | undefined): '元' | '万元' | null {
  for (const v of row?.values ?? []) if (v.kind === 'num' && v.unit) return v.unit;
  const at = Math.max(...spec.labels.map((l) => text.lastIndexOf(l)));
  if (at < 0) return null;
  const from = previous ? Math.max(0, ...previous.labels.map((l) => text.lastIndexOf(l, at))) : 0;
  const units = [...text.slice(from, at).matchAll(HEADER_UNIT)].map((m) => m[1] as '元' | '万元');
  return units.at(-1) ?? null;
}

/**
 * Converts the money fields of table 二 printed in 元 to 万元 (in place) and flags them.
 * `rowOf` gives the printed row matched to a spec, when there is one.
 */
export function normalizeMoney(fields: Map<string, SolvedField>, specs: readonly RowSpec[], lines: readonly Line[], rowOf: (spec: RowSpec) => TableRow | undefined): void {
  const text = toHalfWidth(lines.map((l) => l.cells.join(' ')).join('\n'));
  specs.forEach((spec, i) => {
    for (const column of spec.money ?? []) {
      const key = `activeDisclosure.${spec.key}.${column}`;
      const field = fields.get(key);
      if (!field || field.value === null || unitFor(spec, specs[i - 1], text, rowOf(spec)) !== '元') continue;
      fields.set(key, { ...field, value: toWan(field.value), flags: [...field.flags, 'unitConverted'] });
    }
  });
}
