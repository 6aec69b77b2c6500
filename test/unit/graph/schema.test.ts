import { readFileSync } from 'node:fs';
import path from 'node:path';
import { statementsOfFile as statementsOf } from './scriptParts';

const schema = readFileSync(path.resolve(__dirname, '../../../cypher/schema.cypher'), 'utf8');
const statements = statementsOf(schema).map((s) => s.cypher.replace(/\s+/g, ' '));

describe('cypher/schema.cypher', () => {
  it.each([
    ['Region', 'code'],
    ['Plan', 'id'],
    ['Plan', 'titleKey'],
    ['Chapter', 'id'],
    ['Goal', 'id'],
    ['Indicator', 'id'],
    ['Table', 'id'],
    ['Box', 'id'],
    ['Project', 'id'],
    ['Domain', 'id'],
    ['Department', 'id'],
  ])('makes %s.%s unique', (label, key) => {
    expect(statements).toContainEqual(
      expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.${key} IS UNIQUE`)),
    );
  });

  it('is idempotent and uses only what Community edition has', () => {
    for (const s of statements) {
      expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
      expect(s).not.toMatch(/NODE KEY|IS NOT NULL|IS :: /);
    }
  });

  it('has a cjk full-text index over names, titles and text', () => {
    const fulltext = statements.find((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fulltext).toMatch(/Plan\|Chapter\|Goal\|Indicator\|Project\|Box/);
    expect(fulltext).toMatch(/n\.title, n\.name, n\.lead, n\.text/);
    expect(fulltext).toContain("`fulltext.analyzer`: 'cjk'");
  });
});
