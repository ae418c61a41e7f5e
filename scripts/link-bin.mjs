/**
 * Links the package's own `xxgk` into `node_modules/.bin` of a checkout, so that `npx xxgk …` runs the
 * checkout's build right after `npm install` (run by `prepare`, after the build).
 *
 * npm links the bins of a project's dependencies, never the project's own: without this link `npx xxgk`
 * in a checkout installs the checkout itself into npm's cache (`~/.npm/_npx/<hash>`) and runs its
 * `prepare` — a whole build, minutes — and an interrupted first run leaves that cache entry broken for
 * every later one (fresh49, session 49). Installed as a dependency (a path through `node_modules/`) npm
 * links the bin itself, and nothing is done here.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const insideNodeModules = root.split(sep).includes('node_modules');
if (!insideNodeModules && existsSync(join(root, 'node_modules'))) {
  const binDir = join(root, 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  for (const [name, target] of Object.entries(pkg.bin ?? {})) {
    const link = join(binDir, name);
    rmSync(link, { force: true });
    symlinkSync(relative(binDir, join(root, target)), link);
  }
}
