/**
 * A fake Databricks SQL endpoint: the Thrift TCLIService over HTTPS that `@databricks/sql`
 * speaks, built from the driver's own generated Thrift code (Processor and types) and served
 * with a self-signed certificate the client trusts through `customCaCert` (revmeta's
 * `caCertPath`). It implements OpenSession, ExecuteStatement (with or without direct
 * results), GetOperationStatus, GetResultSetMetadata, FetchResults (paged, ending with an
 * empty batch), CloseOperation and CloseSession; statements run against a FakeWorkspace and
 * every one is recorded. Optionally it serves Databricks OAuth (OIDC discovery and the
 * client-credentials token endpoint) and an HTTP CONNECT proxy, so OAuth machine-to-machine
 * runs through the real driver too.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { thrift as generated } from '@databricks/sql';
import { SparkSqlError } from './spark-sql.js';
import type { ColumnType, FakeWorkspace, ResultSet } from './workspace.js';

const require = createRequire(import.meta.url);

interface ThriftTransport {
  commitPosition(): void;
}
interface ThriftLibrary {
  TBufferedTransport: {
    new (buffer: undefined, onFlush: (buffer: Buffer) => void): unknown;
    receiver(callback: (transport: ThriftTransport, seqid: number) => void, seqid?: number): (data: Buffer) => void;
  };
  TBinaryProtocol: new (transport: unknown) => unknown;
}
const thrift = require('thrift') as ThriftLibrary;
const Int64 = require('node-int64') as new (value: number) => { toNumber(): number };

const types = generated.TCLIService_types;
const { TStatusCode, TOperationState, TTypeId, TSparkRowSetType, TProtocolVersion, TOperationType } = types;

// ---------------------------------------------------------------------------------------
// Certificates

export interface Certificate {
  cert: string;
  key: string;
  /** A file with the certificate, for `caCertPath`. */
  certPath: string;
  dir: string;
}

/**
 * A self-signed certificate for 127.0.0.1, localhost and the given host names, made with
 * openssl at test time (nothing secret is checked in). Its own CA: the client trusts it alone.
 */
export function createCertificate(hosts: readonly string[] = []): Certificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'revmeta-dbx-cert-'));
  const certPath = path.join(dir, 'cert.pem');
  const keyPath = path.join(dir, 'key.pem');
  const names = ['IP:127.0.0.1', 'DNS:localhost', ...hosts.map((host) => `DNS:${host}`)].join(',');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=revmeta fake Databricks', '-addext', `subjectAltName=${names}`, '-addext', 'basicConstraints=critical,CA:TRUE'],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath, dir };
}

// ---------------------------------------------------------------------------------------
// The server

export interface FakeServerOptions {
  workspace: FakeWorkspace;
  certificate: Certificate;
  /** The personal access token the server accepts. */
  token?: string;
  httpPath?: string;
  /** Answer ExecuteStatement with direct results when the client asks (as warehouses do); default true. */
  directResults?: boolean;
  /** Without direct results: GetOperationStatus says RUNNING this many times before the outcome. */
  runningPolls?: number;
  /** OAuth machine-to-machine: the service principal the token endpoint accepts. */
  oauth?: { clientId: string; clientSecret: string };
  /** Runs before each statement: throw to fail it (a SparkSqlError becomes an operation error). */
  beforeStatement?: (sql: string) => void;
  /** At most this many rows per batch, whatever the client asks (default: what it asks). */
  pageSize?: number;
  /** HTTP status for the next Thrift requests (e.g. [503, 503]: the first two are refused). */
  httpFailures?: number[];
  /** Milliseconds each ExecuteStatement takes before it answers, as a warehouse's DDL does (bench/cloud.mjs); default 0. */
  latencyMs?: number;
}

interface Operation {
  sql: string;
  result?: ResultSet;
  error?: SparkSqlError;
  /** Rows already fetched. */
  cursor: number;
  polls: number;
}

export interface ThriftCall {
  method: string;
  at: number;
}

const OK = { statusCode: TStatusCode.SUCCESS_STATUS };

function handle(): { guid: Buffer; secret: Buffer } {
  return { guid: Buffer.from(randomUUID().replaceAll('-', ''), 'hex'), secret: Buffer.from(randomUUID().replaceAll('-', ''), 'hex') };
}

function keyOf(id: { guid: Buffer } | undefined | null): string {
  if (!id) throw new Error('no handle');
  return Buffer.from(id.guid).toString('hex');
}

const TYPE_IDS: Record<ColumnType, number> = { STRING: TTypeId.STRING_TYPE, INT: TTypeId.INT_TYPE, BOOLEAN: TTypeId.BOOLEAN_TYPE };

function schemaOf(result: ResultSet | undefined) {
  return {
    columns: (result?.columns ?? []).map((column, index) => ({
      columnName: column.name,
      typeDesc: { types: [{ primitiveEntry: { type: TYPE_IDS[column.type] } }] },
      position: index + 1,
      comment: '',
    })),
  };
}

/** Column-based rows, NULLs in the per-column bitmap (bit i % 8 of byte i / 8). */
function rowSet(result: ResultSet | undefined, start: number, rows: unknown[][]) {
  const columns = (result?.columns ?? []).map((column, c) => {
    const nulls = Buffer.alloc(Math.ceil(rows.length / 8));
    const values = rows.map((row, r) => {
      const value = row[c];
      if (value === null || value === undefined) {
        nulls[Math.floor(r / 8)]! |= 1 << (r % 8);
        return column.type === 'STRING' ? '' : column.type === 'INT' ? 0 : false;
      }
      return value;
    });
    switch (column.type) {
      case 'STRING':
        return { stringVal: { values, nulls } };
      case 'INT':
        return { i32Val: { values, nulls } };
      case 'BOOLEAN':
        return { boolVal: { values, nulls } };
    }
  });
  return { startRowOffset: new Int64(start), rows: [], columns };
}

export class FakeDatabricksServer {
  readonly token: string;
  readonly httpPath: string;
  /** Every statement received, in order. */
  readonly statements: string[] = [];
  /** Every Thrift call, in order. */
  readonly calls: ThriftCall[] = [];
  /** Authorization headers of rejected requests. */
  readonly rejected: string[] = [];
  /** Host names of CONNECT requests through the proxy. */
  readonly proxied: string[] = [];
  /** Bodies of OAuth token requests (grant type and scope). */
  readonly tokenRequests: string[] = [];
  readonly sessions = new Set<string>();
  readonly operations = new Map<string, Operation>();
  options: FakeServerOptions;
  private readonly accessTokens = new Set<string>();
  private server: https.Server | undefined;
  private proxy: http.Server | undefined;
  /** Both ends of every CONNECT tunnel: the proxy server no longer tracks a socket it handed over. */
  private readonly tunnels = new Set<net.Socket>();
  port = 0;
  proxyPort = 0;

  constructor(options: FakeServerOptions) {
    this.options = options;
    this.token = options.token ?? `dapi${randomBytes(16).toString('hex')}`;
    this.httpPath = options.httpPath ?? '/sql/1.0/warehouses/f4k3w4r3h0u5e';
  }

  get workspace(): FakeWorkspace {
    return this.options.workspace;
  }

  /** Statements other than the catalog reads. */
  get writes(): string[] {
    return this.statements.filter((sql) => !/^\s*(SELECT|SHOW|DESCRIBE)\b/i.test(sql));
  }

  async start(): Promise<this> {
    const processor = new generated.TCLIService.Processor(this.handlers());
    this.server = https.createServer({ cert: this.options.certificate.cert, key: this.options.certificate.key }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.route(request, response, Buffer.concat(chunks), processor));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  /** An HTTP CONNECT proxy that tunnels every host name to this server. */
  async startProxy(): Promise<number> {
    this.proxy = http.createServer((_request, response) => {
      response.writeHead(405).end();
    });
    this.proxy.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      this.proxied.push(request.url ?? '');
      const upstream = net.connect(this.port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      const close = () => {
        upstream.destroy();
        socket.destroy();
      };
      for (const end of [socket, upstream]) {
        this.tunnels.add(end);
        end.on('close', () => this.tunnels.delete(end));
        end.on('error', close);
      }
    });
    await new Promise<void>((resolve) => this.proxy!.listen(0, '127.0.0.1', resolve));
    this.proxyPort = (this.proxy.address() as net.AddressInfo).port;
    return this.proxyPort;
  }

  async stop(): Promise<void> {
    // Keep-alive tunnels would hold both servers open: close() waits for every socket.
    for (const socket of this.tunnels) socket.destroy();
    this.tunnels.clear();
    for (const server of [this.server, this.proxy]) {
      if (!server) continue;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** The connection block of a revmeta service pointing here. */
  connection(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { host: '127.0.0.1', port: this.port, httpPath: this.httpPath, token: this.token, caCertPath: this.options.certificate.certPath, connectionRetries: 0, ...extra };
  }

  private route(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer, processor: { process(input: unknown, output: unknown): void }): void {
    const url = new URL(request.url ?? '/', 'https://fake');
    if (this.options.oauth && url.pathname === '/oidc/.well-known/oauth-authorization-server' && request.method === 'GET') {
      const base = `https://${request.headers.host}/oidc`;
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer: base,
          authorization_endpoint: `${base}/v1/authorize`,
          token_endpoint: `${base}/v1/token`,
          grant_types_supported: ['client_credentials', 'authorization_code', 'refresh_token'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
          scopes_supported: ['all-apis', 'offline_access', 'sql'],
          response_types_supported: ['code'],
        }),
      );
      return;
    }
    if (this.options.oauth && url.pathname === '/oidc/v1/token' && request.method === 'POST') {
      this.issueToken(request, response, body.toString('utf8'));
      return;
    }
    if (url.pathname !== this.httpPath || request.method !== 'POST') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const authorization = request.headers.authorization ?? '';
    const bearer = /^Bearer (.+)$/.exec(authorization)?.[1];
    if (bearer === undefined || !(bearer === this.token || this.accessTokens.has(bearer))) {
      this.rejected.push(authorization);
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Invalid access token.');
      return;
    }
    const failure = this.options.httpFailures?.shift();
    if (failure !== undefined) {
      response.writeHead(failure, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    thrift.TBufferedTransport.receiver((transport) => {
      const input = new thrift.TBinaryProtocol(transport);
      const output = new thrift.TBinaryProtocol(
        new thrift.TBufferedTransport(undefined, (buffer) => {
          response.writeHead(200, { 'content-type': 'application/x-thrift' }).end(buffer);
        }),
      );
      processor.process(input, output);
      transport.commitPosition();
    })(body);
  }

  private issueToken(request: http.IncomingMessage, response: http.ServerResponse, body: string): void {
    const { clientId, clientSecret } = this.options.oauth!;
    const form = new URLSearchParams(body);
    this.tokenRequests.push(`grant_type=${form.get('grant_type')} scope=${form.get('scope')}`);
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent) : [];
    if (form.get('grant_type') !== 'client_credentials' || id !== clientId || secret !== clientSecret) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client', error_description: 'Client authentication failed' }));
      return;
    }
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const accessToken = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: clientId, exp: Math.floor(Date.now() / 1000) + 3600, scope: 'all-apis' })}.${randomBytes(16).toString('base64url')}`;
    this.accessTokens.add(accessToken);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: 'all-apis' }));
  }

  private record(method: string): void {
    this.calls.push({ method, at: Date.now() });
  }

  private operation(request: { operationHandle?: { operationId?: { guid: Buffer } } }): Operation {
    const operation = this.operations.get(keyOf(request.operationHandle?.operationId));
    if (!operation) throw new Error('Invalid OperationHandle: the operation is closed or unknown');
    return operation;
  }

  private statusOf(operation: Operation) {
    if (operation.error) {
      return {
        status: OK,
        operationState: TOperationState.ERROR_STATE,
        sqlState: operation.error.sqlState,
        errorCode: 0,
        errorMessage: `org.apache.hive.service.cli.HiveSQLException: Error running query: ${operation.error.message}`,
        displayMessage: operation.error.message,
      };
    }
    return { status: OK, operationState: TOperationState.FINISHED_STATE, hasResultSet: operation.result!.columns.length > 0 };
  }

  private fetch(operation: Operation, maxRows: number) {
    const rows = operation.result?.rows ?? [];
    const start = operation.cursor;
    const page = rows.slice(start, start + Math.min(maxRows, this.options.pageSize ?? maxRows));
    operation.cursor += page.length;
    return { status: OK, hasMoreRows: operation.cursor < rows.length, results: rowSet(operation.result, start, page) };
  }

  private handlers() {
    // Each handler takes exactly one argument: the generated Processor then awaits its promise.
    return {
      OpenSession: async (request: { client_protocol?: number; configuration?: Record<string, string> }) => {
        this.record('OpenSession');
        const sessionHandle = { sessionId: handle() };
        this.sessions.add(keyOf(sessionHandle.sessionId));
        void request;
        return { status: OK, serverProtocolVersion: TProtocolVersion.SPARK_CLI_SERVICE_PROTOCOL_V8, sessionHandle, configuration: {} };
      },
      CloseSession: async (request: { sessionHandle: { sessionId: { guid: Buffer } } }) => {
        this.record('CloseSession');
        this.sessions.delete(keyOf(request.sessionHandle.sessionId));
        return { status: OK };
      },
      ExecuteStatement: async (request: { sessionHandle: { sessionId: { guid: Buffer } }; statement: string; getDirectResults?: { maxRows: { toNumber(): number } } | null }) => {
        this.record('ExecuteStatement');
        if (!this.sessions.has(keyOf(request.sessionHandle.sessionId))) {
          return { status: { statusCode: TStatusCode.INVALID_HANDLE_STATUS, errorMessage: 'Invalid SessionHandle: the session is closed or unknown' } };
        }
        const sql = request.statement;
        if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
        this.statements.push(sql);
        const operation: Operation = { sql, cursor: 0, polls: 0 };
        try {
          this.options.beforeStatement?.(sql);
          operation.result = this.workspace.execute(sql);
        } catch (error) {
          if (!(error instanceof SparkSqlError)) throw error;
          operation.error = error;
        }
        const id = handle();
        const hasResultSet = operation.error === undefined && operation.result!.columns.length > 0;
        const operationHandle = { operationId: id, operationType: TOperationType.EXECUTE_STATEMENT, hasResultSet };
        const direct = request.getDirectResults && this.options.directResults !== false;
        if (!direct) {
          this.operations.set(keyOf(id), operation);
          return { status: OK, operationHandle };
        }
        if (operation.error) {
          this.operations.set(keyOf(id), operation);
          return { status: OK, operationHandle, directResults: { operationStatus: this.statusOf(operation) } };
        }
        const resultSet = this.fetch(operation, request.getDirectResults!.maxRows.toNumber());
        const complete = !resultSet.hasMoreRows;
        if (!complete) this.operations.set(keyOf(id), operation);
        return {
          status: OK,
          operationHandle,
          directResults: {
            operationStatus: this.statusOf(operation),
            resultSetMetadata: { status: OK, schema: schemaOf(operation.result), resultFormat: TSparkRowSetType.COLUMN_BASED_SET, lz4Compressed: false },
            resultSet,
            ...(complete ? { closeOperation: { status: OK } } : {}),
          },
        };
      },
      GetOperationStatus: async (request: { operationHandle: { operationId: { guid: Buffer } } }) => {
        this.record('GetOperationStatus');
        const operation = this.operation(request);
        if (operation.polls < (this.options.runningPolls ?? 0)) {
          operation.polls += 1;
          return { status: OK, operationState: TOperationState.RUNNING_STATE };
        }
        return this.statusOf(operation);
      },
      GetResultSetMetadata: async (request: { operationHandle: { operationId: { guid: Buffer } } }) => {
        this.record('GetResultSetMetadata');
        const operation = this.operation(request);
        return { status: OK, schema: schemaOf(operation.result), resultFormat: TSparkRowSetType.COLUMN_BASED_SET, lz4Compressed: false };
      },
      FetchResults: async (request: { operationHandle: { operationId: { guid: Buffer } }; maxRows: { toNumber(): number } }) => {
        this.record('FetchResults');
        return this.fetch(this.operation(request), request.maxRows.toNumber());
      },
      CloseOperation: async (request: { operationHandle: { operationId: { guid: Buffer } } }) => {
        this.record('CloseOperation');
        this.operations.delete(keyOf(request.operationHandle.operationId));
        return { status: OK };
      },
      CancelOperation: async (request: { operationHandle: { operationId: { guid: Buffer } } }) => {
        this.record('CancelOperation');
        this.operations.delete(keyOf(request.operationHandle.operationId));
        return { status: OK };
      },
    };
  }
}

/** Removes a certificate's temporary folder. */
export function removeCertificate(certificate: Certificate): void {
  rmSync(certificate.dir, { recursive: true, force: true });
}
