import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useService } from '../../helpers/service';

// The README's API examples are a contract: each ```graphql block followed by a ```json block is
// run against a fresh service with the bundled plans, and the response must equal the printed one.
const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const examples = [...readme.matchAll(/### ([^\n]+)\n[\s\S]*?```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map(
  (m) => ({
    title: m[1] as string,
    query: m[2] as string,
    expected: JSON.parse(m[3] as string) as unknown,
  }),
);

describe('README API examples', () => {
  // The examples show the bundled plans and nothing else: what useService starts from.
  const { gql } = useService();

  it('has an example for health, each of the stories, the measure review list and the explorer queries', () => {
    expect(examples.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'Health',
        '1. Plans',
        '2. An indicator',
        '3. Roll-up',
        '4. Contributions',
        '5. A measure across all plans',
        '6. Departments',
        '7. Search',
        '8. Regions and domains',
        '9. Indicators waiting for measure review',
        '10. Ahead, behind or equal',
        '11. Items by domain',
        '12. Roll-up gaps',
        '13. The measure × region × period matrix',
      ]),
    );
  });

  it.each(examples.map((e) => [e.title, e] as const))('%s runs as printed', async (_title, example) => {
    const { status: _status, extensions: _extensions, ...body } = await gql(example.query);
    expect(body).toEqual(example.expected);
  });
});
