import { curationScript } from '../../../src/align';
import { loadScriptText } from '../../../src/db/script/loadScripts';
import { buildPlanScript } from '../../../src/graph';
import { useGraph } from '../../helpers/database';
import { planDocument } from '../../unit/graph/factory';

// Client and plan text reaches generated scripts (a curation note, the reviewer, a plan's title,
// file name and parser warnings). Loaded into the real Neo4j, none of it may become code: each
// variant ends the text after a line terminator with a statement of its own.
const PAYLOAD = 'CREATE (:Pwned) WITH 1 AS _ ';
const B = '\\';
const HOSTILE: Record<string, string> = {
  LF: `reviewed\n${PAYLOAD}`,
  CR: `reviewed\r${PAYLOAD}`,
  CRLF: `reviewed\r\n${PAYLOAD}`,
  NEL: `reviewed\u0085${PAYLOAD}`,
  LS: `reviewed\u2028${PAYLOAD}`,
  PS: `reviewed\u2029${PAYLOAD}`,
  // Neo4j decodes \uXXXX escapes in the whole statement, comments included, before it reads it.
  'escaped CR': `reviewed${B}u000d${PAYLOAD}`,
  'escaped LF': `reviewed${B}u000A${PAYLOAD}`,
  'escaped after a backslash': `reviewed${B}${B}${B}u000d${PAYLOAD}`,
  'quotes and backslashes': `it's "fine" ${B} ${B}' ${B}${B}n */ /* // ${PAYLOAD}`,
};

describe('text in generated scripts never runs as Cypher', () => {
  const db = useGraph('empty');
  const pwned = async () => Number((await db.executor().read('MATCH (n:Pwned) RETURN count(n) AS n'))[0]?.n);
  afterEach(() => db.executor().write('MATCH (n:Pwned) DELETE n'));

  it.each(Object.entries(HOSTILE))(
    'a curation note or reviewer with %s stays text and reads back exactly',
    async (name, text) => {
      const from = `test/ind/${name}`;
      const script = curationScript(`decision by ${text}`, [
        { from, to: 'test/ind/parent', decision: 'rejected', by: text, note: text, at: '2025-01-01T00:00:00Z' },
      ]);
      await loadScriptText(db.executor(), 'curation.cypher', script, { by: 'test' });
      expect(await pwned()).toBe(0);
      const [row] = await db
        .executor()
        .read('MATCH (c:Curation {from: $from}) RETURN c.note AS note, c.by AS by', { from });
      expect(row).toEqual({ note: text, by: text });
    },
  );

  it.each(Object.entries(HOSTILE))(
    'a plan title, file name and warning with %s stay text in the script header',
    async (name, text) => {
      const doc = planDocument({ warnings: [{ line: 1, code: 'TEST', message: text }] });
      const id = `hostile-${Object.keys(HOSTILE).indexOf(name)}`;
      const hostile = {
        ...doc,
        source: { ...doc.source, file: `plans/${text}.txt` },
        metadata: { ...doc.metadata, id, title: `${doc.metadata.title}${text}` },
      };
      await loadScriptText(db.executor(), `${id}.cypher`, buildPlanScript(hostile, { parserVersion: 'test-1' }), {
        by: 'test',
      });
      expect(await pwned()).toBe(0);
      const [row] = await db.executor().read('MATCH (p:Plan {id: $id}) RETURN p.title AS title', { id });
      expect(row?.title).toBe(hostile.metadata.title);
    },
  );
});
