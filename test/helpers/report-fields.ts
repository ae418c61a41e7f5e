/**
 * @file Reading a report's fields in tests: a text report extracted in-process, a field's value and
 * confidence, the warning codes, the keys under a prefix that hold a value, and table 三 rows checked
 * against the values printed.
 */
import { extract, flattenData, type Report } from '../../src/index.js';

/** Extracts a text report given as bytes, named `r.txt`. */
export const read = async (bytes: Uint8Array): Promise<Report> => extract(bytes, { name: 'r.txt' });
export const value = (r: Report, key: string): unknown => flattenData(r.data).get(key);
export const conf = (r: Report, key: string): number => r.fields[key]!.confidence;
export const codes = (r: Report): string[] => r.warnings.map((w) => w.code);
/** Keys under `prefix` that hold a value. */
export const keysOf = (r: Report, prefix: string): string[] => Object.keys(r.fields).filter((k) => k.startsWith(prefix) && flattenData(r.data).get(k) !== null);
/**
 * keysOf less a column order's free ones: those of a table 三 row holding one number in all seven columns, or of
 * table 四 holding one number in all 15 (map/column-order orderFreeKeys: that number whatever the order).
 */
export function orderKeys(r: Report, prefix: string): string[] {
  const data = flattenData(r.data);
  const rowOf = (k: string): string => (k.startsWith('reviewLitigation.') ? 'reviewLitigation' : k.slice(0, k.lastIndexOf('.')));
  const rows = new Map<string, unknown[]>();
  for (const k of Object.keys(r.fields)) if (k.startsWith('requests.') || k.startsWith('reviewLitigation.')) rows.set(rowOf(k), [...(rows.get(rowOf(k)) ?? []), data.get(k) ?? null]);
  const free = (k: string): boolean => {
    const vs = rows.get(rowOf(k));
    return vs !== undefined && vs.length === (k.startsWith('reviewLitigation.') ? 15 : 7) && typeof vs[0] === 'number' && vs.every((x) => x === vs[0]);
  };
  return keysOf(r, prefix).filter((k) => !free(k));
}

/** Table 三's value columns in printed order. */
const REQUEST_COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

/**
 * Each row (`['denied.stateSecret', '0 1 0 0 0 0 1']`: row key, its seven printed values) of the report
 * read from `bytes`: with 'confident' every field right at ≥ 0.9; with 'safe' every field right, or below 0.9.
 */
export async function expectRequestRows(bytes: Uint8Array, rows: [string, string][], how: 'confident' | 'safe'): Promise<void> {
  const r = await read(bytes);
  for (const [key, values] of rows) {
    values.split(' ').forEach((want, i) => {
      const k = `requests.${key}.${REQUEST_COLS[i]}`;
      if (how === 'confident') {
        expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, Number(want), true]);
      } else if (value(r, k) !== Number(want)) {
        expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
      }
    });
  }
}

/**
 * Table 三's fields of `r` against `rows` (row key → its seven values in printed order): how many are right; a field read
 * otherwise must sit below 0.8 (expect fails naming it).
 */
export function requestsRightBelow08(r: Report, rows: ReadonlyMap<string, readonly number[]>): number {
  const got = flattenData(r.data);
  let right = 0;
  for (const [k, want] of rows) {
    REQUEST_COLS.forEach((c, ci) => {
      const key = `requests.${k}.${c}`;
      const v = got.get(key);
      if (v === want[ci]) right++;
      else if (v !== null && v !== undefined) expect([key, v, conf(r, key) < 0.8]).toEqual([key, v, true]);
    });
  }
  return right;
}

/** A report whose table 二 is `table2` (its lines), the other sections printed without values. */
export function table2Report(table2: readonly string[]): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', ...table2,
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

/**
 * Fields of the tables (二, 三, 四) of `report` against `truth` (its `data`): every field at ≥ 0.9
 * must hold the true value (expect fails naming the key otherwise); returns how many are right at ≥ 0.9.
 */
export function confidentRight(report: Report, truth: { activeDisclosure: unknown; requests: unknown; reviewLitigation: unknown }): number {
  const got = flattenData(report.data);
  const fields = report.fields as Record<string, { confidence: number } | undefined>;
  let right = 0;
  for (const [k, v] of flattenData({ activeDisclosure: truth.activeDisclosure, requests: truth.requests, reviewLitigation: truth.reviewLitigation })) {
    if ((fields[k]?.confidence ?? 0) < 0.9) continue;
    expect([k, got.get(k)]).toEqual([k, v]);
    right++;
  }
  return right;
}
