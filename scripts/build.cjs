// The compiled build (tsconfig.build.json → dist/) and the explorer's bundle (web/ → dist/web/, by
// Vite), each made only when its sources changed since the last one. `npm ci` runs it (prepare), and
// so does every `npm start` / `plangraph` before it starts: a `git pull` never runs yesterday's code.
// Plain CommonJS: it runs before anything is compiled.
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.build-stamp');
// Everything the output depends on besides src/: the compiler settings and the JSON src imports.
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'data'];
// The explorer: its sources and config, and the locked versions of the libraries it bundles.
const WEB = path.join(root, 'web');
const WEB_DIST = path.join(dist, 'web');
const WEB_STAMP = path.join(WEB_DIST, '.build-stamp');
const WEB_INPUTS = ['web', 'package.json', 'package-lock.json'];

function sources(inputs) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.push(file);
    }
  };
  for (const input of inputs) {
    const file = path.join(root, input);
    if (!existsSync(file)) continue;
    if (statSync(file).isDirectory()) walk(file);
    else files.push(file);
  }
  return files.sort();
}

/** The file list and their newest change: a file added, removed or edited since makes the build stale. */
function stamp(files) {
  const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
  return JSON.stringify({ newest, files: files.map((f) => path.relative(root, f)) });
}

function isFresh(file, current) {
  return existsSync(file) && readFileSync(file, 'utf8') === current;
}

/** Builds dist/ and dist/web/ unless they are up to date; returns false (having said why) when it cannot. */
function ensureBuilt() {
  return ensureServerBuilt() && ensureWebBuilt();
}

function ensureServerBuilt() {
  const current = stamp(sources(INPUTS));
  if (isFresh(stampFile, current)) return true;
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    if (existsSync(stampFile)) {
      process.stderr.write(
        'plangraph: src/ changed since dist/ was built, and TypeScript (a dev dependency) is not installed to rebuild it; running the old build\n',
      );
      return true;
    }
    process.stderr.write(
      'plangraph: dist/ is not built and TypeScript is not installed: run `npm ci` (with dev dependencies), then `npm run build`\n',
    );
    return false;
  }
  const why = existsSync(stampFile) ? 'the sources changed since the last build' : 'no build yet';
  process.stderr.write(`plangraph: compiling src/ to dist/ (${why}) …\n`);
  const started = Date.now();
  // A clean build: nothing compiled from a file since deleted may linger. The explorer's bundle
  // beside it has its own inputs and stamp.
  if (existsSync(dist))
    for (const entry of readdirSync(dist)) {
      if (entry !== 'web') rmSync(path.join(dist, entry), { recursive: true, force: true });
    }
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write(`plangraph: the build failed (tsc exited ${result.status ?? result.signal}); see above\n`);
    return false;
  }
  copyAssets(path.join(root, 'src'), path.join(dist, 'src'));
  writeFileSync(stampFile, current);
  process.stderr.write(`plangraph: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

/**
 * The explorer's bundle (web/vite.config.ts → dist/web/). Without Vite (an install without dev
 * dependencies) an older bundle is kept, or the service runs without the explorer and says so at /.
 */
function ensureWebBuilt() {
  if (!existsSync(WEB)) return true;
  const current = stamp(sources(WEB_INPUTS));
  if (isFresh(WEB_STAMP, current)) return true;
  let vite;
  try {
    vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin', 'vite.js');
  } catch {
    process.stderr.write(
      existsSync(WEB_STAMP)
        ? 'plangraph: web/ changed since the explorer was built, and Vite (a dev dependency) is not installed to rebuild it; serving the old bundle\n'
        : 'plangraph: the explorer (web/) is not built and Vite is not installed: GraphQL is served, the explorer is not. Run `npm ci` with dev dependencies\n',
    );
    return true;
  }
  const why = existsSync(WEB_STAMP) ? 'web/ changed since the last build' : 'no build yet';
  process.stderr.write(`plangraph: bundling the explorer web/ to dist/web/ (${why}) …\n`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
    // Vite bundles React's development build when NODE_ENV says so (jest sets it to `test`).
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    process.stderr.write(
      `plangraph: the explorer's build failed (vite exited ${result.status ?? result.signal}); see above\n`,
    );
    return false;
  }
  writeFileSync(WEB_STAMP, current);
  process.stderr.write(`plangraph: built dist/web/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

/** Files src/ serves or reads beside its code (the GraphiQL page's script and style), which tsc does not emit. */
function copyAssets(from, to) {
  cpSync(from, to, { recursive: true, filter: (file) => statSync(file).isDirectory() || !file.endsWith('.ts') });
}

module.exports = { ensureBuilt, ensureWebBuilt, WEB_DIST };

// `node scripts/build.cjs` (npm run build, prepare): build when stale, exit 1 when it fails.
if (require.main === module && !ensureBuilt()) process.exitCode = 1;
