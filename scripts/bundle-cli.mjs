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
 * canvas, which are ES modules, by `import()`). The helper processes are bundled the same way into
 * a second script, dist/bundle/helper-HASH.cjs, with pdf.js's two modules inside (`HELPERS` below),
 * and trained on a PDF; the library's own entry points (`dist/entry.js`, `xxgk-report/batch`) are
 * not bundled (they load in the caller's process, as the caller imports them).
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
import { patchWorker } from './pdfjs-worker-patch.mjs';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const ENTRY = join(DIST, 'cli', 'bin.js');
const OUT = join(DIST, 'cli', 'bundle');
/** Where the helper processes' script goes (`HELPERS`). */
const HELPER_OUT = join(DIST, 'bundle');
/** ms. How long the build waits for the helper's code cache after its training run (the helper writes it as it exits). */
const HELPER_CACHE_WAIT_MS = 10_000;
/** The input of the training run that makes the first code cache (absent from a package: no training, the first use makes it). */
const TRAINING_INPUT = join(DIST, '..', 'samples', 'quirk-2019.txt');
/** The helpers' training input: a PDF (the helpers' own work is PDF, .docx and large inputs; pdf.js is most of their code). */
const HELPER_TRAINING_INPUT = join(DIST, '..', 'samples', 'pdf-libreoffice-word.pdf');

/** What `import()` of a package becomes in the script: the importer `cli/script-cache.ts` hands it (a script's own `import()` needs a Node 20 flag). */
const PACKAGE_IMPORT = '__xxgkImport(';
/**
 * The script's own `require`, under a name no module rebinds (`cli/script-cache.ts` hands it):
 * esbuild renames a module's own `const require = createRequire(…)` to `require2`, and a plain
 * `require` written into that module's `import.meta.url` then meant the binding being initialised
 * ('require2 is not a function' when pdf/pdfjs.js was first loaded from a script).
 */
const SCRIPT_REQUIRE = '__xxgkRequire';

/**
 * esbuild plugin that makes a dist module fit to run as part of a script: `import.meta.url` → its
 * own file's URL, relative to the bundle's directory; `import()` of a package (any specifier but a
 * relative one, which esbuild bundles in) → `PACKAGE_IMPORT`.
 */
/**
 * A dist module's source made fit to run as part of a script in `outDir`: `import.meta.url` → its
 * own file's URL, relative to the bundle's directory; `import()` of a package (any specifier but a
 * relative one, which esbuild bundles in) → `PACKAGE_IMPORT`.
 */
function scriptSource(source, path, outDir) {
  const rest = source.replaceAll('import.meta.url', '');
  if (/import\.meta\b/.test(rest)) throw new Error(`${path}: import.meta other than import.meta.url cannot be bundled (see scripts/bundle-cli.mjs)`);
  const from = relative(outDir, path).split(sep).join('/');
  return source
    .replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, ${SCRIPT_REQUIRE}('node:url').pathToFileURL(__filename)).href`)
    .replace(/\bimport\((?!\s*['"`]\.\.?\/)/g, PACKAGE_IMPORT);
}

/**
 * `source` with each non-ASCII character inside a `String.raw` template (the stages' pattern sources)
 * written as a substitution of a string holding it (`${"中"}`, which esbuild then escapes): the same
 * string, and no non-ASCII character left in raw template text, which esbuild keeps as it is and
 * `asciiOnly` cannot escape. Templates whose substitutions hold a backtick are left alone (the
 * bundle then keeps its character and `asciiOnly` stops the build).
 */
const rawAscii = (source) => source.replace(/String\.raw\s*`(?:[^`\\$]|\\.|\$(?!\{)|\$\{[^`}]*\})*`/gs, (template) => template.replace(/\$\{[^`}]*\}|[^\x00-\x7f]/gu, (piece) => (piece.startsWith('${') ? piece : `\${${JSON.stringify(piece)}}`)));

/** esbuild plugin that makes each dist module fit to run as part of a script in `outDir` (`scriptSource`, `rawAscii`). */
const scriptReady = (outDir) => ({
  name: 'script-ready',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      const source = /String\.raw\s*`/.test(original) ? rawAscii(original) : original;
      if (!source.includes('import.meta') && !source.includes('import(')) return source === original ? undefined : { contents: source, loader: 'js' };
      return { contents: scriptSource(source, args.path, outDir), loader: 'js' };
    });
  },
});

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


/**
 * The helper processes (the isolating helper of `extract`, `isolate-worker.js`, and the batch pool's
 * worker, `batch/worker.js`): one script for both, its entry's `run(name)` starts one of them. Each
 * file becomes a shim that runs the script with its code cache. Why: a helper is a fresh Node
 * process, and its first PDF cost ~1.2 s of CPU more than the next one (perf37): ~140 ms loading the
 * stages' ~150 ES modules one by one, ~280 ms importing pdf.js's two modules (1.8 MB of source
 * compiled), and the first extraction twice the second one — code compiled on first call. pdf.js is
 * bundled in too (its ES modules, as CommonJS), so its compiled functions are in the code cache.
 */
const HELPERS = { isolate: 'isolate-worker.js', batch: join('batch', 'worker.js') };

/** pdf.js's modules, bundled into the helpers' script (`pdf/pdfjs.ts` imports them by a constant's name). */
const PDFJS_FILES = /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.min\.mjs$/;

/**
 * esbuild plugin for the helpers' script: `import(NAME)` of a constant naming a pdf.js module
 * (`const NAME = 'pdfjs-dist/…'`, in `pdf/pdfjs.js`) becomes `import('pdfjs-dist/…')`, which
 * esbuild then bundles; pdf.js's own `import.meta.url` becomes its file's URL in node_modules
 * (where pdf.js finds the canvas package, the stand-in `pdfjs.ts` puts there), and its
 * `import()` of other things (the worker script by URL, only when `globalThis.pdfjsWorker` is
 * missing) goes through `PACKAGE_IMPORT`.
 */
const pdfjsInside = (outDir) => ({
  name: 'pdfjs-inside',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.min\.mjs$/ }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)) }));
    build.onLoad({ filter: PDFJS_FILES }, (args) => {
      const specifier = `pdfjs-dist/legacy/build/${args.path.split(/[\\/]/).pop()}`;
      const stock = readFileSync(args.path, 'utf8');
      // The worker: image pixels left undecoded on a TextPort (scripts/pdfjs-worker-patch.mjs).
      const source = specifier.endsWith('.worker.min.mjs') ? patchWorker(stock) : stock;
      if (source === null) throw new Error(`${args.path}: the image decode scripts/pdfjs-worker-patch.mjs changes was not found (another pdf.js?)`);
      // Resolved when the script runs (from dist/, as pdf/pdfjs.ts imports it); not `require.resolve`, which esbuild would try to bundle.
      const contents = source
        .replaceAll('import.meta.url', `${SCRIPT_REQUIRE}('node:url').pathToFileURL(${SCRIPT_REQUIRE}.resolve(${JSON.stringify(specifier)})).href`)
        .replace(/\bimport\((?!\s*['"`]\.\.?\/)/g, PACKAGE_IMPORT);
      if (/import\.meta\b/.test(contents)) throw new Error(`${args.path}: import.meta other than import.meta.url cannot be bundled (see scripts/bundle-cli.mjs)`);
      return { contents, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]pdf[\\/]pdfjs\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      let source = scriptSource(original, args.path, outDir);
      for (const [, name, specifier] of original.matchAll(/const (\w+) = '(pdfjs-dist\/[^']+)'/g)) source = source.replaceAll(`${PACKAGE_IMPORT}${name})`, `import(${JSON.stringify(specifier)})`);
      // The build's worker (dist/pdf/pdf.worker.text-VERSION.mjs) is the package's worker with `patchWorker`'s change, made below on the bundled copy.
      const textWorker = /__xxgkImport\(textWorkerModule\([^()]*\)\)/g;
      if (!textWorker.test(source)) throw new Error(`${args.path}: no import(textWorkerModule(…)) to bundle (see scripts/bundle-cli.mjs)`);
      source = source.replace(textWorker, 'import("pdfjs-dist/legacy/build/pdf.worker.min.mjs")');
      return { contents: source, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
});

/** A `String.raw` template's start (the package's only tag: esbuild leaves non-ASCII in a tagged template's raw text; `rawAscii`). */
const TAGGED_TEMPLATE = /\bString\.raw\s*`/;

/**
 * `code` with every non-ASCII character written as a `\\uXXXX` escape (a character outside the BMP
 * as its two UTF-16 units, which mean the same in a regular expression with or without the `u`
 * flag). esbuild escapes them in strings but leaves them in regular expressions and comments (the
 * stages' label patterns), and a source with one non-ASCII character is read as UTF-8 into a
 * two-byte string: 60–75 ms of CPU for the helpers' 4 MB script at every cold start, against ~1 ms
 * for ASCII read as Latin-1 (`cli/script-cache.ts`). An escape where the character was itself
 * escaped (`\\中`) or inside a tagged template (its raw text) would change the meaning: the build
 * stops there (a line holding a tagged template is taken as one).
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/gu, (ch, at) => {
    let backslashes = 0;
    while (code[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) throw new Error(`bundle-cli: a non-ASCII character escaped by a backslash (${JSON.stringify(code.slice(at - 20, at + 2))}): cannot write it as \\u (see asciiOnly)`);
    const line = code.slice(code.lastIndexOf('\n', at) + 1, code.indexOf('\n', at) >>> 0);
    // esbuild leaves non-ASCII in a tagged template (String.raw`…`), whose raw text an escape would change.
    if (TAGGED_TEMPLATE.test(line)) throw new Error(`bundle-cli: a non-ASCII character on a line with a tagged template (${JSON.stringify(line.slice(0, 80))}): cannot write it as \\u (see asciiOnly)`);
    return Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`).join('');
  });
}

/**
 * Bundles `entry` (a file, or `{ contents, resolveDir }`) into one CommonJS script in `outDir` named
 * `${prefix}-HASH.cjs`; its name. `extraPlugins` run before `scriptReady` (the first onLoad that
 * answers wins).
 */
async function bundleScript(esbuild, entry, outDir, prefix, extraPlugins = []) {
  const built = join(outDir, `${prefix}.cjs`);
  await esbuild.build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { ...entry, sourcefile: `${prefix}-entry.js`, loader: 'js' } }),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: built,
    plugins: [bundlePackages, ...extraPlugins, scriptReady(outDir)],
    logLevel: 'warning',
  });
  // The modules are ES modules (strict); the script runs in a function (script-cache.ts), so no `#!` line.
  const code = asciiOnly(`"use strict";\n${readFileSync(built, 'utf8').replace(/^#!.*\n/, '')}`);
  if (/\bimport\(/.test(code)) throw new Error(`bundle-cli: an import() is left in ${prefix}'s script (a script cannot run it without a flag; see scriptReady)`);
  const name = `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.cjs`;
  writeFileSync(join(outDir, name), code);
  rmSync(built);
  return name;
}

/** A shim at `file` (in dist/) that runs `script` (a path relative to dist/) with its code cache, then `then` (code, on the script's exports `script`). */
function writeShim(file, script, comment, then = '') {
  const from = dirname(join(DIST, file));
  const rel = (path) => {
    const r = relative(from, path).split(sep).join('/');
    return r.startsWith('.') ? r : `./${r}`;
  };
  writeFileSync(
    join(DIST, file),
    `${file === join('cli', 'bin.js') ? '#!/usr/bin/env node\n' : ''}// ${comment}
import { fileURLToPath } from 'node:url';
import { runCachedScript } from '${rel(join(DIST, 'cli', 'script-cache.js'))}';

const script = runCachedScript(fileURLToPath(new URL('${rel(join(DIST, script))}', import.meta.url)));
${then}`,
  );
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle-cli: esbuild is not installed (npm install): the CLI and the helpers stay unbundled (same behaviour, slower cold start)');
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
rmSync(HELPER_OUT, { recursive: true, force: true });
let cliName;
let helperName;
try {
  cliName = await bundleScript(esbuild, ENTRY, OUT, 'cli');
  const run = Object.entries(HELPERS)
    .map(([which, file]) => `${JSON.stringify(which)}: () => import(${JSON.stringify(`./${file.split(sep).join('/')}`)})`)
    .join(', ');
  helperName = await bundleScript(esbuild, { contents: `const helpers = { ${run} };\nexport const run = (which) => helpers[which]();\n`, resolveDir: DIST }, HELPER_OUT, 'helper', [pdfjsInside(HELPER_OUT)]);
  if (!readFileSync(join(HELPER_OUT, helperName), 'utf8').includes('WorkerMessageHandler')) throw new Error('bundle-cli: pdf.js is not inside the helpers\' script (pdf/pdfjs.ts no longer imports it by a constant?)');
} catch (error) {
  if (error.message.includes('cannot be bundled') || error.message.includes('bundle-cli:')) throw error;
  // esbuild without its platform binary, say: a slower CLI is still the same CLI.
  rmSync(OUT, { recursive: true, force: true });
  rmSync(HELPER_OUT, { recursive: true, force: true });
  console.warn(`bundle-cli: esbuild failed (${error.message.split('\n')[0]}): the CLI and the helpers stay unbundled`);
  chmodSync(ENTRY, 0o755); // `npx xxgk` in a checkout runs the file itself: tsc writes it 0644 ('Permission denied')
  process.exit(0);
}
writeShim(join('cli', 'bin.js'), join('cli', 'bundle', cliName), "The xxgk executable: the bundled CLI (scripts/bundle-cli.mjs; the unbundled modules are src/cli/bin.ts's build).");
chmodSync(ENTRY, 0o755); // `npx xxgk` in a checkout runs the file itself: written 0644 it is 'Permission denied'
for (const [which, file] of Object.entries(HELPERS)) {
  writeShim(file, join('bundle', helperName), `A helper process (${which}): the bundled helpers' script (scripts/bundle-cli.mjs; the unbundled module is src/${file.replace(/\.js$/, '.ts')}'s build).`, `void script.run(${JSON.stringify(which)});\n`);
}

/** Runs `xxgk extract input`; the training run's code caches are written at exit. */
function train(input) {
  const run = spawnSync(process.execPath, [ENTRY, 'extract', input], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bundle-cli: the training run failed (exit ${run.status}): ${run.stderr}`);
}
// The training runs: the CLI's code cache holds what a text extraction compiles; the helpers' what a PDF's does.
if (existsSync(TRAINING_INPUT)) train(TRAINING_INPUT);
if (existsSync(HELPER_TRAINING_INPUT)) {
  train(HELPER_TRAINING_INPUT);
  // The helper writes its cache as it exits, once the CLI (its parent) has gone: wait for it.
  const { cachePathFor } = await import('../dist/cli/script-cache.js');
  const { helperExecArgv } = await import('../dist/_internal/child.js');
  const { DEFAULT_MAX_HEAP_MB } = await import('../dist/options.js');
  const cache = cachePathFor(join(HELPER_OUT, helperName), helperExecArgv(DEFAULT_MAX_HEAP_MB));
  for (let waited = 0; !existsSync(cache) && waited < HELPER_CACHE_WAIT_MS; waited += 50) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  if (!existsSync(cache)) console.warn('bundle-cli: the helper left no code cache after its training run (the first helper to run makes one)');
}
