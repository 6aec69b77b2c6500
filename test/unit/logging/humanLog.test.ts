import { humanLine } from '../../../src/humanLog';

describe('start-up logs in words', () => {
  it('shows the time since start, the message, a step’s duration and its plain fields', () => {
    const record = {
      level: 30,
      time: 1,
      pid: 7,
      service: 'plangraph',
      ms: 1234,
      statements: 35,
      changed: 0,
      counters: { nodesCreated: 3 },
      msg: 'schema applied',
    };
    expect(humanLine(record, 2.05)).toBe('[  2.0s] schema applied (1.2 s)  statements=35 changed=0');
    expect(
      humanLine(
        { level: 30, ms: 305, msg: 'loaded 2/6 cypher/plans/x.cypher', file: 'cypher/plans/x.cypher', as: 'data' },
        12.34,
      ),
    ).toBe('[ 12.3s] loaded 2/6 cypher/plans/x.cypher (305 ms)  as=data');
  });

  it('does not repeat what the message says, and marks warnings and errors', () => {
    const url = 'http://127.0.0.1:4000/graphql';
    expect(humanLine({ level: 30, url, msg: `Plan Graph is serving GraphQL at ${url}` }, 1)).toBe(
      `[  1.0s] Plan Graph is serving GraphQL at ${url}`,
    );
    expect(humanLine({ level: 40, msg: 'database unavailable', err: { message: 'connection refused' } }, 1)).toBe(
      '[  1.0s] warning: database unavailable: connection refused',
    );
    expect(humanLine({ level: 50, msg: 'shutdown failed', reason: 'took too long' }, 1)).toBe(
      '[  1.0s] error: shutdown failed  reason="took too long"',
    );
  });
});
