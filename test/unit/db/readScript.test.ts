import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readScript } from '../../../src/db/script/readScript';

// The loader reads a script file through src/files, so `load`, `npm start` and applySchema name a
// missing file or a directory in the words every command uses.

const dir = mkdtempSync(join(tmpdir(), 'plangraph-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problem = (file: string) => {
  try {
    readScript(file);
  } catch (err) {
    const e = err as { name: string; code: string; message: string; file: string };
    return { name: e.name, code: e.code, message: e.message, file: e.file };
  }
  throw new Error(`${file} was read`);
};

describe('reading a script file', () => {
  it('names a missing file as every command does', () => {
    const missing = join(dir, 'missing.cypher');
    expect(problem(missing)).toEqual({
      name: 'InputFileError',
      code: 'FILE_NOT_FOUND',
      message: `${missing}: no such file; expected a UTF-8 Cypher script (statements separated by ;)`,
      file: missing,
    });
  });

  it('names a directory as one', () => {
    mkdirSync(join(dir, 'scripts'));
    expect(problem(join(dir, 'scripts'))).toMatchObject({
      code: 'IS_A_DIRECTORY',
      message: `${join(dir, 'scripts')}: this is a directory; expected a UTF-8 Cypher script (statements separated by ;). Name the files in it, e.g. ${join(dir, 'scripts', '*.cypher')}`,
    });
  });

  it('reads a script: its statements, plans and sha256', () => {
    const file = join(dir, 'one.cypher');
    writeFileSync(file, "// plangraph:plan demo\nCREATE (:Probe {id: 'a'});\n");
    expect(readScript(file)).toMatchObject({
      file,
      plans: ['demo'],
      statements: [expect.objectContaining({ index: 1, line: 2 })],
      // sha256sum of the same bytes
      sha256: '06b752a2febf33d832c33ffe0bca3b993c5a68c9d285d46d4aa1bd652a39102a',
    });
  });
});
