import { randomUUID } from 'node:crypto';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Transaction,
} from 'neo4j-driver';
import { Deadline } from './deadline';
import { busyError, toDatabaseError, type DatabaseError } from './errors';
import { BUMP_REVISION } from './revision';
import { WRITE_LOCK, WRITE_LOCK_HOLDER } from './writeLock';

// The only module that imports neo4j-driver. Everything else talks to Neo4j through an Executor.
// It stamps every write with the graph's next revision (revision.ts); it does not cache: a
// request's reads may pass through a ReadLayer (the API's shared cache, cachedReads.ts) first.

/**
 * Answers reads instead of the database when it can. `fetch` is the executor's own read (counted,
 * bounded by the deadline); `written` tells the layer this executor has just committed a write.
 */
export interface ReadLayer {
  read(cypher: string, params: Params, fetch: (cypher: string, params: Params) => Promise<Row[]>): Promise<Row[]>;
  written(): void;
  /** Reads answered from memory instead of the database. */
  readonly hits: number;
}

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Applied to every transaction, so a runaway query cannot hold the server. */
  queryTimeoutMs: number;
  /** Most connections open at once (default DEFAULT_POOL_SIZE). */
  poolSize?: number;
  /** How long a query waits for a free connection before failing with POOL_EXHAUSTED (default DEFAULT_ACQUIRE_TIMEOUT_MS). */
  acquireTimeoutMs?: number;
}

/** The driver's own default; far below Neo4j's Bolt worker limit (400), so the server is never the queue. */
export const DEFAULT_POOL_SIZE = 100;
/**
 * When every connection has been busy this long, Neo4j is overloaded or stuck and queueing more
 * work helps nobody: the request fails (SERVICE_UNAVAILABLE) and the client may retry.
 */
export const DEFAULT_ACQUIRE_TIMEOUT_MS = 2_000;
/** A TCP connect on a LAN or to a cloud region takes milliseconds; longer means nobody is listening. */
const CONNECT_TIMEOUT_MS = 2_000;
/** Retries of a read the driver deems retryable stop after this; a request deadline is longer. */
const MAX_RETRY_TIME_MS = 3_000;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  indexesAdded: number;
  indexesRemoved: number;
  constraintsAdded: number;
  constraintsRemoved: number;
}

/** One statement inside an explicit write transaction: its rows and what it changed. */
export interface TxRunner {
  run(cypher: string, params?: Params): Promise<{ rows: Row[]; counters: WriteCounters }>;
  /** A script's `:param` value (Executor.evaluate): computed outside the transaction, as a constant. */
  evaluate(expression: string): Promise<unknown>;
}

export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
}

export class Executor {
  /** Database round trips made through this executor; the API reports it per request. */
  roundTrips = 0;
  /** When set (per API request), reads stop waiting for Neo4j at this point. */
  private deadline: Deadline | null = null;

  /** Keeps INTEGER and FLOAT apart on read; made on first use, for script parameters only (see evaluate). */
  private lossless: Driver | null = null;

  private constructor(
    private readonly driver: Driver,
    readonly settings: ConnectionSettings,
    private readonly parent: Executor | null,
    private readonly layer: ReadLayer | null = null,
  ) {}

  /** Reads answered from memory by this executor's read layer instead of the database. */
  get cacheHits(): number {
    return this.layer?.hits ?? 0;
  }

  static connect(settings: ConnectionSettings): Executor {
    const acquireTimeoutMs = settings.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: settings.poolSize ?? DEFAULT_POOL_SIZE,
      connectionAcquisitionTimeout: acquireTimeoutMs,
      // The driver wants connecting to fit inside acquiring (it counts towards it).
      connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, acquireTimeoutMs),
      maxTransactionRetryTime: MAX_RETRY_TIME_MS,
      userAgent: 'plangraph/0.1',
    });
    return new Executor(driver, settings, null);
  }

  /**
   * A view sharing the driver with its own round-trip counter (one per API request). With a read
   * layer, its reads go through the layer first (see cachedReads.ts).
   */
  scoped(layer: ReadLayer | null = null): Executor {
    return new Executor(this.driver, this.settings, this, layer);
  }

  /**
   * Bounds every later read of this (request-scoped) executor: past the deadline a read fails with
   * TIMEOUT instead of waiting for a Neo4j that does not answer. Writes are not bounded: abandoning
   * one would leave its outcome unknown, and Neo4j's transaction timeout ends them.
   */
  setDeadline(deadline: Deadline | null): void {
    this.deadline = deadline;
  }

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    if (!this.layer) return this.fetch(cypher, params);
    return this.layer.read(cypher, params, (c, p) => this.fetch(c, p));
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    const rows = await this.session('WRITE', async (tx) => {
      await tx.run(WRITE_LOCK, { holder: WRITE_LOCK_HOLDER });
      const res = await tx.run(cypher, params);
      await tx.run(BUMP_REVISION, freshRevision());
      return res;
    }).then(toRows);
    this.layer?.written();
    return rows;
  }

  /**
   * Runs `work` in one explicit write transaction: committed when it resolves, rolled back
   * when it throws, so a failing statement leaves the database exactly as before. It first takes
   * the graph's write lock (see writeLock.ts): one writer at a time, whichever process it is in.
   */
  async inWriteTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    let tx: Transaction;
    try {
      tx = await session.beginTransaction({ timeout: this.settings.queryTimeoutMs * 20 });
    } catch (err) {
      await session.close();
      throw this.toError(err);
    }
    try {
      this.count();
      await tx.run(WRITE_LOCK, { holder: WRITE_LOCK_HOLDER }).catch((err: unknown) => {
        throw busyError(this.toError(err));
      });
      const result = await work({
        run: async (cypher, params = {}) => {
          this.count();
          const res = await tx.run(cypher, params).catch((err: unknown) => {
            throw this.toError(err);
          });
          return { rows: toRows(res), counters: countersOf(res) };
        },
        evaluate: (expression) => this.evaluate(expression),
      });
      await tx.run(BUMP_REVISION, freshRevision()).catch((err: unknown) => {
        throw this.toError(err);
      });
      await tx.commit().catch((err: unknown) => {
        throw this.toError(err);
      });
      this.layer?.written();
      return result;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw err;
    } finally {
      await session.close();
    }
  }

  /** Statements that cannot run inside an explicit transaction (schema changes mixed with data, CALL {} IN TRANSACTIONS). */
  async autoCommit(cypher: string, params: Params = {}): Promise<WriteCounters> {
    const session = this.driver.session({ database: this.settings.database });
    try {
      this.count();
      const res = await session.run(cypher, params, { timeout: this.settings.queryTimeoutMs * 20 });
      // A schema change cannot share a transaction with a data write: the stamp follows it.
      await session.run(BUMP_REVISION, freshRevision());
      this.layer?.written();
      return countersOf(res);
    } catch (err) {
      throw this.toError(err);
    } finally {
      await session.close();
    }
  }

  /** The live server's address, version and edition (never cached), within `timeoutMs` when given. */
  async serverInfo(timeoutMs?: number): Promise<ServerInfo> {
    const deadline = Deadline.earliest(this.deadline, timeoutMs === undefined ? null : Deadline.in(timeoutMs));
    const getInfo = () => this.driver.getServerInfo({ database: this.settings.database });
    const info = await (deadline ? deadline.race(getInfo) : getInfo()).catch((err: unknown) => {
      throw this.toError(err);
    });
    const [row] = await this.fetch(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      deadline,
    );
    return { address: info.address ?? this.settings.uri, version: String(row?.version), edition: String(row?.edition) };
  }

  /**
   * The value of a script's `:param` expression, computed as cypher-shell does (`RETURN <expression>`)
   * but read without turning INTEGER into a JS number, so the value sent back as a parameter keeps
   * its Cypher type (81 stays an INTEGER, 81.0 a FLOAT). A parameter is a constant, so it is
   * evaluated in a read-only session of its own, outside the script's transaction.
   */
  async evaluate(expression: string): Promise<unknown> {
    if (this.parent) return this.parent.evaluate(expression);
    const { uri, username, password, database } = this.settings;
    this.lossless ??= neo4j.driver(uri, neo4j.auth.basic(username, password), {
      maxConnectionPoolSize: 2,
      userAgent: 'plangraph/0.1',
    });
    const session = this.lossless.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      this.count();
      const result = await session.executeRead((tx) => tx.run(`RETURN ${expression}\nAS value`), {
        timeout: this.settings.queryTimeoutMs,
      });
      return result.records[0]?.get('value');
    } catch (err) {
      throw this.toError(err);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.parent) return;
    await this.driver.close();
    await this.lossless?.close();
  }

  /** A read, bounded by the deadline when there is one. */
  private fetch(cypher: string, params: Params, deadline = this.deadline): Promise<Row[]> {
    return deadline ? deadline.race(() => this.fetchNow(cypher, params)) : this.fetchNow(cypher, params);
  }

  /**
   * A read in one exchange with the server (RUN and PULL as an auto-commit query) instead of two
   * (BEGIN, RUN and PULL, then COMMIT): about 0.8 ms less per query on loopback, and the API makes
   * several per request. Auto-commit queries are not retried, so a failure the driver deems
   * retryable (a restarting server, a cluster leader change) is retried as a managed transaction.
   */
  private async fetchNow(cypher: string, params: Params): Promise<Row[]> {
    try {
      return await this.autoCommitRead(cypher, params);
    } catch (err) {
      if (!neo4j.isRetryableError(err)) throw this.toError(err);
      return this.session('READ', (tx) => tx.run(cypher, params)).then(toRows);
    }
  }

  private async autoCommitRead(cypher: string, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.count();
      const result = withoutCallerStack(() => session.run(cypher, params, { timeout: this.settings.queryTimeoutMs }));
      return toRows(await result);
    } finally {
      await session.close();
    }
  }

  /** A DatabaseError that knows the pool's size, to tell a full pool from a server that does not answer. */
  private toError(err: unknown): DatabaseError {
    return toDatabaseError(err, { poolSize: this.settings.poolSize ?? DEFAULT_POOL_SIZE });
  }

  private count(): void {
    this.roundTrips += 1;
    if (this.parent) this.parent.roundTrips += 1;
  }

  private async session(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<QueryResult<RecordShape>>) {
    const session = this.driver.session({ database: this.settings.database });
    const config = { timeout: this.settings.queryTimeoutMs };
    try {
      this.count();
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw this.toError(err);
    } finally {
      await session.close();
    }
  }
}

/**
 * Runs `start` (which must only start a query) with V8 recording no stack frames. The driver
 * formats the caller's stack for every query it starts, only to append it to the stack of an error
 * the query may end with; on a small planned read that was a tenth of the server's CPU (~60 µs a
 * query with source maps on, as under tsx; ~17 µs without). A failed read still reports its
 * Neo4j code and message, and DatabaseError carries our own stack.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A whole number sent as a Cypher INTEGER (a plain JS number is sent as a FLOAT). */
export const cypherInteger = (n: number): unknown => neo4j.int(n);

/** Parameters for BUMP_REVISION: a token no earlier write can have used. */
const freshRevision = () => ({ revisionToken: randomUUID() });

function toRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => record.toObject());
}

function countersOf(result: QueryResult<RecordShape>): WriteCounters {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
    labelsAdded: u.labelsAdded,
    indexesAdded: u.indexesAdded,
    indexesRemoved: u.indexesRemoved,
    constraintsAdded: u.constraintsAdded,
    constraintsRemoved: u.constraintsRemoved,
  };
}
