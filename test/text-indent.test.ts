/**
 * A text dump with one table cell per line, each value line indented by a tab (a browser's
 * innerText of a table): the tab is indentation, not an empty first cell; the report reads as
 * without the tabs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCells } from '../src/layout/text-to-lines.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
/** quirk-tab with every cell on its own line, the cells after the first indented by a tab. */
const oneCellPerLine = tab.split('\n').flatMap((l) => { const [first, ...rest] = l.split('\t'); return [first!, ...rest.map((c) => `\t${c}`)]; }).join('\n');

describe('tab-indented lines', () => {
  it('should read tabs before one cell as indentation, tabs after it as blank cells', () => {
    expect(splitCells('\t62')).toEqual({ cells: ['62'], separated: false });
    expect(splitCells('\t0\t0').cells).toEqual(['', '0', '0']);
    expect(splitCells('label\t\t').cells).toEqual(['label', '', '']);
  });

  it('should read a one-cell-per-line dump with tab-indented values like the same dump without tabs', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const indented = await extract(enc(oneCellPerLine), { name: 'indented.txt' });
    const plain = await extract(enc(oneCellPerLine.replace(/^\t/gm, '')), { name: 'plain.txt' });
    const missing = Object.values(indented.fields).filter((f) => f.flags.includes('missing')).length;
    expect(missing).toBe(0);
    expect(flattenData(indented.data)).toEqual(flattenData(plain.data));
    expect(indented.confidence).toBeGreaterThan(0.9);
  });
});

describe('fields_mostly_missing', () => {
  const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
  const read = (n: number) => new Map(keys.slice(0, n).map((k) => [k, { value: 1, flags: [] }] as const));
  it('should warn when some values were read but most fields are missing', async () => {
    const { mostlyMissingWarning } = await import('../src/map/table-warnings.js');
    expect(mostlyMissingWarning(read(2) as never, keys).map((w) => w.code)).toEqual(['fields_mostly_missing']);
    expect(mostlyMissingWarning(read(6) as never, keys)).toEqual([]);
    expect(mostlyMissingWarning(read(0) as never, keys)).toEqual([]); // no_values covers it
  });

  it('should warn on a report whose table 三 was not read', async () => {
    const cut = tab.split('\n').filter((l) => !/^\s*[（(一二三四五六七八\d]/.test(l) || !/\t\d/.test(l)).join('\n');
    const r = await extract(new TextEncoder().encode(cut), { name: 'cut.txt' });
    const missing = Object.values(r.fields).filter((f) => f.flags.includes('missing')).length;
    expect(missing).toBeGreaterThan(100);
    expect(r.warnings.map((w) => w.code)).toContain('fields_mostly_missing');
  });
});

describe('table_unread', () => {
  const lines = tab.split('\n');
  const start = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const end = lines.findIndex((l) => l.startsWith('五、'));
  it('should name a table none of whose fields was read while the others were', async () => {
    // Table 四's value lines printed without their numbers (a layout the reader does not follow reads the same).
    // (The text ends there: no section after it shows the table closed — with one, its header alone and no number anywhere
    // that may be its cells reads blank below 0.8, blank56.)
    const stripped = lines.slice(start + 1, end).map((l) => l.replace(/\d+/g, ''));
    const closed = await extract(new TextEncoder().encode([...lines.slice(0, start + 1), ...stripped, ...lines.slice(end)].join('\n')), { name: 'closed.txt' });
    expect(closed.warnings.map((w) => w.code)).toContain('table_blank');
    expect(Math.max(...Object.entries(closed.fields).filter(([k]) => k.startsWith('reviewLitigation.')).map(([, f]) => f.confidence))).toBeLessThanOrEqual(0.7);
    const cut = [...lines.slice(0, start + 1), ...stripped].join('\n');
    const r = await extract(new TextEncoder().encode(cut), { name: 'cut.txt' });
    const unread = r.warnings.filter((w) => w.code === 'table_unread');
    expect(unread).toHaveLength(1);
    // (Its header printed and no number, in a report printing its zeros as '0': the message says why it was not read blank.)
    expect(unread[0]!.message).toMatch(/^table 四: none of its 15 statistics was read \(table 四 prints its header and no number beside them, but the report prints its zeros as '0' elsewhere/);
    expect(unread[0]!.keys).toEqual(Object.keys(r.fields).filter((k) => k.startsWith('reviewLitigation.')));
    expect(r.warnings.map((w) => w.code)).not.toContain('fields_mostly_missing');
    const whole = await extract(new TextEncoder().encode(tab), { name: 'tab.txt' });
    expect(whole.warnings.map((w) => w.code)).not.toContain('table_unread');
  });

  it('should leave a document with no value read to no_values', async () => {
    const { unreadTableWarnings } = await import('../src/map/table-warnings.js');
    const keys = ['activeDisclosure.a', 'requests.b', 'reviewLitigation.c'];
    const fields = (read: string[]) => new Map(read.map((k) => [k, { value: 1, flags: [] }] as const));
    expect(unreadTableWarnings(fields([]) as never, keys, [])).toEqual([]);
    expect(unreadTableWarnings(fields(['requests.b']) as never, keys, [{ key: 'reviewLitigation' }]).map((w) => w.message)).toEqual([
      'table 二: none of its 1 statistics was read (its section was not found)',
      'table 四: none of its 1 statistics was read (its section was found; a layout the reader did not follow?)',
    ]);
  });
});

describe('rows_missing', () => {
  const lines = tab.split('\n');
  it('should name template rows a report left out while the rest of their table was read', async () => {
    // Two rows of table 三 deleted (6.属于四类过程性信息, 3.要求提供公开出版物), and table 二's 行政事业性收费 row.
    const cut = lines.filter((l) => !/^(6\.属于四类过程性信息|3\.要求提供公开出版物|行政事业性收费)\t/.test(l)).join('\n');
    expect(lines.length - cut.split('\n').length).toBe(3);
    const r = await extract(new TextEncoder().encode(cut), { name: 'cut.txt' });
    const missing = r.warnings.filter((w) => w.code === 'rows_missing');
    expect(missing.map((w) => w.message.split(' (')[0])).toEqual([
      'table 二: 1 of its 6 rows not read — 行政事业性收费',
      'table 三: 2 of its 25 rows not read — 属于四类过程性信息、要求提供公开出版物',
    ]);
    expect(missing[1]!.keys).toEqual(Object.keys(r.fields).filter((k) => /^requests\.(denied\.processInfo|notProcessed\.publication)\./.test(k)));
    const whole = await extract(new TextEncoder().encode(tab), { name: 'tab.txt' });
    expect(whole.warnings.map((w) => w.code)).not.toContain('rows_missing');
  });
});
