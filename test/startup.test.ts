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
import { ExtractOptionsSchema, extract, ReportSchema, resolveOptions, type Report } from '../src/index.js';
import { fastOptions } from '../src/options-defaults.js';
import { jsonSchemaChecker } from '../src/schema/json-check.js';
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
  it('should load neither zod nor cheerio nor pdf.js to extract a text file', () => {
    // A resolve hook that lists every module the process loads (npm test builds dist/ first).
    const hook = `data:text/javascript,${encodeURIComponent('export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug("R " + r.url); return r; }')}`;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;
    const r = spawnSync(process.execPath, ['--import', register, join(ROOT, 'dist', 'cli', 'bin.js'), 'extract', join(ROOT, 'samples', 'quirk-2019.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.format).toBe('text');
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('R '));
    expect(loaded.length).toBeGreaterThan(20);
    expect(loaded.filter((l) => /node_modules\/(zod|cheerio|pdfjs-dist|mammoth|iconv-lite)\//.test(l))).toEqual([]);
    expect(readFileSync(join(ROOT, 'dist', 'schema.json'), 'utf8')).toContain('"schemaVersion"'); // the check it used instead of zod
  });
});
