import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toDatabaseError } from './errors';

// The only module that imports neo4j-driver. Everything else talks to Neo4j through an Executor.

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Applied to every transaction, so a runaway query cannot hold the server. */
  queryTimeoutMs: number;
}

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
  constraintsAdded: number;
}

/** One statement inside an explicit write transaction: its rows and what it changed. */
export interface TxRunner {
  run(cypher: string, params?: Params): Promise<{ rows: Row[]; counters: WriteCounters }>;
}

export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
}

export class Executor {
  /** Database round trips made through this executor; the API reports it per request. */
  roundTrips = 0;

  private constructor(
    private readonly driver: Driver,
    readonly settings: ConnectionSettings,
    private readonly parent: Executor | null,
  ) {}

  static connect(settings: ConnectionSettings): Executor {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'plangraph/0.1',
    });
    return new Executor(driver, settings, null);
  }

  /** A view sharing the driver with its own round-trip counter (one per API request). */
  scoped(): Executor {
    return new Executor(this.driver, this.settings, this);
  }

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('READ', (tx) => tx.run(cypher, params)).then(toRows);
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('WRITE', (tx) => tx.run(cypher, params)).then(toRows);
  }

  /**
   * Runs `work` in one explicit write transaction: committed when it resolves, rolled back
   * when it throws, so a failing statement leaves the database exactly as before.
   */
  async inWriteTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    const tx = await session.beginTransaction({ timeout: this.settings.queryTimeoutMs * 20 }).catch(async (err: unknown) => {
      await session.close();
      throw toDatabaseError(err);
    });
    try {
      const result = await work({
        run: async (cypher, params = {}) => {
          this.count();
          const res = await tx.run(cypher, params).catch((err: unknown) => {
            throw toDatabaseError(err);
          });
          return { rows: toRows(res), counters: countersOf(res) };
        },
      });
      await tx.commit().catch((err: unknown) => {
        throw toDatabaseError(err);
      });
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
      return countersOf(res);
    } catch (err) {
      throw toDatabaseError(err);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    const info = await this.driver.getServerInfo({ database: this.settings.database }).catch((err: unknown) => {
      throw toDatabaseError(err);
    });
    const [row] = await this.read('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    return { address: info.address ?? this.settings.uri, version: String(row?.version), edition: String(row?.edition) };
  }

  async close(): Promise<void> {
    if (!this.parent) await this.driver.close();
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
      throw toDatabaseError(err);
    } finally {
      await session.close();
    }
  }
}

function toRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => record.toObject() as Row);
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
    constraintsAdded: u.constraintsAdded,
  };
}
