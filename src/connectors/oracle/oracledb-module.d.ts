/**
 * The part of `oracledb` (26.x, thin mode) the Oracle driver uses. The package ships no
 * TypeScript types, so these declarations are ours: only what driver.ts calls.
 */
declare module 'oracledb' {
  export interface ConnectionAttributes {
    user?: string;
    password?: string;
    /** Easy Connect (`host:port/service`) or a full connect descriptor. */
    connectString?: string;
    /** Seconds to wait for the database to answer a connect. */
    connectTimeout?: number;
    /** Seconds to wait for the TCP connection itself. */
    transportConnectTimeout?: number;
  }

  export interface ExecuteOptions {
    outFormat?: number;
    autoCommit?: boolean;
  }

  export interface Result {
    rows?: Record<string, unknown>[];
  }

  export interface Connection {
    execute(sql: string, binds: unknown[], options: ExecuteOptions): Promise<Result>;
    close(): Promise<void>;
    /** Milliseconds one round trip may take (0 = no limit). */
    callTimeout: number;
  }

  const oracledb: {
    getConnection(attributes: ConnectionAttributes): Promise<Connection>;
    readonly OUT_FORMAT_OBJECT: number;
    /** True until initOracleClient() switches to thick mode, which revmeta never calls. */
    readonly thin: boolean;
  };
  export default oracledb;
}
