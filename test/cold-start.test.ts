/**
 * @file What the cold-start cuts must not change: the prefilter in front of the costly running-line
 * regex of text dumps (`layout/text-furniture.ts`) passes every line the regex matches; the CLI
 * forks its helper early (`cli/prestart.ts`) exactly for the command lines whose input goes to it,
 * and a PDF read through that early helper gives the report `extract` gives; the plain
 * `extract FILE` run without commander (`cli/run-command.ts`) gets what commander would pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractTarget, destination, inputKind } from '../src/cli/prestart.js';
import type { CommandSpec, Invocation } from '../src/cli/command.js';
import { COMMANDS } from '../src/cli/commands/index.js';
import { runMain } from '../src/cli/main.js';
import { plainExtract } from '../src/cli/run-command.js';
import { extract } from '../src/extract.js';
import { INLINE_MAX_BYTES } from '../src/isolate.js';
import { isHardFurniture, sharedLineUnfiltered } from '../src/layout/text-furniture.js';
import { ROOT } from './helpers/paths.js';

describe('running-line prefilter', () => {
  const STAMPS = ['11/25/26, 1:55 PM', '2026/11/25 13:55', '25.11.26, 13:55', '2026-11-25 13:55:07', '2026/11/25 下午1:55', '1/2/2025 9:05AM'];
  const URLS = ['file:///tmp/r.html', 'HTTPS://www.example.gov.cn/a.html', 'http://x.cn/a?b=1', 'www.example.cn/x', 'WWW.EXAMPLE.CN/x'];
  const COUNTERS = ['2/5', 'Page 3', 'PAGE 2 of 5', '第 2 页', '第2页 共5页'];
  const WORDS = ['示例市第7局2024年政府信息公开工作年度报告', '来源：XX局', '一、总体情况', '12', 'a:b', 'www', '发布时间'];
  const piece = fc.oneof(fc.constantFrom(...STAMPS), fc.constantFrom(...URLS), fc.constantFrom(...COUNTERS), fc.constantFrom(...WORDS));
  const gap = fc.constantFrom(' ', '   ', '\t', ' '.repeat(31), '');

  it('should keep every line the unfiltered regex matches (and those lines exist among the variants)', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, piece), { minLength: 1, maxLength: 4 }), gap, (parts, end) => {
        const line = parts.map(([g, p]) => g + p).join('') + end;
        if (!sharedLineUnfiltered(line)) return;
        matched++;
        expect([line, isHardFurniture(line)]).toEqual([line, true]);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});

describe('early helper of the CLI', () => {
  const sample = (f: string): string => join(ROOT, 'samples', f);

  it('should find the one file of an extract command line, and nothing for other command lines', () => {
    expect(extractTarget(['extract', 'a.pdf'])).toEqual({ file: 'a.pdf', format: 'auto' });
    expect(extractTarget(['extract', '--pretty', '--timeout', '9000', 'a.pdf', '--ocr', 'auto'])).toEqual({ file: 'a.pdf', format: 'auto' });
    expect(extractTarget(['extract', '--format', 'text', '--name', 'x.pdf', 'a.pdf'])).toEqual({ file: 'a.pdf', format: 'text' });
    expect(extractTarget(['extract', '--format=pdf', '--password=p', 'a'])).toEqual({ file: 'a', format: 'pdf' });
    expect(extractTarget(['extract', '--', '-odd.pdf'])).toEqual({ file: '-odd.pdf', format: 'auto' });
    expect(extractTarget(['extract', '--trace', 'out', 'a.pdf'])).toEqual({ file: 'a.pdf', format: 'auto' });
    for (const argv of [['extract'], ['extract', '-'], ['extract', 'a.pdf', 'b.pdf'], ['extract', 'a.pdf', '--help'], ['batch', 'a.pdf'], ['--version'], []]) expect([argv, extractTarget(argv)]).toEqual([argv, undefined]);
  });

  it('should start it for a PDF, a .docx or a large file, and not for a small text or HTML file or one that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-prestart-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(big, '一'.repeat(INLINE_MAX_BYTES));
      const pdfNamedTxt = join(dir, 'named.txt');
      writeFileSync(pdfNamedTxt, '%PDF-1.4\n%junk');
      expect(destination(sample('pdf-libreoffice-word.pdf'), 'auto')).toBe('helper');
      expect(destination(pdfNamedTxt, 'auto')).toBe('helper');
      expect(destination(big, 'auto')).toBe('helper');
      expect(destination(big, 'text')).toBe('helper');
      expect(destination(sample('quirk-2019.txt'), 'pdf')).toBe('helper');
      expect(destination(sample('quirk-2019.txt'), 'auto')).toBe('here');
      expect(destination(sample('html-cms-utf8.html'), 'auto')).toBe('here');
      expect(destination(pdfNamedTxt, 'text')).toBe('here');
      expect(destination(sample('docx-word.docx'), 'auto')).toBe('helper');
      expect(destination(join(dir, 'missing.pdf'), 'auto')).toBeNull();
      expect(destination(dir, 'auto')).toBeNull();
      expect(destination('/dev/null', 'pdf')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should tell a PDF apart (its helper loads pdf.js while it waits), a large one too, by --format or by its first bytes only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-prestart-'));
    try {
      const bigPdf = join(dir, 'big.bin');
      writeFileSync(bigPdf, `%PDF-1.7\n${'x'.repeat(INLINE_MAX_BYTES)}`);
      const pdfNamedTxt = join(dir, 'named.txt');
      writeFileSync(pdfNamedTxt, '%PDF-1.4\n%junk');
      const big = join(dir, 'big.txt');
      writeFileSync(big, '一'.repeat(INLINE_MAX_BYTES));
      expect(inputKind(sample('pdf-libreoffice-word.pdf'), 'auto')).toBe('pdf');
      expect(inputKind(bigPdf, 'auto')).toBe('pdf');
      expect(inputKind(pdfNamedTxt, 'auto')).toBe('pdf');
      expect(inputKind(sample('quirk-2019.txt'), 'pdf')).toBe('pdf');
      // Forced to another kind, a PDF's bytes are not read as one.
      expect(inputKind(bigPdf, 'text')).toBe('helper');
      expect(inputKind(pdfNamedTxt, 'text')).toBe('here');
      expect(inputKind(big, 'auto')).toBe('helper');
      expect(inputKind(sample('docx-word.docx'), 'auto')).toBe('helper');
      expect(inputKind(sample('docx-word.docx'), 'docx')).toBe('helper');
      expect(inputKind(sample('quirk-2019.txt'), 'auto')).toBe('here');
      expect(inputKind(join(dir, 'missing.pdf'), 'auto')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should give the report extract gives (the built CLI, helper forked before the command is loaded)', async () => {
    const file = sample('pdf-libreoffice-word.pdf');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'bin.js'), 'extract', file], { encoding: 'utf8' }); // npm test builds dist/ first
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(await extract(file))));
  }, 60_000);
});

describe('plain extract without commander', () => {
  /** What the commander program hands the extract command for `argv` (its code replaced by a recorder). */
  async function viaCommander(argv: string[]): Promise<{ code: number; invocation?: Invocation }> {
    let invocation: Invocation | undefined;
    const commands: CommandSpec[] = COMMANDS.map((c) => (c.name === 'extract' ? { ...c, load: async () => ({ default: async (inv: Invocation) => ((invocation = inv), 0) }) } : c));
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const code = await runMain(argv, { stdout: sink, stderr: sink }, commands);
    return { code, ...(invocation ? { invocation } : {}) };
  }

  it('should pass the extract command what commander passes, and leave every other command line to commander', async () => {
    const argvs = [['extract', 'a.txt'], ['extract', 'a.txt', '--pretty'], ['extract', '--pretty', 'a.txt'], ['extract', 'help'], ['extract', 'report 2024.pdf']];
    for (const argv of argvs) {
      const fast = plainExtract(argv, COMMANDS);
      expect([argv, fast?.spec.name]).toEqual([argv, 'extract']);
      expect([argv, JSON.parse(JSON.stringify(fast!.invocation))]).toEqual([argv, JSON.parse(JSON.stringify((await viaCommander(argv)).invocation))]);
    }
    const others = [['extract'], ['extract', '-'], ['extract', '--pretty'], ['extract', 'a', 'b'], ['extract', 'a', '--pretty', '--pretty'], ['extract', 'a', '--format', 'pdf'], ['extract', 'a', '--help'], ['extract', '--', 'a'], ['batch', 'a'], ['--version'], []];
    for (const argv of others) expect([argv, plainExtract(argv, COMMANDS)]).toEqual([argv, undefined]);
  });
});
