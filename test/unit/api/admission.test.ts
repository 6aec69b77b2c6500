import { Admission } from '../../../src/api/cost/admission';

describe('Admission', () => {
  it('lets `concurrency` in, queues `queue` more and turns the next away at once', async () => {
    const admission = new Admission({ concurrency: 2, queue: 2, waitMs: 60_000 });
    const running = await Promise.all([admission.enter(), admission.enter()]);
    expect(running.every((a) => 'release' in a)).toBe(true);
    const queued = [admission.enter(), admission.enter()];
    expect(await admission.enter()).toEqual({ refused: 'queue full' });
    for (const a of running) if ('release' in a) a.release();
    const admitted = await Promise.all(queued);
    expect(admitted.every((a) => 'release' in a)).toBe(true);
    for (const a of admitted) if ('release' in a) a.release();
  });

  it('turns a queued request away when its wait runs out, and a release twice frees one slot', async () => {
    const admission = new Admission({ concurrency: 1, queue: 1, waitMs: 20 });
    const first = await admission.enter();
    expect(await admission.enter()).toEqual({ refused: 'wait timed out' });
    if (!('release' in first)) throw new Error('not admitted');
    first.release();
    first.release();
    const second = await admission.enter();
    expect('release' in second).toBe(true);
    expect(await admission.enter()).toEqual({ refused: 'wait timed out' });
  });
});
