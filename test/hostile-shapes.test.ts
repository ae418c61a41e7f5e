/**
 * Hostile shapes, round three (scripts/hostile-inputs.mjs finds them whole): arrays spread into
 * calls (a stack overflow on a long line), a grid expanded by 1000-wide spans, a folder or a
 * non-golden JSON given where a document or a golden goes, content nested past the HTML depth
 * limits. Each asserts the code or the warning, not the words, on inputs small enough to be quick.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ts from 'typescript';
import { runMain } from '../src/cli/main.js';
import { safeExtract } from '../src/index.js';
import { MAX_GRID_COLUMNS, placeCells, type SpanCell } from '../src/tables/table-to-grid.js';
import { ROOT } from './helpers/paths.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs the CLI in this process: its exit code and stderr. */
async function xxgk(argv: string[]): Promise<{ code: number; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  out.resume();
  err.on('data', (c: Buffer) => chunks.push(c));
  const code = await runMain(argv, { stdout: out, stderr: err });
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

/**
 * Calls that take their arguments one by one on the stack: an array spread into them throws
 * `RangeError: Maximum call stack size exceeded` past ~100 000 elements (a 580 KB line of numbers).
 */
const ARGUMENT_LIMITED = /^(?:Math\.(?:max|min|hypot)|String\.fromCharCode|String\.fromCodePoint|.+\.(?:push|unshift|splice|concat))$/;

/** A file that may hold such a call: its name, then a spread before the statement ends. */
const CANDIDATE = /\b(?:max|min|hypot|fromCharCode|fromCodePoint|push|unshift|splice|concat)\([^;]*?\.\.\./;

/** `file:line callee` of every spread argument into an ARGUMENT_LIMITED call under src/. */
function limitedSpreads(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        // Only files with a spread after such a call's opening parenthesis are parsed (parsing all of src/ takes seconds).
        if (!CANDIDATE.test(text)) continue;
        const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
        const visit = (n: ts.Node): void => {
          if (ts.isCallExpression(n) && n.arguments.some(ts.isSpreadElement) && ARGUMENT_LIMITED.test(n.expression.getText().replace(/\?\./g, '.'))) {
            found.push(`${path.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.expression.getText()}`);
          }
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return found;
}

describe('hostile shapes: no array spread into a call', () => {
  it('should pass no array as spread arguments to Math.max/min or push/unshift/splice (use maxOf, minOf, pushAll, spliceAll)', () => {
    expect(limitedSpreads()).toEqual([]);
  });
});

describe('hostile shapes: table spans', () => {
  const cell = (text: string, rowSpan = 1, colSpan = 1): SpanCell => ({ text, rowSpan, colSpan });

  it('should keep the grid within MAX_GRID_COLUMNS of spans and still place every later cell, in order', () => {
    // A row of 1000-wide colspans spanning both rows, then a report row: it was placed 600 000 columns out.
    const { rows, cols } = placeCells([Array.from({ length: 600 }, () => cell('1', 2, 1000)), [cell('（一）予以公开'), cell('3'), cell('4')]]);
    expect(cols).toBeLessThanOrEqual(MAX_GRID_COLUMNS + 600);
    expect(rows[1]!.map((c) => c.text)).toEqual(['（一）予以公开', '3', '4']);
    expect(rows[1]!.map((c) => c.col)).toEqual([...rows[1]!.map((c) => c.col)].sort((a, b) => a - b));
  });

  it('should give a page of 1000-wide colspans a code or a report, not a stall (44 s, then minutes, before)', async () => {
    const html = `<html><body><h2>三、收到和处理政府信息公开申请情况</h2><table><tr>${'<td colspan="1000" rowspan="1000">1</td>'.repeat(1300)}</tr><tr><td>（一）予以公开</td><td>1</td></tr></table></body></html>`;
    const r = await safeExtract(enc(html), { name: 'spans.html', timeoutMs: 20_000 });
    expect(r.success ? 'ok' : r.error.code).toMatch(/^(?:ok|E_NOT_A_REPORT)$/);
  });
});

describe('hostile shapes: what is not a document, or not a golden', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'xxgk-hostile-shapes-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should call a folder given to extract E_UNSUPPORTED_KIND (it is there: not E_INPUT_NOT_FOUND), pointing to batch', async () => {
    const r = await safeExtract(dir);
    expect(r.success ? 'ok' : r.error.code).toBe('E_UNSUPPORTED_KIND');
    expect(r.success ? '' : r.error.message).toMatch(/xxgk batch/);
  });

  it('should refuse a JSON that is no golden as GOLDEN, and no extraction as ACTUAL (exit 2, not ✔ 0/0)', async () => {
    const extracted = await safeExtract(join(ROOT, 'samples', 'quirk-tab.txt'));
    const report = join(dir, 'quirk-tab.json');
    writeFileSync(report, JSON.stringify(extracted.success ? extracted.report : null));
    const foo = join(dir, 'foo.json');
    writeFileSync(foo, '{"foo":1}');
    const empty = join(dir, 'empty.golden.json');
    writeFileSync(empty, '{"data":{}}');
    expect((await xxgk(['compare', report, foo])).code).toBe(2);
    expect((await xxgk(['compare', report, empty])).code).toBe(2);
    expect((await xxgk(['compare', foo, join(ROOT, 'golden', 'quirk-tab.golden.json')])).code).toBe(2);
    expect((await xxgk(['compare', report, join(ROOT, 'golden', 'quirk-tab.golden.json')])).code).toBe(0);
  });
});

describe('hostile shapes: HTML nested past the depth limits', () => {
  it('should say so (html_too_deep, naming the tables) when a table sits below the depth limit', async () => {
    const table = '<h2>二、主动公开政府信息情况</h2><table><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table>';
    const html = `<html><body><h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>${'<div>'.repeat(1000)}${table}${'</div>'.repeat(1000)}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const r = await safeExtract(enc(html), { name: 'deep.html' });
    const warnings = r.success ? r.report.warnings : [];
    expect(r.success ? warnings.map((w) => w.code) : r.error.code).toContain('html_too_deep');
    expect(warnings.find((w) => w.code === 'html_too_deep')?.message).toMatch(/1 of them table/);
  });
});
