/**
 * @file What `xxgk compare` tells a user (in process, through runMain): ✔ only when the exit code is
 * 0 — a meta value that differs is ✖ like a field —, a file holding the `{"error": …}` that
 * `xxgk extract` prints for a failed document is that document failed with its code (not "no
 * extractions found"), and the totals say what each count counts (fields of the goldens vs values
 * emitted vs values expected). Also the batch's closing line ('1 worker', not '1 workers').
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { extract } from '../src/index.js';
import { runsOn } from '../src/cli/commands/batch.js';
import { runMain } from '../src/cli/main.js';
import { ROOT } from './helpers/paths.js';

async function xxgk(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.stdout.push(c));
  err.on('data', (c: Buffer) => chunks.stderr.push(c));
  const code = await runMain(argv, { stdout: out, stderr: err, ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}) });
  return { code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

const GOLDEN = join(ROOT, 'golden', 'quirk-tab.golden.json');
const ERROR = '{"error":{"code":"E_DECODE","message":"binary data"}}\n';
let dir: string;
let report: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-compare-out-'));
  report = JSON.stringify(await extract(join(ROOT, 'samples', 'quirk-tab.txt')));
  writeFileSync(join(dir, 'quirk-tab.json'), report);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compare: ✔ and the exit code agree', () => {
  it('should print ✔ and exit 0 when every field and meta value matches', async () => {
    const r = await xxgk(['compare', join(dir, 'quirk-tab.json'), GOLDEN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ quirk-tab: 200\/200 fields right/m);
    expect(r.stdout).toMatch(/^documents: 1 compared, 1 ✔/m);
  });

  it('should print ✖, name the meta value and exit 1 when only a meta value differs', async () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    golden.meta.agency = '另一个局';
    const g = join(dir, 'meta', 'quirk-tab.golden.json');
    mkdirSync(join(dir, 'meta'));
    writeFileSync(g, JSON.stringify(golden));
    const r = await xxgk(['compare', join(dir, 'quirk-tab.json'), g]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/✔ quirk-tab/);
    expect(r.stdout).toMatch(/^✖ quirk-tab: 200\/200 fields right, .*1 meta value wrong \(agency\)$/m);
    expect(r.stdout).toMatch(/✖ meta\.agency: expected "另一个局"/);
    expect(r.stdout).toMatch(/^documents: 1 compared, 0 ✔ .*, 1 ✖ \(1 with a meta value wrong\)/m);
  });
});

describe('compare: a failed extraction is a failed document with its code', () => {
  it('should report a report .json holding {"error": …} as failed (exit 1), not "no extractions found"', async () => {
    writeFileSync(join(dir, 'failed.json'), ERROR);
    const r = await xxgk(['compare', join(dir, 'failed.json'), GOLDEN]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/no extractions found/);
    expect(r.stderr).toMatch(/✖ quirk-tab: extraction failed \(E_DECODE: binary data\) — .*failed\.json/);
    expect(r.stdout).toMatch(/^documents: 0 compared, 0 ✔ .*; 1 document failed or not extracted, not scored$/m);
  });

  it('should pair an {"error": …} file in a folder by its name and score the others', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'quirk-tab.json'), ERROR);
    writeFileSync(join(folder, 'quirk-2019.json'), JSON.stringify(await extract(join(ROOT, 'samples', 'quirk-2019.txt'))));
    const goldens = join(dir, 'goldens');
    mkdirSync(goldens);
    for (const g of ['quirk-tab', 'quirk-2019']) writeFileSync(join(goldens, `${g}.golden.json`), readFileSync(join(ROOT, 'golden', `${g}.golden.json`)));
    const r = await xxgk(['compare', folder, goldens]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✖ quirk-tab: extraction failed \(E_DECODE: binary data\)/);
    expect(r.stdout).toMatch(/^✔ quirk-2019: 198\/198 fields right/m);
    expect(r.stdout).toMatch(/^documents: 1 compared, 1 ✔ .*; 1 document failed or not extracted, not scored$/m);
  });

  // Found by a new user: the golden 'x.tsv.golden.json' of the dump 'x.tsv.txt' never paired (the
  // golden's stem drops '.tsv', the extraction's keeps it) once the folder held other extractions.
  it('should pair a dump named after its source (x.tsv.txt) with the golden x.tsv.golden.json', async () => {
    const folder = join(dir, 'dumps');
    const goldens = join(dir, 'dump-goldens');
    mkdirSync(folder);
    mkdirSync(goldens);
    const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'));
    writeFileSync(join(folder, 'quirk-tab.tsv.json'), JSON.stringify(await extract(text, { name: 'quirk-tab.tsv.txt' })));
    writeFileSync(join(folder, 'quirk-2019.json'), JSON.stringify(await extract(join(ROOT, 'samples', 'quirk-2019.txt'))));
    writeFileSync(join(goldens, 'quirk-tab.tsv.golden.json'), readFileSync(GOLDEN));
    const r = await xxgk(['compare', folder, goldens]);
    expect(r.stderr).not.toMatch(/no extraction named/);
    expect(r.stdout).toMatch(/^✔ quirk-tab.*: 200\/200 fields right/m);
  });

  it('should name the first 10 goldens without an extraction and count the rest', async () => {
    const folder = join(dir, 'part');
    const goldens = join(dir, 'many-goldens');
    mkdirSync(folder);
    mkdirSync(goldens);
    writeFileSync(join(folder, 'quirk-2019.json'), JSON.stringify(await extract(join(ROOT, 'samples', 'quirk-2019.txt'))));
    writeFileSync(join(goldens, 'quirk-2019.golden.json'), readFileSync(join(ROOT, 'golden', 'quirk-2019.golden.json')));
    const other = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    for (let i = 1; i <= 14; i++) {
      const name = `other-${String(i).padStart(2, '0')}`;
      writeFileSync(join(goldens, `${name}.golden.json`), JSON.stringify({ ...other, source: { ...other.source, name: `${name}.txt`, sha256: String(i).padStart(64, '0') } }));
    }
    const r = await xxgk(['compare', folder, goldens]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/: not extracted \(/g)).toHaveLength(10);
    expect(r.stderr).toMatch(/^✖ … and 4 more goldens not extracted \(14 in all/m);
    expect(r.stdout).toMatch(/^✔ quirk-2019: 198\/198 fields right/m);
    expect(r.stdout).toMatch(/^documents: 1 compared, 1 ✔ .*; 14 documents failed or not extracted, not scored$/m);
  });

  it('should say the same for {"error": …} on standard input, without "in the batch"', async () => {
    const r = await xxgk(['compare', '-', GOLDEN], ERROR);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✖ quirk-tab: extraction failed \(E_DECODE: binary data\)$/m);
    expect(r.stderr).not.toMatch(/in the batch/);
  });
});

describe('compare: the totals say what they count', () => {
  it('should label fields of the goldens, values emitted and values expected, which differ when a golden holds null', async () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    golden.data.requests.denied.stateSecret.naturalPerson = null; // the output has a value there: wrong, emitted, not expected
    const g = join(dir, 'null', 'quirk-tab.golden.json');
    mkdirSync(join(dir, 'null'));
    writeFileSync(g, JSON.stringify(golden));
    const r = await xxgk(['compare', join(dir, 'quirk-tab.json'), g]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^fields: 199\/200 right \(99\.50%\), wrong at ≥0\.9: 1 — every field of the goldens; one a golden leaves null is right when the output is null too$/m);
    expect(r.stdout).toMatch(/^values: 199 right of 200 emitted \(non-null in the output\): precision 99\.50%; of 199 expected \(non-null in the goldens\): recall 100\.00%$/m);
  });
});

describe('batch closing line', () => {
  it('should count workers in good English', () => {
    expect(runsOn(1)).toBe('1 worker');
    expect(runsOn(2)).toBe('2 workers');
    expect(runsOn(0)).toBe('1 thread');
  });
});
