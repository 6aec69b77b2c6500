import { setTimeout as sleep } from 'node:timers/promises';
import { Deadline } from '../../../src/db/deadline';
import { DatabaseError } from '../../../src/db/errors';

describe('Deadline', () => {
  it('passes through work that finishes in time', async () => {
    await expect(Deadline.in(1_000).race(() => Promise.resolve('rows'))).resolves.toBe('rows');
    await expect(Deadline.in(1_000).race(() => Promise.reject(new Error('db said no')))).rejects.toThrow('db said no');
  });

  it('stops waiting at the deadline with a TIMEOUT, and lets the abandoned work finish quietly', async () => {
    let finished = false;
    const never = () =>
      sleep(300).then(() => {
        finished = true;
        throw new Error('late failure, nobody listens');
      });
    const error = await Deadline.in(50)
      .race(never)
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      message: 'Neo4j did not answer within 50 ms; the work was abandoned',
    });
    await sleep(400);
    expect(finished).toBe(true);
  });

  it('does not start work once expired', async () => {
    const deadline = Deadline.in(1);
    await sleep(10);
    const work = jest.fn(() => Promise.resolve(1));
    await expect(deadline.race(work)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(work).not.toHaveBeenCalled();
  });

  it('picks the earlier of two', () => {
    const soon = Deadline.in(10);
    const later = Deadline.in(10_000);
    expect(Deadline.earliest(later, soon)).toBe(soon);
    expect(Deadline.earliest(null, later)).toBe(later);
    expect(Deadline.earliest(null, null)).toBeNull();
  });
});
