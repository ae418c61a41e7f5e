/**
 * @file CLI manners: per-command --help on stdout with exit 0, --version, suggestions for a
 * misspelt command or option (exit 2), `-` for standard input, a quiet EPIPE when the reader
 * goes away, and `demo` outside a source checkout saying what it needs.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { COMMANDS } from '../src/cli/commands/index.js';
import { runMain } from '../src/cli/main.js';
import { ROOT } from './helpers/paths.js';

const SAMPLE = join(ROOT, 'samples', 'quirk-2019.txt');

/** Runs the CLI in this process and collects its output. */
async function xxgk(argv: string[], stdin?: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.stdout.push(c));
  err.on('data', (c: Buffer) => chunks.stderr.push(c));
  const code = await runMain(argv, { stdout: out, stderr: err, ...(stdin ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}) });
  return { code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

describe('the built executable', () => {
  it('should be executable, so `npx xxgk` runs in a checkout (the build wrote it 0644: Permission denied)', () => {
    const bin = join(ROOT, 'dist', 'cli', 'bin.js'); // npm test builds dist/ first
    expect(existsSync(bin)).toBe(true);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });
});

describe('compare -', () => {
  const golden = join(ROOT, 'golden', 'quirk-2019.golden.json');
  it('should read extractions from standard input: one report, compact or pretty, or failed output', async () => {
    const extracted = await xxgk(['extract', SAMPLE]);
    const compact = await xxgk(['compare', '-', golden], Buffer.from(extracted.stdout));
    expect([compact.code, compact.stderr]).toEqual([0, '']);
    expect(compact.stdout).toMatch(/quirk-2019/);
    const pretty = JSON.stringify(JSON.parse(extracted.stdout), null, 2);
    expect((await xxgk(['compare', '-', golden, '--json'], Buffer.from(pretty))).code).toBe(0);
    // A report with a value changed is a mismatch (exit 1); a failed extraction is one too; junk is a usage error.
    const changed = JSON.parse(extracted.stdout) as { data: { requests: { granted: { total: number } } } };
    changed.data.requests.granted.total += 1;
    expect((await xxgk(['compare', '-', golden], Buffer.from(JSON.stringify(changed)))).code).toBe(1);
    expect((await xxgk(['compare', '-', golden], Buffer.from('{"error":{"code":"E_DECODE","message":"x"}}\n'))).code).not.toBe(0);
    const junk = await xxgk(['compare', '-', golden], Buffer.from('not json\n'));
    expect([junk.code, junk.stderr]).toEqual([2, expect.stringMatching(/standard input, line 1: not JSON/)]);
    // JSON that is no extraction is refused by its place on standard input, not by a temporary file's path.
    for (const [input, where] of [['{"a":1}', 'standard input'], ['[1,2]', 'standard input'], ['{"file":"a.pdf","sha256":"","ok":false}\n7\n', 'standard input, value 2']]) {
      const other = await xxgk(['compare', '-', golden], Buffer.from(input!));
      expect([other.code, other.stderr]).toEqual([2, expect.stringContaining(`${where}: not an extraction (a report from xxgk extract, a row of results.jsonl, or {"error": …})`)]);
      expect(other.stderr).not.toMatch(/xxgk-compare-|results\.jsonl failed/);
    }
  });
  it('should refuse an extraction file cut down to no source, data or fields with exit 2, not a stack trace', async () => {
    // A new user's edited report ({"schemaVersion":1,"fields":{}}) crashed compare with a TypeError (exit 1).
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-cut-'));
    for (const [name, json] of [['fields-only.json', '{"schemaVersion":1,"fields":{}}'], ['data-only.json', '{"schemaVersion":1,"data":{}}']]) {
      const path = join(dir, name!);
      writeFileSync(path, json!);
      const r = await xxgk(['compare', path, golden]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`${path}: an extraction without its \`source\`, \`data\` or \`fields\``)]);
      expect(r.stderr).not.toMatch(/TypeError|    at /);
    }
  });
});

describe('xxgk CLI manners', () => {
  it.each(COMMANDS.map((c) => c.name))('%s --help: usage on stdout, exit 0', async (name) => {
    const r = await xxgk([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: xxgk ${name}`));
  });

  it('should answer --help and help COMMAND on stdout, and --version with the package version', async () => {
    const top = await xxgk(['--help']);
    expect([top.code, top.stderr]).toEqual([0, '']);
    for (const c of COMMANDS) expect(top.stdout).toContain(c.name);
    expect((await xxgk(['help', 'extract'])).stdout).toMatch(/^Usage: xxgk extract/);
    const version = await xxgk(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });

  it('should suggest the command or option meant, exit 2, and print usage on stderr without arguments', async () => {
    const cmd = await xxgk(['extrct', SAMPLE]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command 'extrct'\n\(Did you mean extract\?\)/);
    const opt = await xxgk(['extract', SAMPLE, '--prety']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/unknown option '--prety'\n\(Did you mean --pretty\?\)/);
    const bare = await xxgk([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^Usage: xxgk/);
  });

  it('should refuse bad option values and missing arguments with exit 2', async () => {
    expect((await xxgk(['extract', SAMPLE, '--timeout', 'soon'])).stderr).toMatch(/--timeout <ms>' argument 'soon' is invalid\. must be an integer ≥ 1/);
    expect((await xxgk(['extract', SAMPLE, '--format', 'doc'])).code).toBe(2);
    expect((await xxgk(['extract'])).stderr).toMatch(/missing required argument 'file'/);
    const batch = await xxgk(['batch', SAMPLE]);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/xxgk batch: expected INPUT\.\.\. and --out DIR\n\(run 'xxgk batch --help' for usage\)/);
  });

  it('should read a text file in the --encoding given, and refuse an unknown encoding with exit 2', async () => {
    // quirk-tab.txt re-encoded as GBK: auto-detection reads it as GB18030; --encoding names it.
    const gbk = new Uint8Array(iconv.encode(readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8'), 'gbk'));
    const named = await xxgk(['extract', '-', '--encoding', 'gbk'], gbk);
    expect(named.code).toBe(0);
    const report = JSON.parse(named.stdout) as { meta: { agency: string }; warnings: { code: string }[] };
    expect(report.meta.agency).toBe('示例市第101局');
    expect(report.warnings.map((w) => w.code)).not.toContain('encoding_detected');
    const wrong = await xxgk(['extract', '-', '--encoding', 'utf-8'], gbk);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout).error).toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/bytes are not valid utf-8, the encoding given/) });
    const unknown = await xxgk(['extract', SAMPLE, '--encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/'klingon' is not a known encoding/);
  });

  it('should read standard input for FILE `-`, named stdin unless --name', async () => {
    const bytes = readFileSync(SAMPLE);
    const fromFile = JSON.parse((await xxgk(['extract', SAMPLE])).stdout);
    const r = await xxgk(['extract', '-'], bytes);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source.name).toBe('stdin');
    expect(report.data).toEqual(fromFile.data);
    expect(JSON.parse((await xxgk(['extract', '-', '--name', 'a.txt'], bytes)).stdout).source.name).toBe('a.txt');
  });

  it('should hand a raw command every argument after its name (a command that parses its own)', async () => {
    const seen: string[][] = [];
    const raw = { name: 'echo', summary: 'echo', raw: true, load: async () => ({ default: async (args: string[]) => (seen.push(args), 3) }) };
    const io = { stdout: new PassThrough(), stderr: new PassThrough() };
    expect(await runMain(['echo', 'a', '--x', '1', '-y', 'b'], io, [...COMMANDS, raw])).toBe(3);
    expect(seen).toEqual([['a', '--x', '1', '-y', 'b']]);
  });

  it('should end quietly when the reader of stdout goes away (xxgk extract f --pretty | head)', async () => {
    const bin = join(ROOT, 'dist', 'cli', 'bin.js'); // npm test builds dist/ first
    const child = spawn(process.execPath, [bin, 'extract', join(ROOT, 'samples', 'pdf-chromium-web.pdf'), '--pretty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // like head: read a little, then close the pipe
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  // A full disk under stdout (found by a fresh tester: a raw ENOSPC stack): the coded E_OUTPUT, exit 1.
  (existsSync('/dev/full') ? it : it.skip)('should end with E_OUTPUT when stdout cannot be written (> /dev/full)', async () => {
    const bin = join(ROOT, 'dist', 'cli', 'bin.js');
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [bin, 'extract', SAMPLE], { stdio: ['ignore', full, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    closeSync(full);
    expect(stderr).toMatch(/^xxgk: E_OUTPUT: cannot write standard output \(ENOSPC\)\n$/);
    expect(code).toBe(1);
  });
});
