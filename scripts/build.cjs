// The compiled build (tsconfig.build.json → dist/), made only when the sources changed since the
// last one. `npm ci` runs it (prepare), and so does every `npm start` / `plangraph` before it
// starts: a `git pull` never runs yesterday's code. Plain CommonJS: it runs before anything is compiled.
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.build-stamp');
// Everything the output depends on besides src/: the compiler settings and the JSON src imports.
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'data'];

function sources() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.push(file);
    }
  };
  walk(path.join(root, 'src'));
  for (const input of INPUTS) {
    const file = path.join(root, input);
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

function isFresh(current) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current;
}

/** Builds dist/ unless it is up to date; returns false (having said why) when it cannot. */
function ensureBuilt() {
  const current = stamp(sources());
  if (isFresh(current)) return true;
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
  // A clean build: nothing compiled from a file since deleted may linger.
  rmSync(dist, { recursive: true, force: true });
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

/** Files src/ serves or reads beside its code (the GraphiQL page's script and style), which tsc does not emit. */
function copyAssets(from, to) {
  cpSync(from, to, { recursive: true, filter: (file) => statSync(file).isDirectory() || !file.endsWith('.ts') });
}

module.exports = { ensureBuilt };

// `node scripts/build.cjs` (npm run build, prepare): build when stale, exit 1 when it fails.
if (require.main === module && !ensureBuilt()) process.exitCode = 1;
