/**
 * Hostile inputs, round two (issue 21): deep nesting, huge decoded sizes, zip bombs, binary given
 * as text, output folders that cannot be written. Fast versions of the slow cases: the growth rate
 * of the work (counted, not timed) and the limits, on small inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, safeExtract, type Golden } from '../src/index.js';
import { boundedParser, MAX_OPEN } from '../src/load/html-parser.js';
import { ROOT } from './helpers/paths.js';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'samples', name)));
const golden = (stem: string): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', `${stem}.golden.json`), 'utf8')) as Golden;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * The parser's work on `<table><tr><td>` × n: the depth of the open-element stack summed over the
 * open tags (htmlparser2 moves the whole stack at each open tag: that sum is its cost).
 */
function nestingWork(n: number): { work: number; maxDepth: number } {
  let depth = 0;
  let work = 0;
  let maxDepth = 0;
  const parser = boundedParser(
    {
      onopentagname() {
        work += depth++;
        maxDepth = Math.max(maxDepth, depth);
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(`<html><body>${'<table><tr><td>'.repeat(n)}x</body></html>`);
  return { work, maxDepth };
}

describe('HTML nested deeply', () => {
  it('should parse <table><tr><td> × n in work linear in n (the open-element stack is bounded)', () => {
    const small = nestingWork(2_000);
    const large = nestingWork(8_000);
    expect(large.maxDepth).toBeLessThanOrEqual(MAX_OPEN);
    // Linear: 4× the tags, ~4× the work (quadratic would be 16×).
    expect(large.work / small.work).toBeLessThan(5);
  });

  it('should still read the report around a nest of 20 000 tables', async () => {
    const page = new TextDecoder().decode(sample('html-cms-utf8.html'));
    const at = page.lastIndexOf('</body>');
    const hostile = `${page.slice(0, at)}${'<table><tr><td>'.repeat(20_000)}尾注${page.slice(at)}`;
    const report = await extract(enc(hostile), { name: 'nested.html' });
    expect(compareReport('html-cms-utf8', report, golden('html-cms-utf8')).fields.filter((f) => !f.ok)).toEqual([]);
  });
});
