/**
 * Properties of the pure stages (fast-check, fixed seed so a failure reproduces): number parsing,
 * identity checks, grid building, and the whole text path — a generated report rendered to text
 * and parsed back gives back its values, and layout noise never changes a confident value.
 */
import fc from 'fast-check';
import { runChecks } from '../src/checks/index.js';
import { extract, flattenData, TEMPLATE_2021, type Report } from '../src/index.js';
import { buildGrids } from '../src/pdf/grid.js';
import type { Segment } from '../src/pdf/rulings.js';
import { parseWholeValue } from '../src/tables/tokenize-cell.js';
import { ACTIVE_2021, requestRows } from '../scripts/template-data.mjs';

const SEED = 20261125;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns });
const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'] as const;
const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const REVIEW_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

describe('number parsing', () => {
  const toFullWidth = (s: string): string => s.replace(/[0-9,]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it('should read back every integer however it is printed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom('plain', 'grouped', 'fullWidth', 'unit', 'decrease'), (n, style) => {
        const grouped = n.toLocaleString('en-US');
        const printed = { plain: String(n), grouped, fullWidth: toFullWidth(grouped), unit: `${n}件`, decrease: `减少${n}` }[style];
        const token = parseWholeValue(printed);
        expect(token).toMatchObject({ kind: 'num', value: style === 'decrease' ? -n : n });
      }),
      params(300),
    );
  });
});

/** Random values for every 2021 key that satisfy every identity (built bottom-up). */
const reportValues = fc
  .record({
    outcomes: fc.array(fc.array(fc.nat(40), { minLength: 6, maxLength: 6 }), { minLength: 21, maxLength: 21 }),
    forward: fc.array(fc.nat(20), { minLength: 6, maxLength: 6 }),
    overShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.nat(30), { minLength: 12, maxLength: 12 }),
    active: fc.array(fc.nat(5000), { minLength: 10, maxLength: 10 }),
  })
  .map(({ outcomes, forward, overShare, review, active }) => {
    const v = new Map<string, number>();
    const rowsOut = requestRows(false).map((r) => r[2]).filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
    const setRow = (key: string, cells: number[]): void => {
      APPLICANTS.forEach((c, i) => v.set(`requests.${key}.${c}`, cells[i]!));
      v.set(`requests.${key}.total`, cells.reduce((a, b) => a + b, 0));
    };
    rowsOut.forEach((key, r) => setRow(key, outcomes[r]!));
    const handled = APPLICANTS.map((_, i) => outcomes.reduce((s, row) => s + row[i]!, 0));
    const over = handled.map((h, i) => Math.floor(overShare[i]! * (h + forward[i]!)));
    setRow('totalHandled', handled);
    setRow('carriedForward', forward);
    setRow('carriedOver', over);
    setRow('newReceived', handled.map((h, i) => h + forward[i]! - over[i]!));
    REVIEW_GROUPS.forEach((g, gi) => {
      const parts = review.slice(gi * 4, gi * 4 + 4);
      REVIEW_PARTS.forEach((p, i) => v.set(`reviewLitigation.${g}.${p}`, parts[i]!));
      v.set(`reviewLitigation.${g}.total`, parts.reduce((a, b) => a + b, 0));
    });
    let a = 0;
    for (const [, , key, cols] of ACTIVE_2021) for (const c of cols) v.set(`activeDisclosure.${key}.${c}`, key === 'fees' ? active[a++]! / 100 : active[a++]!);
    return v;
  });

describe('identity checks', () => {
  it('should pass every identity for consistent values and fail exactly those through a changed total', () => {
    fc.assert(
      fc.property(reportValues, fc.nat(), (values, pick) => {
        expect(runChecks(TEMPLATE_2021.identities, values, new Set()).every((c) => c.ok)).toBe(true);
        const id = TEMPLATE_2021.identities[pick % TEMPLATE_2021.identities.length]!;
        const changed = new Map(values).set(id.total, values.get(id.total)! + 1);
        const failed = runChecks(TEMPLATE_2021.identities, changed, new Set()).filter((c) => !c.ok);
        expect(failed.map((c) => c.id)).toContain(id.id);
        expect(failed.every((c) => c.keys.includes(id.total))).toBe(true);
      }),
      params(100),
    );
  });
});

describe('grid building', () => {
  it('should find every cell of a ruled grid, merged cells included', () => {
    const grid = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 2, max: 6 }), merges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }) });
    fc.assert(
      fc.property(grid, ({ rows, cols, merges }) => {
        const W = 40;
        const H = 20;
        // Merge a slot with its right (true) or lower neighbour by leaving out the ruling between them.
        const gaps = new Set(merges.map(([r, c, right]) => `${right ? 'v' : 'h'}:${r % rows}:${c % cols}`).filter((g) => (g.startsWith('v') ? Number(g.split(':')[2]) < cols - 1 : Number(g.split(':')[1]) < rows - 1)));
        const hs: Segment[] = [];
        const vs: Segment[] = [];
        for (let r = 0; r <= rows; r++) for (let c = 0; c < cols; c++) if (!gaps.has(`h:${r - 1}:${c}`)) hs.push({ x1: c * W, y1: r * H, x2: (c + 1) * W, y2: r * H });
        for (let c = 0; c <= cols; c++) for (let r = 0; r < rows; r++) if (!gaps.has(`v:${r}:${c - 1}`)) vs.push({ x1: c * W, y1: r * H, x2: c * W, y2: (r + 1) * H });
        // With no interior vertical ruling left the drawing is a frame, which is not a table by design.
        fc.pre(vs.some((s) => s.x1 > 0 && s.x1 < cols * W));
        const [g] = buildGrids({ horizontal: hs, vertical: vs });
        // A boundary exists where at least one ruling lies on it (a row line with every piece left out is gone).
        const ys = [...new Set([0, rows * H, ...hs.map((s) => s.y1)])].sort((a, b) => a - b);
        const xs = [...new Set([0, cols * W, ...vs.map((s) => s.x1)])].sort((a, b) => a - b);
        expect(g!.ys).toEqual(ys);
        expect(g!.xs).toEqual(xs);
        // Every slot is covered by exactly one cell; each left-out ruling merges at most two cells.
        const slots = (ys.length - 1) * (xs.length - 1);
        expect(g!.cells.reduce((s, c) => s + c.rowSpan * c.colSpan, 0)).toBe(slots);
        expect(g!.cells.length).toBeGreaterThanOrEqual(slots - gaps.size);
        if (gaps.size === 0) expect(g!.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
      }),
      params(200),
    );
  });
});

/** The report as tab-separated text, with optional layout noise in the labels. */
function render(values: Map<string, number>, noise: { spaces: number[]; split: number[] }): string {
  const label = (text: string, i: number): string => {
    const pos = noise.spaces[i % noise.spaces.length]! % Math.max(text.length, 1);
    return noise.spaces.length > 0 ? `${text.slice(0, pos)}${' \u3000'[i % 2]}${text.slice(pos)}` : text;
  };
  const row = (text: string, key: string, cols: readonly string[], i: number): string => {
    const cells = cols.map((c) => String(values.get(`${key}.${c}`)));
    const l = label(text, i);
    if (noise.split.includes(i) && l.length > 4) return `${l.slice(0, 3)}\n${l.slice(3)}\t${cells.join('\t')}`;
    return `${l}\t${cells.join('\t')}`;
  };
  const lines = ['示例市第9局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态。', '二、主动公开政府信息情况'];
  let i = 0;
  for (const [group, text, key, cols] of ACTIVE_2021) {
    if (group) lines.push(group, '信息内容\t本年处理决定数量');
    lines.push(row(text, `activeDisclosure.${key}`, cols, i++));
  }
  lines.push('三、收到和处理政府信息公开申请情况', '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计');
  for (const [group, text, key] of requestRows(false)) lines.push(`${group ? `${group}\t` : ''}${row(text, `requests.${key}`, [...APPLICANTS, 'total'], i++)}`);
  lines.push('四、政府信息公开行政复议、行政诉讼情况', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计');
  lines.push(REVIEW_GROUPS.flatMap((g) => [...REVIEW_PARTS, 'total'].map((p) => String(values.get(`reviewLitigation.${g}.${p}`)))).join('\t'));
  lines.push('五、存在的主要问题及改进情况', '公开内容的精准度有待提高。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  return lines.join('\n');
}

describe('text round trip', () => {
  it('should give back every value of a generated report rendered to text', async () => {
    await fc.assert(
      fc.asyncProperty(reportValues, async (values) => {
        const report = await extract(new TextEncoder().encode(render(values, { spaces: [], split: [] })));
        const got = flattenData(report.data);
        for (const [k, v] of values) expect([k, got.get(k)]).toEqual([k, v]);
      }),
      params(15),
    );
  });

  it('should never change a confident value when labels get spaces or are split over two lines', async () => {
    const noise = fc.record({ spaces: fc.array(fc.nat(40), { maxLength: 3 }), split: fc.uniqueArray(fc.nat(40), { maxLength: 4 }) });
    await fc.assert(
      fc.asyncProperty(reportValues, noise, async (values, n) => {
        const report: Report = await extract(new TextEncoder().encode(render(values, n)));
        const got = flattenData(report.data);
        for (const [k, v] of values) {
          if ((report.fields[k]?.confidence ?? 0) >= 0.9) expect([k, got.get(k)]).toEqual([k, v]);
        }
      }),
      params(15),
    );
  });
});
