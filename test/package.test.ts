/**
 * @file The package as a new user gets it: `npm pack` → install the tarball into an empty folder →
 * require it from CommonJS, import it from ESM, compile the README examples (examples/readme.ts)
 * with `tsc --strict` against it and run them, and run the installed `xxgk` binary. Needs a built
 * dist/ (`npm test` builds first) and the npm cache or registry for the dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SAMPLE = join(ROOT, 'samples', 'quirk-2019.txt');
let dir = '';
let tarball = '';
let files: string[] = [];

const run = (cmd: string, args: string[], cwd = dir) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, info!.filename);
  files = info!.files.map((f) => f.path);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], { cwd: dir, stdio: 'pipe' });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('packed package', () => {
  it('ships LICENSE, README, the JSON Schema and dist, but no source maps, sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/schema.json', 'dist/options.schema.json', 'dist/cli/bin.js']));
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'xxgk-report', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(pkg)).toEqual(expect.arrayContaining(['keywords', 'license', 'author', 'engines']));
    // No repository, bugs or homepage: the project has no public home yet, and a made-up URL would mislead.
    expect(Object.keys(pkg).filter((k) => ['repository', 'bugs', 'homepage'].includes(k))).toEqual([]);
  });

  it('works from a CommonJS file with require()', () => {
    writeFileSync(
      join(dir, 'consumer.cjs'),
      `const { extract, getField, ReportSchema } = require('xxgk-report');
const { ReportSchema: S } = require('xxgk-report/schema');
const schema = require('xxgk-report/schema.json');
extract(process.argv[2]).then((r) => {
  const broken = { ...r, schemaVersion: 0 };
  console.log(JSON.stringify({ version: r.meta.templateVersion, granted: getField(r, 'requests.granted.total'), valid: ReportSchema.safeParse(r).success, invalid: S.safeParse(broken).success || ReportSchema.safeParse(broken).success, schema: schema.type }));
});`,
    );
    const r = run(process.execPath, ['consumer.cjs', SAMPLE]);
    expect(r.stderr).toBe(''); // no ExperimentalWarning either on Node 20.19+
    expect(JSON.parse(r.stdout)).toEqual({ version: '2019', granted: expect.any(Number), valid: true, invalid: false, schema: 'object' });
  });

  it('loads neither zod nor cheerio nor pdf.js for import + extract of a text file, and has every export of src/index.ts, the schemas loaded on first use', () => {
    const hook = `data:text/javascript,${encodeURIComponent('export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug("R " + r.url); return r; }')}`;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;
    writeFileSync(
      join(dir, 'lean.mjs'),
      `import * as entry from 'xxgk-report';
const r = await entry.extract(process.argv[2]);
process._rawDebug('EXTRACTED');
const full = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
const keys = (m) => Object.keys(m).sort().join(' ');
const parsed = entry.ReportSchema.safeParse(r).success && !entry.ReportSchema.safeParse({ ...r, confidence: 2 }).success;
console.log(JSON.stringify({ same: keys(entry) === keys(full) || [keys(entry), keys(full)], parsed, flags: [...entry.FIELD_FLAGS].join() === full.FIELD_FLAGS.join(), options: entry.resolveOptions({ format: 'text' }).format }));`,
    );
    const r = run(process.execPath, ['--import', register, 'lean.mjs', SAMPLE]);
    const before = r.stderr.split('EXTRACTED')[0]!.split('\n').filter((l) => l.startsWith('R '));
    expect(before.length).toBeGreaterThan(20);
    expect(before.filter((l) => /node_modules\/(zod|cheerio|pdfjs-dist|mammoth)\//.test(l))).toEqual([]);
    expect(JSON.parse(r.stdout)).toEqual({ same: true, parsed: true, flags: true, options: 'text' });
  });

  it('works from an ES module with import', () => {
    writeFileSync(
      join(dir, 'consumer.mjs'),
      `import { extract, getField } from 'xxgk-report';
import { listInputs } from 'xxgk-report/batch';
const r = await extract(process.argv[2]);
console.log(JSON.stringify({ version: r.meta.templateVersion, granted: getField(r, 'requests.granted.total'), list: typeof listInputs }));`,
    );
    const r = run(process.execPath, ['consumer.mjs', SAMPLE]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ version: '2019', granted: expect.any(Number), list: 'function' });
  });

  it('compiles the README examples with tsc --strict, rejects a misspelt key, and runs them', () => {
    const ts = join(dir, 'ts');
    mkdirSync(ts);
    copyFileSync(join(ROOT, 'examples', 'readme.ts'), join(ts, 'readme.ts'));
    // A misspelt key and a key of the other template version after narrowing: both must not compile.
    writeFileSync(
      join(ts, 'typos.ts'),
      `import { extract, getField, isTemplateVersion } from 'xxgk-report';
const report = await extract('x.txt');
getField(report, 'requests.granted.totl');
if (isTemplateVersion(report, '2019')) getField(report, 'requests.otherHandling.other.total');
export {};
`,
    );
    writeFileSync(join(ts, 'package.json'), JSON.stringify({ type: 'module' }));
    // skipLibCheck: the consumer's own code is what is checked (and checking every .d.ts of the dependencies takes minutes on a busy machine).
    const tsconfig = { compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] }, files: ['readme.ts', 'typos.ts'] };
    writeFileSync(join(ts, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = run(process.execPath, [TSC, '-p', '.'], ts);
    const errors = tsc.stdout.split('\n').filter(Boolean);
    expect(errors).toEqual([
      expect.stringMatching(/^typos\.ts\(3,\d+\): error TS2345: Argument of type '"requests\.granted\.totl"'/),
      expect.stringMatching(/^typos\.ts\(4,\d+\): error TS2345: Argument of type '"requests\.otherHandling\.other\.total"'/),
    ]); // none in readme.ts
    const r = run(process.execPath, ['readme.js', SAMPLE], ts);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^2019 \d+ [01](\.\d+)? \[/);
  });

  it('runs the installed xxgk binary: --version, extract from stdin, and demo explains what it needs', () => {
    const bin = join(dir, 'node_modules', '.bin', 'xxgk');
    const version = run(bin, ['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const r = spawnSync(bin, ['extract', '-'], { cwd: dir, input: readFileSync(SAMPLE), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meta.templateVersion).toBe('2019');
    const demo = run(bin, ['demo']);
    expect(demo.status).toBe(2);
    expect(demo.stderr).toMatch(/samples/);
  });
});
