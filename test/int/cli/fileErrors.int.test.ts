import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../src/config/env';
import { cli } from '../../helpers/cli';

// Every command reads the files it is given one way (src/files), so a missing file, a directory
// or a PDF reads the same whichever command met it — and the usual mix-ups are named as such.

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = path.join(projectRoot, 'plans', 'yuzhong-2021-2025-public-services.txt');
const planCommands = [['parse'], ['build', '-o', path.join(dir, 'out')], ['add', '-o', path.join(dir, 'out')]];

describe('a file a command cannot use', () => {
  it('a missing file reads the same in parse, build, add and load', async () => {
    const missing = path.join(dir, 'missing.txt');
    for (const args of planCommands) {
      const r = await cli(...args, missing);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({
        args,
        code: 1,
        stderr: expect.stringMatching(
          /^error \[FILE_NOT_FOUND\]: .*missing\.txt: no such file; expected the UTF-8 text of a plan\n$/,
        ) as string,
      });
    }
    const r = await cli('load', missing);
    expect(r).toMatchObject({
      code: 1,
      stderr: `error [FILE_NOT_FOUND]: ${missing}: no such file; expected a UTF-8 Cypher script (statements separated by ;)\n`,
    });
  });

  it('a directory is called one, in every command', async () => {
    mkdirSync(path.join(dir, 'plans'));
    for (const args of [...planCommands, ['load']]) {
      const r = await cli(...args, path.join(dir, 'plans'));
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({
        args,
        code: 1,
        stderr: expect.stringMatching(
          /^error \[IS_A_DIRECTORY\]: .*plans: this is a directory; expected .*\. Name the files in it, e\.g\. .*plans\/\*\.(txt|cypher)\n$/,
        ) as string,
      });
    }
  });

  it('a damaged PDF is named as one, with what to do', async () => {
    const pdf = path.join(dir, 'plan.pdf');
    writeFileSync(pdf, Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    const r = await cli('parse', pdf);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^error \\[NOT_A_DOCUMENT\\]: ${pdf}: this starts like a PDF \\(%PDF-\\) but cannot be read \\(.+\\); the file is damaged or cut short: download or export it again\\n$`,
      ),
    );
  });

  it('a .pdf name over plain text says that it is text, to be renamed', async () => {
    const notes = path.join(dir, 'minutes.pdf');
    writeFileSync(notes, '会议纪要\n明天开会。\n');
    const r = await cli('parse', notes);
    expect(r).toMatchObject({
      code: 1,
      stderr: `error [WRONG_EXTENSION]: ${notes}: the name says .pdf but this is plain text; rename it to ${path.join(dir, 'minutes.txt')} and try again\n`,
    });
  });

  it('load given a plan text says to add or build it, before touching the database', async () => {
    const plan = path.join(dir, 'yuzhong-2021-2025-public-services.txt');
    copyFileSync(PLAN, plan);
    copyFileSync(PLAN.replace(/\.txt$/, '.meta.json'), plan.replace(/\.txt$/, '.meta.json'));
    const r = await cli('load', plan);
    expect(r).toMatchObject({
      code: 1,
      stderr:
        `error [PLAN_TEXT_NOT_SCRIPT]: ${plan}: this is a plan text, not a Cypher script. Run \`plangraph add ${plan}\` (parse, load and align in one step), ` +
        `or \`plangraph build ${plan}\` to write its script to cypher/plans/ and load that\n`,
    });
    expect(r.stderr).not.toMatch(/SyntaxError|STATEMENT_FAILED/);
  });

  it('add given a Cypher script says to load it', async () => {
    const script = path.join(dir, 'yuzhong.cypher');
    copyFileSync(path.join(projectRoot, 'cypher', 'plans', 'yuzhong-2021-2025-public-services.cypher'), script);
    const r = await cli('add', '-o', path.join(dir, 'out'), script);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error \[NOT_A_PLAN\]: .*yuzhong\.cypher: this is a Cypher script, not a plan text; load it with `plangraph load .*yuzhong\.cypher`\n$/,
    );
  });
});
