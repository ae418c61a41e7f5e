/**
 * @file The V8 flags the bench's PDF measures run under: the library's helper processes' (`xxgk
 * extract` on a PDF, the library default, and every batch worker extract under
 * `helperExecArgv(DEFAULT_MAX_HEAP_MB)`: `--max-old-space-size`, `--heap-growing-percent=300`,
 * `--max-semi-space-size`). The text floor (`getTextContent` on every page, bench-floor.mjs) runs in
 * the bench's own process; under V8's defaults it paid a young generation half as wide and a heap
 * that grows slowly, which the extraction it is compared with does not pay (2026-12-04: the floor
 * 0.72–0.80× CPU under the helpers' flags, an in-thread extraction 0.89–0.94×). A fair floor is
 * pdf.js set up as the library sets it up, in a process flagged as the library's: `underHelperFlags()`
 * runs the calling script again under those flags unless it already runs under them.
 */
import { spawnSync } from 'node:child_process';
import { helperExecArgv } from '../dist/_internal/child.js';
import { DEFAULT_MAX_HEAP_MB } from '../dist/options.js';

/** The helpers' V8 flags at the default heap limit. */
export const HELPER_FLAGS = helperExecArgv(DEFAULT_MAX_HEAP_MB);

/** True when this process runs under HELPER_FLAGS. */
export const underFlags = () => HELPER_FLAGS.every((f) => process.execArgv.includes(f));

/**
 * Returns at once when this process runs under HELPER_FLAGS; otherwise runs this script again under
 * them (same arguments, output inherited) and exits with its status.
 */
export function underHelperFlags() {
  if (underFlags()) return;
  const r = spawnSync(process.execPath, [...process.execArgv, ...HELPER_FLAGS, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
