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

  /** A parameter type as `NVarChar(length)` gives it (mssql's `{ type, length }`). */
  export interface MssqlType {
    type: unknown;
    length?: number;
  }

  /** `nvarchar(length)`; a length over 4000 (such as `MAX`) declares `nvarchar(max)`. */
  export function NVarChar(length: number): MssqlType;

  /** The length that stands for `max` (65535 in mssql). */
  export const MAX: number;

  export class Request {
    constructor(parent: ConnectionPool | Transaction);
    /**
     * Runs T-SQL as a batch (no sp_executesql around it). Not for inputs: a batch with inputs
     * gets them as literals in a `declare`/`select` mssql writes in front.
     */
    batch(sql: string): Promise<MssqlResult>;
    /** Adds an input parameter, named without the `@`. */
    input(name: string, type: MssqlType, value: unknown): this;
    /** Runs T-SQL through sp_executesql, with the inputs as RPC parameters. */
    query(sql: string): Promise<MssqlResult>;
  }

  const mssql: {
    ConnectionPool: typeof ConnectionPool;
    Transaction: typeof Transaction;
    Request: typeof Request;
    NVarChar: typeof NVarChar;
    MAX: typeof MAX;
  };
  export default mssql;
}
