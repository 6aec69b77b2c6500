import { E_TIMEOUT, Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex';

export interface AdmissionLimits {
  /** Expensive requests that run at once. */
  concurrency: number;
  /** Expensive requests that may wait for a slot; one more is turned away at once. */
  queue: number;
  /** How long a queued request waits for a slot before it is turned away. */
  waitMs: number;
}

export type Admitted = { release: () => void } | { refused: 'queue full' | 'wait timed out' };

/**
 * A semaphore for expensive requests with a bounded queue and a bounded wait, so a burst of heavy
 * queries holds at most `concurrency` of them in Neo4j and the event loop, and the rest are told
 * to retry instead of piling up. Cheap requests never come here.
 */
export class Admission {
  private readonly slots: SemaphoreInterface;
  private waiting = 0;

  constructor(private readonly limits: AdmissionLimits) {
    this.slots = withTimeout(new Semaphore(limits.concurrency), limits.waitMs);
  }

  async enter(): Promise<Admitted> {
    if (this.waiting >= this.limits.queue && this.slots.isLocked()) return { refused: 'queue full' };
    this.waiting += 1;
    try {
      const [, release] = await this.slots.acquire();
      return { release: once(release) };
    } catch (err) {
      if (err === E_TIMEOUT) return { refused: 'wait timed out' };
      throw err;
    } finally {
      this.waiting -= 1;
    }
  }
}

function once(release: () => void): () => void {
  let done = false;
  return () => {
    if (!done) release();
    done = true;
  };
}
