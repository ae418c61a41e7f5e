/**
 * Documents, not paths: the same bytes under several paths are one document, extracted once, named
 * alike in results.jsonl, results.csv, the exports and summary.json (its other paths listed as its
 * duplicates), and counted once — in a run, a resumed run and a merge of shards.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs, mergeBatches, runBatch, type BatchRow, type BatchSummary } from '../src/batch/index.js';
import { parseCsv } from '../src/export/index.js';
import { readPairs } from '../src/golden/index.js';
import { ROOT } from './helpers/paths.js';
import { gridRuns, HAN_FONT, pdf2xml } from './helpers/pdf2xml.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-docs-'));
  for (const sub of ['a', 'b', 'c']) mkdirSync(join(dir, 'in', sub), { recursive: true });
  // quirk-tab.txt under three names (the second and third listed after the first), quirk-2019.txt once.
  copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(dir, 'in', 'a', 'tab.txt'));
  copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(dir, 'in', 'b', 'copy.txt'));
  copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(dir, 'in', 'c', 'again.txt'));
  copyFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), join(dir, 'in', 'b', 'y2019.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonlOf = (out: string): BatchRow[] => readFileSync(join(out, 'results.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchRow);
const summaryOf = (out: string): BatchSummary => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
/** The first column (file) of each data row of a CSV written by the batch. */
const firstColumn = (file: string): string[] => parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).slice(1).map((r) => r[0]!);

function expectOneName(out: string, tab: string): void {
  const rows = jsonlOf(out);
  expect(rows.filter((r) => r.file === tab)).toHaveLength(1);
  expect(rows).toHaveLength(2);
  expect(firstColumn(join(out, 'results.csv')).sort()).toEqual([join(dir, 'in', 'b', 'y2019.txt'), tab].sort());
  expect(firstColumn(join(out, 'results-2021.csv'))).toEqual([tab]);
  expect(new Set(firstColumn(join(out, 'fields.csv')))).toEqual(new Set([tab, join(dir, 'in', 'b', 'y2019.txt')]));
  const s = summaryOf(out);
  expect([s.total, s.ok, s.failed, s.paths, s.duplicates]).toEqual([2, 2, 0, 4, 2]);
  const entry = s.files.find((f) => f.file === tab)!;
  expect(entry.duplicates).toEqual([join(dir, 'in', 'b', 'copy.txt'), join(dir, 'in', 'c', 'again.txt')]);
  expect(s.files).toHaveLength(2);
}

describe('documents with the same content under several paths', () => {
  it('should be one document, named alike in results.jsonl, the CSVs and summary.json, in a run and a resumed run', async () => {
    const files = await listInputs([join(dir, 'in')]);
    const out = join(dir, 'out');
    const first = await runBatch(files, { out, workers: 0, review: false });
    expect(first.rows).toHaveLength(2);
    expect(first.summary.skipped).toBe(0);
    expectOneName(out, join(dir, 'in', 'a', 'tab.txt'));
    const again = await runBatch(files, { out, workers: 0, review: false });
    expect(again.summary.skipped).toBe(2); // documents done earlier, not paths
    expectOneName(out, join(dir, 'in', 'a', 'tab.txt'));
  }, 60_000);

  it('should pair a golden named after a copy with the document the batch named by another of its paths', async () => {
    const goldens = join(dir, 'goldens');
    mkdirSync(goldens, { recursive: true });
    copyFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), join(goldens, 'again.golden.json'));
    const { pairs, unmatched } = await readPairs(join(dir, 'out', 'results.jsonl'), goldens);
    expect(unmatched).toEqual([]);
    expect(pairs.map((p) => p.report.file)).toEqual([join(dir, 'in', 'a', 'tab.txt')]);
  }, 60_000);

  it('should merge shards holding copies of one document into one document with its duplicates', async () => {
    const a = join(dir, 'shard-a');
    const b = join(dir, 'shard-b');
    await runBatch([join(dir, 'in', 'a', 'tab.txt'), join(dir, 'in', 'b', 'y2019.txt')], { out: a, workers: 0, review: false });
    await runBatch([join(dir, 'in', 'b', 'copy.txt'), join(dir, 'in', 'c', 'again.txt')], { out: b, workers: 0, review: false });
    const merged = join(dir, 'merged');
    await mergeBatches([b, a], merged, { review: false });
    expectOneName(merged, join(dir, 'in', 'a', 'tab.txt'));
  }, 60_000);
});

describe('files of kinds not read in the input folders', () => {
  it('should be counted by extension in summary.json, hidden files and READMEs aside', async () => {
    const input = join(dir, 'mixed');
    mkdirSync(join(input, 'sub'), { recursive: true });
    copyFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), join(input, 'report.txt'));
    for (const name of ['gold.json', 'sub/other.json', 'notes.xml', 'noext', '.DS_Store', 'README.md']) writeFileSync(join(input, name), 'x');
    symlinkSync('loop', join(input, 'loop')); // a link to itself, without an extension
    symlinkSync('gone', join(input, 'dangling'));
    const notRead: string[] = [];
    const files = await listInputs([input], notRead);
    expect(files).toEqual([join(input, 'report.txt')]);
    expect(notRead.sort()).toEqual(
      [join(input, 'dangling'), join(input, 'gold.json'), join(input, 'loop'), join(input, 'noext'), join(input, 'notes.xml'), join(input, 'sub', 'other.json')],
    );
    const out = join(dir, 'mixed-out');
    const { summary } = await runBatch(files, { out, workers: 0, review: false, notRead });
    expect(summary.notRead).toEqual({ files: 6, byExtension: { '(none)': 3, '.json': 2, '.xml': 1 } });
    expect(summaryOf(out).notRead).toEqual(summary.notRead);
  }, 60_000);

  it('should list every kind extract reads (pdftohtml -xml, .xhtml, .htm, .text, upper case, a report without an extension) and skip hidden entries, saying so', async () => {
    const input = join(dir, 'kinds');
    for (const sub of ['sub/.git', '.cache', 'sub/deep']) mkdirSync(join(input, sub), { recursive: true });
    const report = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'));
    const page = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
    const rows = [['青山区教育局2024年政府信息公开工作年度报告'], ['二、主动公开政府信息情况'], ['信息内容', '本年处理决定数量'], ['行政许可', '3123']];
    writeFileSync(join(input, 'report.xml'), pdf2xml([{ width: 918, height: 1188, fonts: [HAN_FONT(0)], runs: gridRuns(rows, { lefts: [54, 400], rowGap: 30, fonts: { word: 0, number: 0 } }) }]));
    writeFileSync(join(input, 'page.xhtml'), page.replace(/^<!DOCTYPE html>\s*<html>/, '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'));
    writeFileSync(join(input, 'PAGE.HTM'), page);
    writeFileSync(join(input, 'sub', 'deep', 'dump.text'), report);
    writeFileSync(join(input, 'REPORT.TXT'), report);
    writeFileSync(join(input, 'content_12345'), report); // a download saved under the CMS's id
    writeFileSync(join(input, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://www.gov.cn/a</loc></url></urlset>');
    writeFileSync(join(input, 'LICENSE'), 'MIT License\nPermission is hereby granted');
    for (const name of ['.cache/old.txt', 'sub/.git/HEAD.txt', '.report.txt.swp', '.DS_Store']) writeFileSync(join(input, name), report);
    const notRead: string[] = [];
    const hidden: string[] = [];
    const files = await listInputs([input], notRead, hidden);
    expect(files).toEqual(['PAGE.HTM', 'REPORT.TXT', 'content_12345', 'page.xhtml', 'report.xml', 'sub/deep/dump.text'].map((f) => join(input, f)));
    expect(notRead.sort()).toEqual([join(input, 'LICENSE'), join(input, 'sitemap.xml')]);
    expect(hidden.sort()).toEqual(['.DS_Store', '.cache', '.report.txt.swp', 'sub/.git'].map((f) => join(input, f)));
    // A hidden folder named as an input is walked.
    expect(await listInputs([join(input, '.cache')])).toEqual([join(input, '.cache', 'old.txt')]);
    const out = join(dir, 'kinds-out');
    const { summary } = await runBatch([join(input, 'report.xml')], { out, workers: 0, review: false, notRead, hidden });
    expect(summary.ok).toBe(1);
    expect(summary.hidden).toEqual({ entries: 4, first: hidden.sort() });
    expect(summaryOf(out).hidden).toEqual(summary.hidden);
  }, 60_000);

  it('should say an input that is a loop of links is one, not that it is missing', async () => {
    const loop = join(dir, 'self-loop');
    symlinkSync('self-loop', loop);
    await expect(listInputs([loop])).rejects.toThrow(/self-loop: a loop of symbolic links/);
    await expect(listInputs([join(dir, 'no-such')])).rejects.toThrow(/no-such: no such file or folder/);
  });
});
