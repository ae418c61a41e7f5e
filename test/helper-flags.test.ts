/**
 * The V8 flags of helper processes (`_internal/child.ts`): the young generation is widened (fewer
 * scavenges of pdf.js's short-lived objects), at most 1/16 of the heap limit; the heap limit and
 * its growing factor are passed as before; V8's interrupt budget is raised (fewer optimizing compiles).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkChild, helperExecArgv, INTERRUPT_BUDGET, MAX_SEMI_SPACE_MB, youngSpaceMb } from '../src/_internal/child.js';

describe('young generation of a helper process', () => {
  it('is MAX_SEMI_SPACE_MB under the default heap limits, and 1/16 of a small one', () => {
    expect(youngSpaceMb(1536)).toBe(MAX_SEMI_SPACE_MB);
    expect(MAX_SEMI_SPACE_MB).toBeGreaterThan(16); // wider than V8's own default
    expect(youngSpaceMb(256)).toBe(16);
    expect(youngSpaceMb(64)).toBe(4);
    expect(youngSpaceMb(8)).toBe(1);
  });

  it('is not set without a heap limit', () => {
    expect(helperExecArgv(undefined)).toEqual([]);
  });

  it('is set on the forked child, with its heap limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-flags-'));
    const file = join(dir, 'child.mjs');
    writeFileSync(file, 'process.send({ argv: process.execArgv }); process.on("disconnect", () => process.exit(0));\n');
    try {
      const argv = await new Promise<string[]>((resolve, reject) => {
        const child = forkChild(file, { message: (m) => { child.kill(); resolve((m as { argv: string[] }).argv); }, exit: (why) => reject(new Error(why)) }, { maxHeapMb: 512 });
      });
      expect(argv).toEqual(expect.arrayContaining(['--max-old-space-size=512', '--heap-growing-percent=300', `--max-semi-space-size=${MAX_SEMI_SPACE_MB}`, `--interrupt-budget=${INTERRUPT_BUDGET}`]));
      // What the bench's text floor runs under (scripts/bench-flags.mjs) is what the child got.
      expect(argv).toEqual(helperExecArgv(512));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
