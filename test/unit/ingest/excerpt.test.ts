import { readExcerpt, readableSource } from '../../../src/ingest/excerpt';
import { readPlanDocument } from '../../../src/ingest/readPlanFile';

const YUZHONG = 'plans/yuzhong-2021-2025-public-services.txt';

describe('readableSource: which file named in the graph the API may read', () => {
  it('reads plan texts inside the project', () => {
    expect(readableSource(YUZHONG)).toMatch(/plans\/yuzhong-2021-2025-public-services\.txt$/);
  });

  it.each([
    ['outside the project', '../etc/passwd.txt'],
    ['an absolute path', '/etc/hostname.txt'],
    ['the Neo4j password', '.neo4j/dev/auth/password'],
    ['a dot folder, even for a .txt', '.git/description.txt'],
    ['a dot file', 'plans/.secret.txt'],
    ['not a plan text', 'package.json'],
    ['the project root itself', '.'],
  ])('refuses %s (%s)', (_, file) => {
    expect(readableSource(file)).toBeNull();
  });
});

describe('readExcerpt on a bundled plan', () => {
  // The table cells are printed indented by a tab; the excerpt keeps lines as printed.
  it('returns the range highlighted with context either side, as the parser numbered the lines', async () => {
    const excerpt = await readExcerpt({ file: YUZHONG, sha256: null, lineStart: 74, lineEnd: 80, context: 2 });
    expect(excerpt?.matchesLoaded).toBe(true);
    expect(excerpt?.truncated).toBe(false);
    expect(excerpt?.lines.map((l) => [l.number, l.text, l.highlighted])).toEqual([
      [72, '\t一、人口', false],
      [73, '', false],
      [74, '\t1', true],
      [75, '\t人均预期寿命', true],
      [76, '\t岁', true],
      [77, '\t80.78', true],
      [78, '\t81', true],
      [79, '\t79.3', true],
      [80, '\t预期性', true],
      [81, '', false],
      [82, '\t二、婴幼儿照护服务', false],
    ]);
  });

  it('says when the file on disk is not the one loaded', async () => {
    const excerpt = await readExcerpt({
      file: YUZHONG,
      sha256: 'not-the-loaded-hash',
      lineStart: 1,
      lineEnd: 1,
      context: 0,
    });
    expect(excerpt?.matchesLoaded).toBe(false);
  });

  it('keeps ranges and context within the file and cuts long ranges', async () => {
    const start = await readExcerpt({ file: YUZHONG, sha256: null, lineStart: 1, lineEnd: 1, context: 5 });
    expect(start?.lines[0]?.number).toBe(1);
    const long = await readExcerpt({ file: YUZHONG, sha256: null, lineStart: 100, lineEnd: 900, context: 1000 });
    expect(long?.truncated).toBe(true);
    expect(long?.lines.filter((l) => l.highlighted)).toHaveLength(240);
    expect(long?.lines).toHaveLength(240 + 40 + 40);
  });

  it('gives null for a file that is not there', async () => {
    expect(
      await readExcerpt({ file: 'plans/nope.txt', sha256: null, lineStart: 1, lineEnd: 1, context: 0 }),
    ).toBeNull();
  });
});

describe('readExcerpt on a plan read from a document', () => {
  // A fact's line range counts lines of the text read from the document (parse --text): the
  // excerpt must count the same lines, and check the document's own hash.
  it.each(['pdf', 'docx', 'html'])('shows a row of the .%s where its parse says it is', async (ext) => {
    const file = `test/fixtures/documents/yuzhong-2021-2025-public-services.${ext}`;
    const doc = await readPlanDocument(file);
    const row = doc.indicators.find((i) => i.name === '人均预期寿命');
    expect(row).toBeDefined();
    const [start, end] = row!.lines;
    const excerpt = await readExcerpt({ file, sha256: doc.source.sha256, lineStart: start, lineEnd: end, context: 1 });
    expect(excerpt?.matchesLoaded).toBe(true);
    expect(excerpt?.lineCount).toBe(doc.source.lineCount);
    const highlighted = excerpt?.lines.filter((l) => l.highlighted).map((l) => l.text) ?? [];
    expect(highlighted.join('\t')).toContain('人均预期寿命');
    expect(highlighted.join('\t')).toContain('80.78');
  });

  it('refuses other documents than plans', () => {
    expect(readableSource('test/fixtures/documents/yuzhong-2021-2025-public-services.meta.json')).toBeNull();
  });
});
