/**
 * The part of `mssql` (12.x, on tedious) the SQL Server driver uses. The package ships no
 * types and `@types/mssql` is not a dependency, so these declarations are ours: only what
 * driver.ts calls, with the shapes mssql 12.7 has at runtime.
 */
declare module 'mssql' {
  export interface MssqlConfig {
    server: string;
    port?: number;
    user?: string;
    password?: string;
    database?: string;
    /** Milliseconds to wait for a connection. */
    connectionTimeout?: number;
    /** Milliseconds one request may take. */
    requestTimeout?: number;
    pool?: { max?: number; min?: number; idleTimeoutMillis?: number };
    options?: {
      encrypt?: boolean;
      trustServerCertificate?: boolean;
      appName?: string;
      /** tedious: `SET XACT_ABORT ON` at login. */
      abortTransactionOnError?: boolean;
    };
  }

  export interface MssqlResult {
    recordset?: Record<string, unknown>[];
    recordsets: Record<string, unknown>[][];
    rowsAffected: number[];
  }

  export class ConnectionPool {
    constructor(config: MssqlConfig);
    connect(): Promise<ConnectionPool>;
    close(): Promise<void>;
    on(event: 'error', listener: (error: unknown) => void): this;
  }

  export class Transaction {
    constructor(pool: ConnectionPool);
    begin(): Promise<Transaction>;
    commit(): Promise<void>;
    rollback(): Promise<void>;
  }

  export class Request {
    constructor(parent: ConnectionPool | Transaction);
    /** Runs T-SQL as a batch (no sp_executesql around it). */
    batch(sql: string): Promise<MssqlResult>;
  }

  const mssql: {
    ConnectionPool: typeof ConnectionPool;
    Transaction: typeof Transaction;
    Request: typeof Request;
  };
  export default mssql;
}
