#!/usr/bin/env node
// Builds the offline GraphiQL 5 bundle served by src/server/ide/ide.router.ts.
//
//   node scripts/build-ide.mjs [--force] [--quiet] [--analyze]   (npm run build:ide)
//   --analyze prints what takes the space in ide.js (implies --force)
//
// Output, in dist/ide/ (git-ignored):
//   ide.js, ide.css                 the page's script (ESM) and styles (fonts inlined)
//   {editor,json,graphql}.worker.js Monaco web workers (classic scripts)
//   ide.js.LEGAL.txt                third-party license comments pulled out of ide.js
//   *.gz                            gzip copies, served when the browser accepts gzip
//   manifest.json                   written last: build id + file list (the router reads it)
//
// Skips the build when manifest.json is newer than every input (this script, the client
// sources in src/server/ide/{client/,ide-config.ts}, package-lock.json and
// node_modules/.package-lock.json, which npm rewrites on every install).
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'ide');
const MANIFEST = 'manifest.json';
const CLIENT_DIR = path.join(ROOT, 'src', 'server', 'ide', 'client');
const ENTRY = path.join(CLIENT_DIR, 'main.ts');

const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const quiet = args.has('--quiet');
const analyze = args.has('--analyze');
// --quiet: no output when up to date, one line when built (for prestart and tests)
const log = (...a) => {
  if (!quiet) console.log('[build:ide]', ...a);
};

const WORKERS = {
  // label -> [output name, module]; see src/server/ide/client/setup-workers.mjs
  editor: ['editor.worker', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  json: ['json.worker', 'monaco-editor/esm/vs/language/json/json.worker.js'],
  graphql: ['graphql.worker', 'monaco-graphql/esm/graphql.worker.js'],
};

async function listFiles(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

async function inputFiles() {
  const files = [
    fileURLToPath(import.meta.url),
    path.join(ROOT, 'src', 'server', 'ide', 'ide-config.ts'),
    ...(await listFiles(CLIENT_DIR)),
    path.join(ROOT, 'package-lock.json'),
    path.join(ROOT, 'node_modules', '.package-lock.json'),
  ];
  return files.filter((f) => existsSync(f)).sort();
}

/** True when manifest.json exists, lists only existing files and is newer than every input. */
async function upToDate(inputs) {
  const manifestPath = path.join(OUT_DIR, MANIFEST);
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8'));
    if (!Object.keys(manifest.files ?? {}).every((f) => existsSync(path.join(OUT_DIR, f)))) return false;
  } catch {
    return false;
  }
  const builtAt = statSync(manifestPath).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs < builtAt);
}

/** A short id derived from the inputs' contents; used as the ?v= cache-buster in asset URLs. */
async function buildIdOf(inputs) {
  const hash = createHash('sha256');
  for (const f of inputs) {
    hash
      .update(path.relative(ROOT, f))
      .update('\0')
      .update(await fs.readFile(f))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

// graphiql/style.css already contains Monaco's whole stylesheet (with the codicon font
// inlined), so the CSS files Monaco's ESM modules import for side effects would only
// duplicate it. Resolve those to an empty stylesheet.
const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

async function build() {
  const started = performance.now();
  const inputs = await inputFiles();
  if (!force && !analyze && (await upToDate(inputs))) {
    log(`up to date (${Math.round(performance.now() - started)} ms); use --force to rebuild`);
    return;
  }
  const esbuild = await import('esbuild');
  const buildId = await buildIdOf(inputs);

  // Build into a temporary directory and swap it in at the end, so a running server never
  // sees a half-written bundle.
  const tmpDir = `${OUT_DIR}.tmp-${process.pid}`;
  await fs.rm(tmpDir, { recursive: true, force: true });
  try {
    await bundle(esbuild, tmpDir, buildId, started);
  } finally {
    await fs.rm(tmpDir, { recursive: true, force: true });
  }
}

async function bundle(esbuild, tmpDir, buildId, started) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
    outdir: tmpDir,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
  };
  const workerDefines = Object.fromEntries(
    Object.entries(WORKERS).map(([label, [name]]) => [`IDE_${label.toUpperCase()}_WORKER`, JSON.stringify(`./${name}.js?v=${buildId}`)]),
  );

  const [main] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { ide: ENTRY },
      format: 'esm',
      define: { ...common.define, ...workerDefines },
      plugins: [dropMonacoCss],
      // In case some CSS references a font or image file instead of a data: URL.
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      assetNames: '[name]-[hash]',
      metafile: analyze,
    }),
    esbuild.build({
      ...common,
      entryPoints: Object.fromEntries(Object.values(WORKERS)),
      format: 'iife',
    }),
  ]);

  const bundled = performance.now();
  if (analyze) console.log(await esbuild.analyzeMetafile(main.metafile));

  const names = (await fs.readdir(tmpDir)).sort();
  const files = {};
  await Promise.all(
    names.map(async (name) => {
      const full = path.join(tmpDir, name);
      const data = await fs.readFile(full);
      const entry = { size: data.length };
      if (/\.(js|css|txt|map|json)$/.test(name) && data.length > 1024) {
        const gz = await gzip(data, { level: 9 });
        await fs.writeFile(`${full}.gz`, gz);
        entry.gzip = gz.length;
      }
      files[name] = entry;
    }),
  );
  const manifest = {
    buildId,
    builtAt: new Date().toISOString(),
    entry: { js: 'ide.js', css: 'ide.css' },
    workers: Object.fromEntries(Object.entries(WORKERS).map(([label, [name]]) => [label, `${name}.js`])),
    files: Object.fromEntries(
      Object.keys(files)
        .sort()
        .map((k) => [k, files[k]]),
    ),
  };
  await fs.writeFile(path.join(tmpDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  for (let attempt = 1; ; attempt++) {
    await fs.rm(OUT_DIR, { recursive: true, force: true });
    try {
      await fs.rename(tmpDir, OUT_DIR);
      break;
    } catch (err) {
      // another build:ide run just put its output there
      if (attempt >= 3 || !['ENOTEMPTY', 'EEXIST'].includes(err.code)) throw err;
    }
  }

  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const ms = (t) => `${Math.round(t)} ms`;
  console.log(
    '[build:ide]',
    `built ${path.relative(ROOT, OUT_DIR)} (${buildId}) in ${ms(performance.now() - started)}` +
      ` (esbuild ${ms(bundled - started)}, gzip ${ms(performance.now() - bundled)})`,
  );
  for (const [name, { size, gzip: gz }] of Object.entries(manifest.files)) {
    log(`  ${name.padEnd(22)} ${kb(size).padStart(9)}${gz ? `  (gzip ${kb(gz)})` : ''}`);
  }
}

build().catch((err) => {
  console.error('[build:ide] failed:', err);
  process.exitCode = 1;
});
