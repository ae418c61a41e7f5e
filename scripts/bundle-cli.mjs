#!/usr/bin/env node
/**
 * @file Build step after `tsc`: bundles the CLI (dist/cli/bin.js and every module it imports,
 * statically or by `import('./…')`) into dist/cli/bundle/ — the entry and code-split chunks, one
 * per set of dynamic imports — and makes dist/cli/bin.js a one-line shim that imports the
 * bundle's entry. Why: a cold `xxgk extract` of a small text file loads ~125 of the package's own
 * modules, and Node 20's ES module loader spends about as long resolving, reading and linking them
 * one by one as the extraction itself takes (README, bench note on the cold start). Packages stay
 * external (loaded from node_modules as before), and the library (`dist/entry.js`,
 * `xxgk-report/batch`, the helper process and batch workers) is not bundled: only the `xxgk`
 * process changes.
 *
 * Each module keeps its own location: `import.meta.url` in a module is rewritten to the URL of
 * its file in dist/ (computed from the bundle's own URL), so `new URL('./isolate-worker.js',
 * import.meta.url)`, `createRequire(import.meta.url)` and dist/schema.json are found as
 * from the unbundled file. Without esbuild (a checkout whose node_modules predates it) the step
 * says so and leaves tsc's unbundled CLI in place: the same program, only slower to start.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const ENTRY = join(DIST, 'cli', 'bin.js');
const OUT = join(DIST, 'cli', 'bundle');

/** esbuild plugin: `import.meta.url` of a dist module → its own file's URL, relative to the bundle directory. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const rest = source.replaceAll('import.meta.url', '');
      if (/import\.meta\b/.test(rest)) throw new Error(`${args.path}: import.meta other than import.meta.url cannot be bundled (see scripts/bundle-cli.mjs)`);
      const path = relative(OUT, args.path).split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/**
 * Packages bundled in after all: ones the text path loads whose `main` is CommonJS, which Node's
 * ES module loader reads through its CommonJS translator (their ES module build is bundled instead).
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
try {
  await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: OUT,
    chunkNames: '[name]-[hash]',
    plugins: [bundlePackages, keepModuleUrls],
    logLevel: 'warning',
  });
} catch (error) {
  if (error.message.includes('cannot be bundled')) throw error;
  // esbuild without its platform binary, say: a slower CLI is still the same CLI.
  rmSync(OUT, { recursive: true, force: true });
  console.warn(`bundle-cli: esbuild failed (${error.message.split('\n')[0]}): the CLI stays unbundled`);
  process.exit(0);
}
writeFileSync(
  ENTRY,
  `#!/usr/bin/env node
// The xxgk executable: the bundled CLI (scripts/bundle-cli.mjs; the unbundled modules are src/cli/bin.ts's build).
import './bundle/bin.js';
`,
);
