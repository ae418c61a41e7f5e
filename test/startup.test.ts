/**
 * @file The zod-free fast paths of a cold start agree with zod, the source of truth:
 * `fastOptions` returns what `resolveOptions` does or defers; the JSON Schema checker (over the
 * schema z.toJSONSchema makes of ReportSchema, as the build does) accepts and rejects what
 * ReportSchema does; and the CLI's text path loads neither zod nor cheerio nor pdf.js.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { compareReport, ExtractOptionsSchema, extract, extractDetailed, ReportSchema, resolveOptions, type Golden, type Report } from '../src/index.js';
import { fastOptions } from '../src/options-defaults.js';
import { jsonSchemaChecker } from '../src/schema/json-check.js';
import { INLINE_MAX_BYTES, INLINE_MIN_HEAP_MB, INLINE_MIN_TIMEOUT_MS, inlineBounded } from '../src/isolate.js';
import { MAX_TABLE_ROWS, buildRows } from '../src/tables/build-rows.js';
import { MAX_LINE_CELLS } from '../src/load/text-limits.js';
import { ROOT } from './helpers/paths.js';

describe('options without zod', () => {
  // What the build writes to dist/options.schema.json, made here from the sources.
  const built = { check: jsonSchemaChecker(z.toJSONSchema(ExtractOptionsSchema, { target: 'draft-2020-12', io: 'input' }))!, defaults: resolveOptions({}) };

  it('should understand the schema of ExtractOptionsSchema and defer to zod when running from sources', () => {
    expect(built.check).toBeDefined();
    expect(fastOptions({}, built)).toEqual(resolveOptions({}));
    expect(fastOptions({ format: 'text' })).toBeUndefined(); // no dist/options.schema.json next to src/
  });

  it('should give what resolveOptions gives: the same options, or undefined (zod words the error) where zod refuses', () => {
    const value = fc.oneof(fc.constantFrom('auto', 'pdf', 'text', 'doc', '', 'HTML'), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.double(), fc.constant(2 ** 60), fc.constant(null), fc.constant(undefined), fc.string());
    const key = fc.constantFrom('format', 'name', 'password', 'encoding', 'trace', 'timeoutMs', 'maxBytes', 'maxPages', 'ocr', 'constructor');
    let accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (opts) => {
        const fast = fastOptions(opts, built);
        let zod: unknown;
        try {
          zod = resolveOptions(opts);
        } catch {
          zod = 'refused';
        }
        if (fast !== undefined) accepted++;
        // (A named encoding defers to zod whichever way zod decides: iconv-lite's names, 'L1' among them, are no JSON Schema.)
        const named = typeof opts.encoding === 'string' && opts.encoding !== 'auto';
        if (named && fast === undefined) return;
        expect(fast ?? 'refused').toEqual(zod);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(fastOptions({ format: 'text', timeoutMs: 5 }, built)).toEqual({ ...resolveOptions({}), format: 'text', timeoutMs: 5 });
    expect(fastOptions({ ocr: true }, built)).toBeUndefined(); // an option the schema does not have: zod words the error
  });
});

describe('report check without zod', () => {
  const check = jsonSchemaChecker(z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }))!;
  let report: Report;
  beforeAll(async () => {
    report = await extract(join(ROOT, 'samples', 'quirk-2019.txt'));
  });

  it('should interpret every keyword of the generated schema', () => {
    expect(check).toBeDefined();
    expect(check(report)).toBeNull();
    expect(jsonSchemaChecker({ type: 'object', unevaluatedProperties: false })).toBeUndefined();
  });

  it('should accept and reject the mutated reports ReportSchema accepts and rejects', () => {
    /** Paths to every node of the report (objects, arrays, leaves). */
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(report, []);
    const replacement = fc.oneof(fc.constant(null), fc.constant(undefined), fc.constant('x'), fc.constant(-1), fc.constant(1.5), fc.constant(2), fc.constant(Number.NaN), fc.constant([]), fc.constant({}), fc.constant('2024-13-1'), fc.constant('position'), fc.constant('deleted'), fc.constant('extra-key'));
    let rejected = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: paths.length - 1 }), replacement, (i, r) => {
        const copy = structuredClone(report) as unknown as Record<string, unknown>;
        const path = paths[i]!;
        let parent = copy as Record<string | number, unknown>;
        for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
        const last = path.at(-1)!;
        if (r === 'deleted') delete parent[last];
        else if (r === 'extra-key' && parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>)['unexpected'] = 1;
        else parent[last] = r;
        const zodOk = ReportSchema.safeParse(copy).success;
        if (!zodOk) rejected++;
        expect([path.join('.'), String(r), check(copy) === null]).toEqual([path.join('.'), String(r), zodOk]);
      }),
      { numRuns: 600 },
    );
    expect(rejected).toBeGreaterThan(100); // the mutations do exercise rejection
  });
});

describe('CLI cold start', () => {
  it('should load neither zod nor cheerio nor pdf.js nor entities to extract a text file', () => {
    // A resolve hook that lists every ES module the process loads (npm test builds dist/ first), and
    // at exit every CommonJS file it required (the bundled CLI is a script: packages come by `require`).
    const hook = `data:text/javascript,${encodeURIComponent('export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug("R " + r.url); return r; }')}`;
    const required = `process.on('exit', () => { for (const f of Object.keys(createRequire('/').cache)) process._rawDebug('R file://' + f); });`;
    const register = `data:text/javascript,${encodeURIComponent(`import { createRequire, register } from 'node:module'; register(${JSON.stringify(hook)}); ${required}`)}`;
    const r = spawnSync(process.execPath, ['--import', register, join(ROOT, 'dist', 'cli', 'bin.js'), 'extract', join(ROOT, 'samples', 'quirk-2019.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.format).toBe('text');
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('R '));
    expect(loaded.some((l) => l.endsWith('/dist/cli/bin.js'))).toBe(true); // the hook saw the program start
    expect(loaded.filter((l) => /node_modules\/(zod|cheerio|pdfjs-dist|mammoth|iconv-lite|entities)\//.test(l))).toEqual([]);
    expect(readFileSync(join(ROOT, 'dist', 'schema.json'), 'utf8')).toContain('"schemaVersion"'); // the check it used instead of zod
    // The CLI is bundled by the build (scripts/bundle-cli.mjs) into one script the shim reads: no module of dist/ but the CLI's.
    const own = new Set(loaded.filter((l) => l.includes('/dist/')));
    expect([...own].every((l) => l.includes('/dist/cli/'))).toBe(true);
    expect(own.size).toBeLessThan(5);
  });
});

describe('extract in process or in the helper', () => {
  const opts = resolveOptions({});
  const text = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'));
  const html = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'));

  it('should extract small text and HTML in process, with a budget the measured worst case fits in', () => {
    expect(inlineBounded(text, opts)).toBe(true);
    expect(inlineBounded(html, opts)).toBe(true);
    expect(inlineBounded(new Uint8Array(INLINE_MAX_BYTES).fill(0x41), opts)).toBe(true);
  });

  it('should send larger inputs, .docx, PDF, and smaller budgets to the helper process', () => {
    expect(inlineBounded(new Uint8Array(INLINE_MAX_BYTES + 1).fill(0x41), opts)).toBe(false);
    expect(inlineBounded(readFileSync(join(ROOT, 'samples', 'docx-word.docx')), opts)).toBe(false);
    expect(inlineBounded(readFileSync(join(ROOT, 'samples', 'pdf-chromium-web.pdf')), opts)).toBe(false);
    expect(inlineBounded(text, { ...opts, format: 'pdf' })).toBe(false);
    expect(inlineBounded(text, { ...opts, timeoutMs: INLINE_MIN_TIMEOUT_MS - 1 })).toBe(false);
    expect(inlineBounded(text, { ...opts, maxHeapMb: INLINE_MIN_HEAP_MB - 1 })).toBe(false);
  });
});

describe('bounded work per line and per table', () => {
  it('should keep the first MAX_LINE_CELLS cells of a line of 370 000 tab cells, and read the report around it', async () => {
    const base = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
    const at = base.indexOf('\n', base.length >> 1);
    const hostile = `${base.slice(0, at)}\n${'总计\t1\t2\t3\t'.repeat(92_500)}${base.slice(at)}`;
    const { report, trace } = await extractDetailed(new TextEncoder().encode(hostile), { name: 'tabs.txt', trace: true });
    expect(Math.max(...trace.lines.map((l) => l.cells.length))).toBe(MAX_LINE_CELLS);
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as Golden;
    const wrong = compareReport('quirk-tab', report, golden).fields.filter((f) => !f.ok && f.confidence >= 0.9);
    expect(wrong).toEqual([]); // the line's values may be lost, never read wrong with confidence
  });

  it('should build at most MAX_TABLE_ROWS rows of a region', () => {
    const lines = Array.from({ length: MAX_TABLE_ROWS + 50 }, (_, i) => ({ cells: ['总计', '1', '2', String(i)], separated: true, source: { line: i + 1 } }));
    expect(buildRows(lines)).toHaveLength(MAX_TABLE_ROWS);
  });
});
