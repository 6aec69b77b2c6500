import { busyError, toDatabaseError } from '../../../src/db/errors';

/** What neo4j-driver-core's pool throws: a Neo4jError whose code is 'N/A'. */
function driverError(message: string, code = 'N/A'): Error {
  return Object.assign(new Error(message), { name: 'Neo4jError', code });
}

describe('toDatabaseError', () => {
  it('reads an exhausted pool from the driver message (it carries no code)', () => {
    const err = toDatabaseError(
      driverError(
        'Connection acquisition timed out in 500 ms. Pool status: Active conn count = 1, Idle conn count = 0.',
      ),
    );
    expect(err.code).toBe('POOL_EXHAUSTED');
  });

  it("reads an acquisition timeout with free room in the pool as a database that did not answer (a new connection's handshake hung)", () => {
    const message =
      'Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 1, Idle conn count = 0.';
    expect(toDatabaseError(driverError(message), { poolSize: 100 }).code).toBe('TIMEOUT');
    expect(toDatabaseError(driverError(message.replace('= 1,', '= 100,')), { poolSize: 100 }).code).toBe(
      'POOL_EXHAUSTED',
    );
  });

  it('maps refused and timed-out connects to SERVICE_UNAVAILABLE', () => {
    expect(toDatabaseError(driverError('connect ECONNREFUSED 127.0.0.1:7687')).code).toBe('SERVICE_UNAVAILABLE');
    expect(toDatabaseError(driverError('Failed to establish connection in 2000ms')).code).toBe('SERVICE_UNAVAILABLE');
    expect(toDatabaseError(driverError('whatever', 'ServiceUnavailable')).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves anything else a DATABASE_ERROR', () => {
    expect(toDatabaseError(driverError('something odd')).code).toBe('DATABASE_ERROR');
  });
});

describe('the write lock', () => {
  it("maps Neo4j's lock-acquisition timeout to BUSY, and a lock wait that timed out too", () => {
    const lockTimeout = Object.assign(
      new Error('Unable to acquire lock within configured timeout (db.lock.acquisition.timeout).'),
      { code: 'Neo.TransientError.Transaction.LockAcquisitionTimeout' },
    );
    expect(toDatabaseError(lockTimeout).code).toBe('BUSY');
    const timedOut = toDatabaseError(
      Object.assign(new Error('timed out'), {
        code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      }),
    );
    expect(busyError(timedOut).code).toBe('BUSY');
    expect(busyError(timedOut).message).toMatch(/^another write is running/);
    const syntax = toDatabaseError(Object.assign(new Error('bad'), { code: 'Neo.ClientError.Statement.SyntaxError' }));
    expect(busyError(syntax)).toBe(syntax);
  });
});
