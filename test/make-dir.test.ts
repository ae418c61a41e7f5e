/**
 * @file makeDir: `mkdir -p` that cannot loop. Node 20's recursive mkdir never returns under /proc
 * (found by a fresh tester: `xxgk batch f --out /proc/xxgk` spun at 85% CPU for 10 minutes).
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDir } from '../src/_internal/make-dir.js';

describe('makeDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-mkdir-'));

  it('should create missing parents and accept a folder that exists', async () => {
    const deep = join(root, 'a', 'b', 'c');
    await makeDir(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await expect(makeDir(deep)).resolves.toBeUndefined();
  });

  it('should refuse a path through a file with ENOTDIR', async () => {
    writeFileSync(join(root, 'file'), 'x');
    await expect(makeDir(join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  (existsSync('/proc/self') ? it : it.skip)('should fail, not spin, under /proc', async () => {
    await expect(makeDir('/proc/xxgk-never/sub')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
