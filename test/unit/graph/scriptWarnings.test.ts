import { buildPlanScript } from '../../../src/graph';
import { leadingTrivia, splitStatements } from '../../../src/db/script/split';
import type { ParseWarning } from '../../../src/ingest';
import { planDocument } from './factory';

// Every character a Cypher `//` comment ends at. A warning quotes plan text; if one of these
// reached the header raw, whatever follows it in the plan would be Cypher code.
const TERMINATORS = { CR: '\r', LF: '\n', CRLF: '\r\n', NEL: '\u0085', LS: '\u2028', PS: '\u2029' };
const PAYLOAD = "MATCH (n) DETACH DELETE n; CREATE (:Pwned {by: 'plan'})";
const ANY_LINE_END = /\r\n|[\r\n\u0085\u2028\u2029]/;

const hostile: ParseWarning[] = Object.entries(TERMINATORS).map(([name, end], i) => ({
  line: i + 1,
  code: `TEST_${name}${end}${PAYLOAD}`,
  message: `a cell reads 第${i}章${end}${PAYLOAD}${end}// and more`,
}));

describe('parser warnings in the script header', () => {
  const clean = buildPlanScript(planDocument(), { parserVersion: 'test-1' });
  const script = buildPlanScript(planDocument({ warnings: hostile }), { parserVersion: 'test-1' });
  const [header = '', ...body] = script.split('\n\n');

  it('keeps every header line a comment, whatever line terminator Cypher knows the plan text holds', () => {
    const lines = header.split(ANY_LINE_END);
    expect(lines.length).toBe(header.split('\n').length);
    expect(lines.every((l) => l.startsWith('//'))).toBe(true);
    for (const ch of Object.values(TERMINATORS)) expect(header.replace(/\n/g, '')).not.toContain(ch);
  });

  it('puts no plan text outside comments: the statements are the ones a script without warnings has', () => {
    expect(body.join('\n\n')).not.toContain('Pwned');
    // The code of each statement, without the comments before it; the revision differs (it hashes the header).
    const statements = (s: string) =>
      splitStatements(s).map((st) => st.text.slice(leadingTrivia(st.text)).replace(/'[0-9a-f]{16}'/g, "'rev'"));
    expect(statements(script)).toEqual(statements(clean));
  });

  it('records each warning so that it reads back exactly', () => {
    const recorded = header
      .split('\n')
      .filter((l) => l.startsWith('// warning: '))
      .map((l) => JSON.parse(l.slice('// warning: '.length)) as ParseWarning);
    expect(recorded).toEqual(hostile);
    expect(header).toContain(`// parser warnings: ${hostile.length}`);
  });

  it('stays byte-identical for the same document', () => {
    expect(buildPlanScript(planDocument({ warnings: hostile }), { parserVersion: 'test-1' })).toBe(script);
  });
});
