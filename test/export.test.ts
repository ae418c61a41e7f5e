/**
 * Exports for people: CSV cells safe in spreadsheets, the long and wide rows with their statuses and
 * markers, the codebook, compare pairing, shards and corrections, on hand-made reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_KEYS, ReportSchema, type Report } from '../src/index.js';
import type { BatchRow } from '../src/batch/index.js';
import { filesOfShard, parseShard, shardOf } from '../src/batch/shard.js';
import { applyCorrections, parseCorrections, CorrectionsError } from '../src/corrections/index.js';
import { codebookRows, csvCell, fieldStatus, longRows, parseCsv, wideHead, wideRow, wideValue } from '../src/export/index.js';
import { keysOfVersion, locationOf } from '../src/export/location.js';
import { CompareInputError, pairGoldens, pairGoldensPartly, type GoldenEntry, type ReportEntry } from '../src/golden/index.js';
import { ROOT } from './helpers/paths.js';

/** A real report (a bundled sample's golden run through the CLI is too slow here): extract once. */
let report: Report;
beforeAll(async () => {
  const { extract } = await import('../src/index.js');
  report = await extract(join(ROOT, 'samples', 'quirk-2019.txt'));
  ReportSchema.parse(report);
});
const row = (r: Report, file = 'a.txt'): BatchRow => ({ file, sha256: r.source.sha256, ok: true, ms: 1, report: r });

describe('CSV cells (OWASP CSV injection)', () => {
  it.each(['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])('should neutralise text starting %j', (s) => {
    const cell = csvCell(s);
    expect(parseCsv(`${cell}\n`)[0]![0]!.startsWith("'")).toBe(true);
    expect(parseCsv(`${cell}\n`)[0]![0]).toBe(`'${s}`);
  });
  it('should keep numbers (negative ones too) and plain text as they are, quoting separators', () => {
    expect(csvCell(-15)).toBe('-15');
    expect(csvCell(7284.55)).toBe('7284.55');
    expect(csvCell('示例市第3局')).toBe('示例市第3局');
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(parseCsv('x,"a,""b""\r\nc"\r\n')).toEqual([['x', 'a,"b"\r\nc']]);
  });
});

describe('long and wide rows', () => {
  it('should give every field of the template one long row with its Chinese location, status and source', () => {
    const rows = longRows(row(report));
    expect(rows).toHaveLength(keysOfVersion('2019').length);
    const granted = rows.find((r) => r[5] === 'requests.granted.total')!;
    expect(granted.slice(6, 9)).toEqual(['表三', '三、本年度办理结果 （一）予以公开', '总计']);
    expect(typeof granted[9]).toBe('number');
    expect(granted[10]).toBe('ok');
  });
  it('should tell ambiguous, not-applicable, blank, derived, missing, low and corrected apart', () => {
    expect(fieldStatus({ confidence: 0, flags: ['ambiguous'], candidates: [3, 4] })).toBe('ambiguous');
    expect(fieldStatus({ confidence: 0.95, flags: ['notApplicable'] })).toBe('notApplicable');
    expect(fieldStatus({ confidence: 0.9, flags: ['blank'] })).toBe('blank');
    expect(fieldStatus({ confidence: 0.85, flags: ['derived'] })).toBe('derived');
    expect(fieldStatus({ confidence: 0, flags: ['missing'] })).toBe('missing');
    expect(fieldStatus({ confidence: 0.7, flags: ['labelFuzzy'] })).toBe('low');
    expect(fieldStatus({ confidence: 1, flags: ['corrected'] })).toBe('corrected');
    expect(fieldStatus({ confidence: 0.95, flags: [] })).toBe('ok');
    expect(wideValue(null, { confidence: 0, flags: ['ambiguous'], candidates: [3, 4] })).toBe('?3|4');
    expect(wideValue(null, { confidence: 0.95, flags: ['notApplicable'] })).toBe('/');
    expect(wideValue(null, { confidence: 0, flags: ['missing'] })).toBe('');
    expect(wideValue(0, { confidence: 0.9, flags: ['blank'] })).toBe(0);
  });
  it('should write one failed row for a document that failed, with its error code', () => {
    const failed: BatchRow = { file: '=cmd.pdf', sha256: 'f'.repeat(64), ok: false, ms: 1, error: { code: 'E_PDF_NO_TEXT', message: 'scan' } };
    expect(longRows(failed)).toEqual([expect.arrayContaining(['=cmd.pdf', 'failed', 'E_PDF_NO_TEXT'])]);
    expect(wideRow(failed, '2021')[2]).toBe('失败 E_PDF_NO_TEXT');
    expect(csvCell(wideRow(failed, '2021')[0])).toBe("'=cmd.pdf");
  });
  it('should give unique Chinese wide headers, each in the codebook with its key', () => {
    for (const v of ['2021', '2019'] as const) expect(new Set(wideHead(v)).size).toBe(wideHead(v).length);
    const book = codebookRows();
    expect(new Set(book.map((r) => r[0])).size).toBe(book.length);
    const keys = new Set(book.map((r) => r[1]));
    for (const k of ALL_KEYS) expect(keys.has(k)).toBe(true);
    expect(locationOf('activeDisclosure.procurement.amount')).toMatchObject({ table: '二', row: '政府集中采购', unit: '万元', versions: ['2019'] });
    expect(wideRow(row(report), '2019')).toHaveLength(wideHead('2019').length);
  });
});

describe('compare pairing', () => {
  const rep = (file: string, sha: string): ReportEntry => ({ file, sha256: sha.repeat(64).slice(0, 64), report: {} as Report });
  const gold = (name: string, sha?: string): GoldenEntry => ({ path: `${name}/golden.json`, name, golden: { data: {} }, ...(sha ? { sha256: sha.repeat(64).slice(0, 64) } : {}) });
  it('should pair by sha256, then by stem or case folder', () => {
    const reports = [rep('in/a/report.pdf', 'a'), rep('in/b/report.pdf', 'b'), rep('in/c.txt', 'c')];
    const pairs = pairGoldens(reports, [gold('b'), gold('c'), gold('whatever', 'a')]);
    expect(pairs.map((p) => `${p.golden.name}→${p.report.file}`)).toEqual(['b→in/b/report.pdf', 'c→in/c.txt', 'whatever→in/a/report.pdf']);
  });
  it('should pair by the stem of every source format read (.xlsx, .csv, .tsv, .htm, .docx)', () => {
    const reports = ['t.xlsx', 'c.csv', 'v.tsv', 'h.htm', 'd.docx', 'p.pdf'].map((f, i) => rep(`in/${f}`, String(i)));
    const pairs = pairGoldens(reports, ['t', 'c', 'v', 'h', 'd', 'p'].map((n) => ({ ...gold(n), path: `gold/${n}.golden.json` })));
    expect(pairs.map((p) => `${p.golden.name}→${p.report.file}`)).toEqual(['t→in/t.xlsx', 'c→in/c.csv', 'v→in/v.tsv', 'h→in/h.htm', 'd→in/d.docx', 'p→in/p.pdf']);
  });
  it('should refuse a golden that names several extractions or none, naming them', () => {
    const reports = [rep('x/report.pdf', 'a'), rep('y/report.pdf', 'b')];
    expect(() => pairGoldens(reports, [gold('report'), gold('x')])).toThrow(/report\/golden\.json: ambiguous, 'report' names 2 extractions: x\/report\.pdf, y\/report\.pdf/);
    expect(() => pairGoldens(reports, [gold('one')])).toThrow(CompareInputError);
    expect(() => pairGoldens(reports, [gold('one')])).toThrow(/one\/golden\.json: no extraction named 'one'/);
  });
  it('should return the goldens that name no extraction when others pair, and refuse when none pairs', () => {
    const reports = [rep('x/report.pdf', 'a'), rep('y/report.pdf', 'b')];
    const { pairs, unmatched } = pairGoldensPartly(reports, [gold('x'), gold('z')]);
    expect(pairs.map((p) => `${p.golden.name}→${p.report.file}`)).toEqual(['x→x/report.pdf']);
    expect(unmatched.map((g) => g.name)).toEqual(['z']);
    expect(() => pairGoldensPartly(reports, [gold('z'), gold('w')])).toThrow(/z\/golden\.json: no extraction named 'z'/);
    expect(() => pairGoldensPartly(reports, [gold('x'), gold('report')])).toThrow(/ambiguous/);
  });
  it('should pair one extraction with one golden unless their hashes differ', () => {
    expect(pairGoldens([rep('p.pdf', 'a')], [gold('q')])).toHaveLength(1);
    expect(() => pairGoldens([rep('p.pdf', 'a')], [gold('q', 'b')])).toThrow(/another document/);
  });
});

describe('shards', () => {
  const files = Array.from({ length: 500 }, (_, i) => `archive/${i % 7}/report-${i}.pdf`);
  it.each([1, 2, 3, 8])('should split %i ways disjointly and completely, independent of order', (n) => {
    const parts = Array.from({ length: n }, (_, i) => filesOfShard(files, { index: i + 1, count: n }));
    expect(parts.flat().sort()).toEqual([...files].sort());
    expect(new Set(parts.flat()).size).toBe(files.length);
    const reversed = filesOfShard([...files].reverse(), { index: 1, count: n });
    expect(reversed.sort()).toEqual([...parts[0]!].sort());
    if (n > 1) for (const p of parts) expect(p.length).toBeGreaterThan(files.length / n / 2);
  });
  it('should parse i/n and refuse the rest', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '-1/2']) expect(parseShard(bad)).toBeNull();
    expect(shardOf('a\\b.pdf', 5)).toBe(shardOf('a/b.pdf', 5));
  });
});

describe('corrections', () => {
  it('should set the value at confidence 1 flagged corrected, keep the reading, re-run the checks', () => {
    const sha = report.source.sha256;
    const before = report.data.requests as Record<string, Record<string, number>>;
    const orig = before['granted']!['naturalPerson']!;
    const set = parseCorrections(`\uFEFFsha256,key,value,who,why\r\n${sha},requests.granted.naturalPerson,${orig + 5},张三,对照原文\r\n${sha},activeDisclosure.regulations.issued,1,李四,2021 key in a 2019 report\r\n`);
    const { report: fixed, applied, rejected } = applyCorrections(report, set);
    expect(applied).toHaveLength(1);
    expect(rejected[0]!.reason).toMatch(/not a field of this report's template/);
    expect(ReportSchema.parse(fixed)).toBeTruthy();
    expect((fixed.data.requests as Record<string, Record<string, number>>)['granted']!['naturalPerson']).toBe(orig + 5);
    const info = fixed.fields['requests.granted.naturalPerson']!;
    expect(info).toMatchObject({ confidence: 1, flags: ['corrected'], correction: { who: '张三', why: '对照原文', original: { value: orig } } });
    // The row total no longer adds up: the check says so now.
    expect(fixed.checks.find((c) => c.id === 'requests.rowTotal.granted')).toMatchObject({ ok: false, expected: (fixed.checks.find((c) => c.id === 'requests.rowTotal.granted')!.actual ?? 0) + 5 });
    expect(report.fields['requests.granted.naturalPerson']!.flags).not.toContain('corrected'); // not changed in place
    // Correcting again keeps the first reading as the original.
    const again = applyCorrections(fixed, parseCorrections(JSON.stringify([{ sha256: sha, key: 'requests.granted.naturalPerson', value: orig, who: 'w', why: 'y' }]))).report;
    expect(again.fields['requests.granted.naturalPerson']!.correction!.original.value).toBe(orig);
  });
  it('should refuse a bad corrections file with the entry named', () => {
    expect(() => parseCorrections('sha256,key,value\n')).toThrow(/missing who/);
    expect(() => parseCorrections(`sha256,key,value,who,why\n${'a'.repeat(64)},requests.nope.total,1,a,b\n`)).toThrow(/entry 1: key: not a canonical key/);
    expect(() => parseCorrections(`sha256,key,value,who,why\nabc,requests.granted.total,1,a,b\n`)).toThrow(CorrectionsError);
    expect(() => parseCorrections(`sha256,key,value,who,why\n${'a'.repeat(64)},requests.granted.total,x,a,b\n`)).toThrow(/value/);
  });
});

it('README documents the corrected flag', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/\| `corrected` \|/);
});
