#!/usr/bin/env node
/**
 * @file Build step after `tsc`: bundles the CLI (dist/cli/bin.js and every module it imports,
 * statically or by `import('./…')`) into one CommonJS script, dist/cli/bundle/cli-HASH.cjs (HASH:
 * of its content), makes dist/cli/bin.js a shim that runs it with V8's code cache
 * (`cli/script-cache.ts`), and makes that cache with a training run (`xxgk extract` of a text
 * sample). Why: a cold `xxgk extract` of a small text file loads ~125 of the package's own modules,
 * and Node 20's ES module loader spent about as long resolving, reading and linking them one by one
 * as the extraction itself took; bundled, what is left is compiling the code the extraction runs,
 * which Node 20 caches for neither ES modules nor `require` (README, bench note on the cold start).
 * One script rather than ES module chunks: only a script takes a code cache in Node 20. Packages
 * stay external (`require`d from node_modules, their CommonJS builds; pdf.js, tesseract.js and the
 * canvas, which are ES modules, by `import()`), and the library (`dist/entry.js`,
 * `xxgk-report/batch`, the helper process and batch workers) is not bundled: only the `xxgk`
 * process changes.
 *
 * Each module keeps its own location: `import.meta.url` in a module is rewritten to the URL of
 * its file in dist/ (computed from the bundle's own path), so `new URL('./isolate-worker.js',
 * import.meta.url)`, `createRequire(import.meta.url)` and dist/schema.json are found as
 * from the unbundled file. Without esbuild (a checkout whose node_modules predates it) the step
 * says so and leaves tsc's unbundled CLI in place: the same program, only slower to start.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const ENTRY = join(DIST, 'cli', 'bin.js');
const OUT = join(DIST, 'cli', 'bundle');
/** The input of the training run that makes the first code cache (absent from a package: no training, the first use makes it). */
const TRAINING_INPUT = join(DIST, '..', 'samples', 'quirk-2019.txt');

/** What `import()` of a package becomes in the script: the importer `cli/script-cache.ts` hands it (a script's own `import()` needs a Node 20 flag). */
const PACKAGE_IMPORT = '__xxgkImport(';

/**
 * esbuild plugin that makes a dist module fit to run as part of a script: `import.meta.url` → its
 * own file's URL, relative to the bundle's directory; `import()` of a package (any specifier but a
 * relative one, which esbuild bundles in) → `PACKAGE_IMPORT`.
 */
const scriptReady = {
  name: 'script-ready',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta') && !source.includes('import(')) return undefined;
      const rest = source.replaceAll('import.meta.url', '');
      if (/import\.meta\b/.test(rest)) throw new Error(`${args.path}: import.meta other than import.meta.url cannot be bundled (see scripts/bundle-cli.mjs)`);
      const path = relative(OUT, args.path).split(sep).join('/');
      const contents = source
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, require('node:url').pathToFileURL(__filename)).href`)
        .replace(/\bimport\((?!\s*['"`]\.\.?\/)/g, PACKAGE_IMPORT);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Packages bundled in after all: ones the text path loads (their ES module build, so their code is
 * in the script and its code cache instead of a file of their own to resolve, read and compile).
 */
const BUNDLED_PACKAGES = { 'fastest-levenshtein': 'fastest-levenshtein/esm/mod.js' };

/** esbuild plugin: `BUNDLED_PACKAGES` resolved to their ES module files (every other package stays external). */
const bundlePackages = {
  name: 'bundle-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${Object.keys(BUNDLED_PACKAGES).join('|')})$`) }, (args) => ({ path: fileURLToPath(import.meta.resolve(BUNDLED_PACKAGES[args.path])) }));
  },
};

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle-cli: esbuild is not installed (npm install): the CLI stays unbundled (same behaviour, slower cold start)');
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
const built = join(OUT, 'cli.cjs');
try {
  await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: built,
    plugins: [bundlePackages, scriptReady],
    logLevel: 'warning',
  });
} catch (error) {
  if (error.message.includes('cannot be bundled')) throw error;
  // esbuild without its platform binary, say: a slower CLI is still the same CLI.
  rmSync(OUT, { recursive: true, force: true });
  console.warn(`bundle-cli: esbuild failed (${error.message.split('\n')[0]}): the CLI stays unbundled`);
  chmodSync(ENTRY, 0o755); // `npx xxgk` in a checkout runs the file itself: tsc writes it 0644 ('Permission denied')
  process.exit(0);
}
// The modules are ES modules (strict); the script runs in a function (script-cache.ts), so no `#!` line.
const code = `"use strict";\n${readFileSync(built, 'utf8').replace(/^#!.*\n/, '')}`;
if (/\bimport\(/.test(code)) throw new Error('bundle-cli: an import() is left in the CLI script (a script cannot run it without a flag; see scriptReady)');
const name = `cli-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.cjs`;
writeFileSync(join(OUT, name), code);
rmSync(built);
writeFileSync(
  ENTRY,
  `#!/usr/bin/env node
// The xxgk executable: the bundled CLI (scripts/bundle-cli.mjs; the unbundled modules are src/cli/bin.ts's build).
import { fileURLToPath } from 'node:url';
import { runCachedScript } from './script-cache.js';

runCachedScript(fileURLToPath(new URL('./bundle/${name}', import.meta.url)));
`,
);
chmodSync(ENTRY, 0o755); // `npx xxgk` in a checkout runs the file itself: written 0644 it is 'Permission denied'
// The training run: the code cache written at its exit holds what a text extraction compiles.
if (existsSync(TRAINING_INPUT)) {
  const run = spawnSync(process.execPath, [ENTRY, 'extract', TRAINING_INPUT], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bundle-cli: the training run failed (exit ${run.status}): ${run.stderr}`);
}
