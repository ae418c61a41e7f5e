/**
 * Plain `pdftotext` (page feeds '\f') writes a table row's cells that are separate text blocks one per paragraph,
 * in its block order: two cells exchanged the same way in two rows keep every identity (breakit55 ptt-plain-b5/r17).
 * Such values stay below 0.9 (score/block-order.ts, BLOCK_ORDER_CAP); the same paragraphs with no page feed (a
 * converter of HTML, whose order is the page's) keep their confidence, and so do parts no exchange could hide.
 * Table 四 alike: a group written in several blocks has its parts' order from the dumper (map/review-blocks; breakit56
 * ptt-plain-rot180/r27, 其他结果 and 尚未审结 exchanged at 0.98); its cells as the lines of one block (mutool `-F txt`) keep theirs.
 * A `pdftotext -nopgbrk` dump (no page feed, its running text cut at the page's width) alike (load/paragraph-blocks; gen60 r07).
 * Table 二 alike, row by row (breakit57 ptt-plain-s80land/r31: 行政处罚's 本年增/减 and 处理决定数量 exchanged at 0.926).
 * Also: an em dash one space before a whole cell's number ('— 8') is a mark or its minus sign (map/signed-pairs decides), not label text.
 */
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { makeValues } from '../scripts/template-data.mjs';
import { activeTable, base, renderRows, requestTable, reviewTable, textReport } from '../scripts/make-samples.mjs';
import { REVIEW_KEYS } from '../src/template/index.js';
import { blockOrderDoubt } from '../src/score/block-order.js';
import { readsAsBlockDump } from '../src/load/paragraph-blocks.js';
import { readFileSync } from 'node:fs';

const gap = (d: ReturnType<typeof makeValues>, k: string): number => (d.requests as any)[k].commercial - (d.requests as any)[k].legalService;

/** A report whose 上年结转 and 结转下年度 print 商业企业 and 法律服务机构 exchanged, one cell per paragraph. */
function exchangedDump(): { text: string; data: ReturnType<typeof makeValues> } {
  let seed = 1;
  while (!(gap(makeValues(seed), 'carriedOver') !== 0 && gap(makeValues(seed), 'carriedOver') === gap(makeValues(seed), 'carriedForward'))) seed++;
  const data = makeValues(seed);
  const req = requestTable(data, false).map((row) => {
    if (row.kind !== 'data' || !/上年结转|结转下年度/.test(row.cells[0]!)) return row;
    const cells = [...row.cells];
    [cells[2], cells[5]] = [cells[5]!, cells[2]!];
    return { ...row, cells };
  });
  const b = base(seed, { version: '2021' });
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(activeTable(data, '2021'), 'tab'), requests: renderRows(req, 'tab'), reviewLitigation: renderRows(reviewTable(data), 'tab') } });
  return { text: text.split('\n').map((l: string) => (l.includes('\t') ? l.split('\t').filter(Boolean).join('\n\n') : l)).join('\n'), data };
}

describe('cells a plain pdftotext dump wrote as separate blocks', () => {
  const { text, data } = exchangedDump();
  it('should keep cells exchanged alike in two rows below 0.9', async () => {
    const rep = await extract(Buffer.from(`${text}\f`), { name: 'r.txt' });
    const got = flattenData(rep.data);
    for (const k of ['carriedOver', 'carriedForward']) {
      expect(got.get(`requests.${k}.commercial`)).not.toBe((data.requests as any)[k].commercial);
      const fields = rep.fields as Record<string, { confidence: number }>;
      expect(fields[`requests.${k}.commercial`]!.confidence).toBeLessThan(0.9);
      expect(fields[`requests.${k}.legalService`]!.confidence).toBeLessThan(0.9);
    }
    // Parts whose exchange every identity would show keep their confidence.
    expect(rep.fields['requests.newReceived.commercial']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('should leave the same paragraphs with no page feed (an HTML converter) as they were', async () => {
    const rep = await extract(Buffer.from(text), { name: 'r.txt' });
    expect(rep.fields['requests.carriedOver.commercial']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it("should read an em dash one space before a whole cell's number as a mark that may be its minus sign", () => {
    expect(tokenizeCell('— 8').parts[0]).toEqual(expect.objectContaining({ kind: 'na', sign: true }));
    expect(tokenizeCell('— 8', { valueCell: 'after' }).parts[0]).toEqual(expect.objectContaining({ kind: 'na', sign: true }));
    expect(tokenizeCell('—8').parts[0]).toEqual(expect.objectContaining({ kind: 'text' }));
  });
});

/** A report whose table 四 prints 复议后起诉's 其他结果 and 尚未审结 exchanged, each cell its own line (`sep` between them). */
function reviewDump(sep: string): { text: string; data: ReturnType<typeof makeValues> } {
  const group = (d: ReturnType<typeof makeValues>): { other: number; pending: number } => (d.reviewLitigation as any).litigationAfterReview;
  let seed = 1;
  while (group(makeValues(seed)).other === group(makeValues(seed)).pending) seed++;
  const data = makeValues(seed);
  const rev = reviewTable(data).map((row) => {
    if (row.kind !== 'data') return row;
    const cells = [...row.cells];
    [cells[12], cells[13]] = [cells[13]!, cells[12]!];
    return { ...row, cells };
  });
  const b = base(seed, { version: '2021' });
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(activeTable(data, '2021'), 'tab'), requests: renderRows(requestTable(data, false), 'tab'), reviewLitigation: renderRows(rev, 'tab') } });
  const values = rev.at(-1)!.cells.join('\t');
  return { text: text.split('\n').map((l: string) => (l === values ? l.split('\t').join(sep) : l.includes('\t') ? l.split('\t').filter(Boolean).join('\n\n') : l)).join('\n'), data };
}

describe("table 四's cells a plain pdftotext dump wrote as separate blocks", () => {
  const keys = REVIEW_KEYS.map((k) => `reviewLitigation.${k}`);
  it('should keep the parts of a group written in several blocks below 0.8 where another part reads differently, its total not', async () => {
    const { text, data } = reviewDump('\n\n');
    const rep = await extract(Buffer.from(`${text}\f`), { name: 'r.txt' });
    const got = flattenData(rep.data);
    const want = flattenData(data);
    expect(got.get('reviewLitigation.litigationAfterReview.other')).not.toBe(want.get('reviewLitigation.litigationAfterReview.other'));
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const k of keys) if (got.get(k) !== want.get(k)) expect([k, fields[k]!.confidence < 0.8]).toEqual([k, true]);
    expect(rep.fields['reviewLitigation.litigationAfterReview.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it("should keep them so with no page feed when the paragraphs are a block dump's (pdftotext -nopgbrk: text cut at the page's width, cells as paragraphs)", async () => {
    // gen60 chrome-a4 r07 -nopgbrk: 复议后起诉's 结果维持 cell written after the row's others, '0 0 0 0 5' for '5 0 0 0 5' at 0.98.
    const dump = reviewDump('\n\n');
    const { data } = dump;
    // pdftotext cuts running text at the page's width: a block's line ends mid-clause, its next line right under it.
    const text = dump.text.replace('一、总体情况\n', '一、总体情况\n本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息，依法规范办理政府信息公开\n申请，按时答复。\n');
    const rep = await extract(Buffer.from(text), { name: 'r.txt' });
    const got = flattenData(rep.data);
    const want = flattenData(data);
    expect(got.get('reviewLitigation.litigationAfterReview.other')).not.toBe(want.get('reviewLitigation.litigationAfterReview.other'));
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const k of keys) if (got.get(k) !== want.get(k)) expect([k, fields[k]!.confidence < 0.8]).toEqual([k, true]);
    expect(readsAsBlockDump(text)).toBe(true);
    expect(readsAsBlockDump(dump.text)).toBe(false);
    expect(readsAsBlockDump(text.split('\n').filter((l) => l !== '').join('\n\n'))).toBe(false);
    expect(readsAsBlockDump(readFileSync(new URL(`./fixtures/docx2txt-empty-cells.txt`, import.meta.url), 'utf8'))).toBe(false);
    expect(readsAsBlockDump(readFileSync(new URL(`./fixtures/html2text-broken-rows.txt`, import.meta.url), 'utf8'))).toBe(false);
  });
  it("should keep a group's order when its cells are the lines of one block (mutool -F txt)", async () => {
    const { text } = reviewDump('\n');
    const rep = await extract(Buffer.from(`${text}\f`), { name: 'r.txt' });
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const k of keys) expect([k, fields[k]!.confidence >= 0.9]).toEqual([k, true]);
  });
});

/** A 2019 report whose table 二 prints 行政处罚's 本年增/减 and 处理决定数量 exchanged; table 二's rows' cells joined by `sep`, other tables' one per paragraph. */
function activeDump(sep: string): { text: string; data: ReturnType<typeof makeValues> } {
  const row = (d: ReturnType<typeof makeValues>): { change: number; decisions: number } => (d.activeDisclosure as any).punishment;
  let seed = 1;
  const values = (seed: number): ReturnType<typeof makeValues> => makeValues(seed, { version: '2019', combined: true });
  while (row(values(seed)).change === row(values(seed)).decisions) seed++;
  const data = values(seed);
  const act = activeTable(data, '2019').map((r) => (r.kind === 'data' && (r as { key?: string }).key === 'punishment' ? { ...r, cells: [r.cells[0]!, r.cells[1]!, r.cells[3]!, r.cells[2]!] } : r));
  const opts = { version: '2019', year: 2019 };
  const b = base(seed, opts);
  const rows = new Set(act.filter((r) => r.kind === 'data').map((r) => r.cells.join('\t')));
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(act, 'tab'), requests: renderRows(requestTable(data, true), 'tab'), reviewLitigation: renderRows(reviewTable(data), 'tab') } });
  return { text: text.split('\n').map((l: string) => (rows.has(l) ? l.split('\t').join(sep) : l.includes('\t') ? l.split('\t').filter(Boolean).join('\n\n') : l)).join('\n'), data };
}

describe("table 二's cells a plain pdftotext dump wrote as separate blocks", () => {
  it('should keep a row whose cells came in several blocks below 0.8 where its cells read differently (no identity places them)', async () => {
    const { text, data } = activeDump('\n\n');
    const rep = await extract(Buffer.from(`${text}\f`), { name: 'r.txt' });
    const got = flattenData(rep.data);
    const want = flattenData(data);
    expect(got.get('activeDisclosure.punishment.change')).toBe(want.get('activeDisclosure.punishment.decisions'));
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const k of [...want.keys()].filter((k) => k.startsWith('activeDisclosure.'))) if (got.get(k) !== want.get(k)) expect([k, fields[k]!.confidence < 0.8]).toEqual([k, true]);
  });
  it("should keep a row's order when its cells are the lines of one block (mutool -F txt)", async () => {
    const { text } = activeDump('\n');
    const rep = await extract(Buffer.from(`${text}\f`), { name: 'r.txt' });
    expect((rep.fields as Record<string, { confidence: number }>)['activeDisclosure.punishment.change']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blockOrderDoubt beside a derived row', () => {
  // fb37 side12-let-plain: 上年结转 '0 0 0 1 2 0 3' for 1 2 0 0 0 0 3 (cells apart), 结转下年度 derived from the balances.
  const C = ['naturalPerson', 'commercial', 'socialOrg', 'total'] as const;
  const row = (r: string, vals: number[], flags: string[] = []): [string, { value: number; flags: any[] }][] => C.map((c, i) => [`requests.${r}.${c}`, { value: vals[i]!, flags }]);
  const fields = new Map([...row('newReceived', [24, 12, 0, 36]), ...row('carriedOver', [0, 0, 1, 1]), ...row('totalHandled', [22, 12, 0, 34]), ...row('carriedForward', [2, 0, 1, 3], ['derived'])]);
  const identities = C.map((c) => ({ id: `requests.balance.${c}`, total: `requests.newReceived.${c}`, parts: [`requests.totalHandled.${c}`, `requests.carriedForward.${c}`, `-requests.carriedOver.${c}`] }));
  const checks = identities.map((i) => ({ id: i.id, ok: true, expected: 0, actual: 0, keys: [i.total, ...i.parts] }));
  const keys = C.map((c) => `requests.carriedOver.${c}`);
  const placements = new Map(keys.map((k) => [k, { by: 'label' as const, labelScore: 1, source: {}, row: { cellsApart: true } as any }]));

  it('should doubt every part: an identity through a derived member sees no exchange', () => {
    expect([...blockOrderDoubt(keys, fields as any, placements, checks as any, identities)].sort()).toEqual(['requests.carriedOver.commercial', 'requests.carriedOver.naturalPerson', 'requests.carriedOver.socialOrg']);
  });

  it('should keep a part an identity read through every member pins', () => {
    const read = new Map([...fields].map(([k, f]) => [k, { ...f, flags: [] }]));
    // naturalPerson 0 ↔ socialOrg 1 breaks both columns' balances, read independently: neither is in doubt.
    expect(blockOrderDoubt(keys, read as any, placements, checks as any, identities).has('requests.carriedOver.naturalPerson')).toBe(false);
  });
});

/**
 * One value per line with no page feed and no blank lines (`pdftotext -bbox-layout` lines joined per <line>, gen59
 * ptt-bbox-lines-a4/r07: 四类过程性信息's 科研机构 and 法律服务机构 exchanged at 0.98, the 总计 row not read). Only a column
 * identity seeing the exchange confirms the order of a row's cells (map/table-rows linesApart, score/block-order).
 */
function lineDump(exchange: boolean, withTotal: boolean): { text: string; data: ReturnType<typeof makeValues> } {
  let seed = 1;
  while (gap(makeValues(seed), 'granted') === 0) seed++;
  const data = makeValues(seed);
  const req = requestTable(data, false).flatMap((row) => {
    if (row.kind !== 'data') return [row];
    if (!withTotal && /总计/.test(row.cells[0]!)) return [];
    if (!exchange || !/予以公开/.test(row.cells[0]!)) return [row];
    const cells = [...row.cells];
    [cells[2], cells[5]] = [cells[5]!, cells[2]!];
    return [{ ...row, cells }];
  });
  const b = base(seed, { version: '2021' });
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(activeTable(data, '2021'), 'tab'), requests: renderRows(req, 'tab'), reviewLitigation: renderRows(reviewTable(data), 'tab') } });
  return { text: text.split('\n').map((l: string) => (l.includes('\t') ? l.split('\t').filter(Boolean).join('\n') : l)).join('\n'), data };
}

describe('cells of a row read one value per line from a dump without page feeds', () => {
  // map/table-rows mergeCellPerLine marks a row joined from adjacent lines (no blank line between) linesApart; a row whose
  // cells a blank line parts (an HTML converter's paragraphs: test/box-order-rows' page-order control) is not.
  it('should keep two cells exchanged in a row below 0.9 when no column identity sees them (pdftotext -bbox-layout lines)', async () => {
    const { text, data } = lineDump(true, false);
    const rep = await extract(Buffer.from(text), { name: 'r.txt' });
    expect(flattenData(rep.data).get('requests.granted.commercial')).not.toBe((data.requests as any).granted.commercial);
    expect(rep.fields['requests.granted.commercial']!.confidence).toBeLessThan(0.9);
    expect(rep.fields['requests.granted.legalService']!.confidence).toBeLessThan(0.9);
  });
  it('should keep the confidence of cells a column identity confirms', async () => {
    const { text, data } = lineDump(false, true);
    const rep = await extract(Buffer.from(text), { name: 'r.txt' });
    expect(flattenData(rep.data).get('requests.granted.commercial')).toBe((data.requests as any).granted.commercial);
    expect(rep.fields['requests.granted.commercial']!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(rep.fields['requests.granted.legalService']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
