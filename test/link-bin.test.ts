/**
 * @file `scripts/link-bin.mjs` (run by `prepare`): a checkout's own `xxgk` linked into its
 * `node_modules/.bin`, so `npx xxgk` runs the checkout's build instead of installing the checkout into
 * npm's cache and building it again (fresh49: minutes, and a broken cache entry when interrupted);
 * nothing done where the package is itself installed under a `node_modules/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './helpers/paths.js';

const SCRIPT = join(ROOT, 'scripts', 'link-bin.mjs');

/** A package directory with `bin` and a `node_modules/`, as a checkout after `npm install`. */
function fakePackage(dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'cli', 'bin.js'), '#!/usr/bin/env node\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'xxgk-report', bin: { xxgk: './dist/cli/bin.js' } }));
}

describe('link-bin', () => {
  it('should link the package bin into node_modules/.bin of a checkout, replacing an old link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-linkbin-'));
    fakePackage(dir);
    for (let run = 0; run < 2; run++) {
      const r = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([0, '']);
    }
    const link = join(dir, 'node_modules', '.bin', 'xxgk');
    expect(realpathSync(resolve(join(dir, 'node_modules', '.bin'), readlinkSync(link)))).toBe(realpathSync(join(dir, 'dist', 'cli', 'bin.js')));
  });

  it('should do nothing for a package installed under node_modules/ (npm links its bin there)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'xxgk-linkbin-')), 'node_modules', 'xxgk-report');
    fakePackage(dir);
    const r = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'node_modules', '.bin'))).toBe(false);
  });
});
