import { DatabaseError } from './errors';

/**
 * A point in time after which the caller stops waiting for Neo4j. Neo4j's own transaction timeout
 * cannot help when the server is frozen or the network drops packets (nobody answers, nothing
 * fails), so the wait is bounded on our side too.
 */
export class Deadline {
  private constructor(
    /** The budget it was created with, for messages. */
    readonly budgetMs: number,
    private readonly at: number,
  ) {}

  static in(ms: number): Deadline {
    return new Deadline(ms, performance.now() + ms);
  }

  /** The earlier of two deadlines; `null` means none. */
  static earliest(a: Deadline | null, b: Deadline | null): Deadline | null {
    if (!a || !b) return a ?? b;
    return a.at <= b.at ? a : b;
  }

  remainingMs(): number {
    return this.at - performance.now();
  }

  expired(): DatabaseError {
    return new DatabaseError('TIMEOUT', `Neo4j did not answer within ${this.budgetMs} ms; the work was abandoned`);
  }

  /**
   * `work`'s outcome, or a TIMEOUT DatabaseError once the deadline passes. Abandoned work runs on
   * (a session closes only when its query finishes, there is no cancelling it mid-flight); its
   * late failure is swallowed rather than left unhandled.
   */
  race<T>(work: () => Promise<T>): Promise<T> {
    const remaining = this.remainingMs();
    if (remaining <= 0) return Promise.reject(this.expired());
    const running = work();
    running.catch(() => undefined);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(this.expired()), remaining);
      running.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  }
}
