/**
 * Shared pieces of the SQL Server connector tests: a change builder, catalog rows recorded in
 * the shape the catalog queries return them (sys.* column names and types as mssql hands them
 * over: int → number, char(2) `type` with its trailing space, NULL → null), and a fake driver
 * that answers each session from the rows of its own database and records everything.
 */
import {
  columnsSql,
  DATABASES_SQL,
  descriptionsSql,
  objectsSql,
  ownerUsersSql,
  principalsSql,
  SCHEMAS_SQL,
  SEES_ALL_DATABASES_SQL,
  SEES_ALL_OBJECTS_SQL,
  SERVER_SQL,
} from '../../../src/connectors/mssql/introspect.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import type { ObjectRef } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';

export type Row = Record<string, unknown>;

export const SERVICE = 'erp';

export function change(object: ObjectRef, field: Change['field'], after: string | null, before: string | null = null): Change {
  const action: Change['action'] = after === null ? 'clear' : 'set';
  return { service: SERVICE, object, field, action, before, after, statements: [] };
}

export interface DatabaseRows {
  schemas: Row[];
  objects: Row[];
  columns: Row[];
  descriptions: Row[];
  /**
   * Logins that have a user in this database (`login`, `user_name`), other than the owner's
   * dbo: SQL Server refuses such a login as the database's owner (Msg 15110).
   */
  ownerUsers?: Row[];
  /** Users and roles of this database; `complete`: the login holds VIEW DEFINITION (default: it does not). */
  principals?: PrincipalList;
}

/** Principals a login can see, and whether that is all of them (metadata visibility). */
export interface PrincipalList {
  names: string[];
  complete: boolean;
}

export interface Catalog {
  server: Row;
  databases: Row[];
  /** Rows per database name, as that database's own sys views return them. */
  perDatabase: Record<string, DatabaseRows>;
  /**
   * HAS_PERMS_BY_NAME of the login: VIEW ANY DATABASE on the server, VIEW DEFINITION per
   * database. Absent: granted (public holds VIEW ANY DATABASE by default; the recorded
   * catalogs were read by an owner).
   */
  permissions?: { viewAnyDatabase?: boolean; viewDefinition?: Record<string, boolean> };
  /** Logins and server roles; `complete`: the login holds VIEW ANY DEFINITION (default: it does not). */
  serverPrincipals?: PrincipalList;
}

/** A principals lookup as the server answers it: the names the query lists (case-insensitively), else one probe row. */
function principalRows(list: PrincipalList | undefined, sql: string): Row[] {
  const { names, complete } = list ?? { names: [], complete: false };
  const matched = names.filter((name) => sql.toLowerCase().includes(`n'${name.toLowerCase().replaceAll("'", "''")}'`));
  const flag = complete ? 1 : 0;
  return matched.length > 0 ? matched.map((name) => ({ complete: flag, name })) : [{ complete: flag, name: null }];
}

/** SERVER_SQL on a connection whose `database` is master. */
const SERVER: Row = { version: '16.0.4135.4', edition: 'Developer Edition (64-bit)', current_database: 'master' };

/** The catalog the example manifests (examples/mssql) are planned against. */
export const CATALOG: Catalog = {
  server: SERVER,
  databases: [
    { name: 'Sales', owner: 'sa', state_desc: 'ONLINE', accessible: 1 },
    { name: 'Archive', owner: 'sa', state_desc: 'OFFLINE', accessible: null },
    { name: 'HR', owner: 'hr_admin', state_desc: 'ONLINE', accessible: 0 },
  ],
  perDatabase: {
    Sales: {
      schemas: [
        { schema_id: 1, name: 'dbo', owner: 'dbo' },
        { schema_id: 2, name: 'guest', owner: 'guest' },
        { schema_id: 5, name: 'finance', owner: 'dbo' },
        { schema_id: 6, name: 'staging', owner: 'etl_user' },
      ],
      objects: [
        { object_id: 101, schema_id: 1, name: 'Orders', type: 'U ', owner: 'dbo' },
        { object_id: 102, schema_id: 1, name: 'Customers', type: 'U ', owner: 'dbo' },
        { object_id: 103, schema_id: 1, name: 'vOpenOrders', type: 'V ', owner: 'dbo' },
        { object_id: 201, schema_id: 5, name: 'Invoices', type: 'U ', owner: 'finance_owner' },
        { object_id: 301, schema_id: 6, name: 'Loads', type: 'U ', owner: 'etl_user' },
      ],
      columns: [
        // Out of column order on purpose: assembly orders by column_id.
        { object_id: 101, column_id: 3, name: 'Status' },
        { object_id: 101, column_id: 1, name: 'OrderID' },
        { object_id: 101, column_id: 2, name: 'CustomerID' },
        { object_id: 102, column_id: 1, name: 'CustomerID' },
        { object_id: 102, column_id: 2, name: 'Email' },
        { object_id: 103, column_id: 1, name: 'OrderID' },
        { object_id: 201, column_id: 1, name: 'InvoiceID' },
        { object_id: 201, column_id: 2, name: 'AmountCents' },
        { object_id: 301, column_id: 1, name: 'raw' },
      ],
      descriptions: [
        { class: 0, major_id: 0, minor_id: 0, value: 'ERP data' },
        // finance has an MS_Description whose value is NULL: it exists (update, not add).
        { class: 3, major_id: 5, minor_id: 0, value: null },
        { class: 1, major_id: 101, minor_id: 0, value: 'One row per order.' },
        { class: 1, major_id: 101, minor_id: 1, value: 'Surrogate key.' },
        // An empty MS_Description on a column: it exists too.
        { class: 1, major_id: 101, minor_id: 2, value: '' },
        { class: 1, major_id: 102, minor_id: 2, value: 'Customer e-mail' },
        { class: 1, major_id: 201, minor_id: 2, value: 'Invoice total in euro cents, tax included.' },
      ],
      ownerUsers: [{ login: 'etl_login', user_name: 'etl_user' }],
    },
    HR: { schemas: [{ schema_id: 1, name: 'dbo', owner: 'dbo' }], objects: [], columns: [], descriptions: [] },
  },
};

export interface Recorded {
  driver: Driver;
  /** Databases opened, in order (undefined = the connection's default, master). */
  opened: (string | undefined)[];
  /** [database, query] for every catalog query. */
  queries: [string, string][];
  /** [database, call] for everything apply does: BEGIN, statements, COMMIT, ROLLBACK. */
  calls: [string, string][];
  /** Sessions still open. */
  open: () => number;
}

/** The rows of the session's database; a database the catalog does not have cannot be entered. */
function rowsOf(catalog: Catalog, database: string): DatabaseRows {
  const rows = catalog.perDatabase[database];
  if (rows === undefined) throw new Error(`Msg 4060, Level 11, State 1: Cannot open database "${database}"`);
  return rows;
}

type Answer = (catalog: Catalog, database: string, sql: string) => Row[];

/** A fixed query: the statement introspection sends, to the letter. */
function exactly(query: string, answer: Answer): { is: (sql: string) => boolean; answer: Answer } {
  return { is: (sql) => sql === query, answer };
}

/** A query built from arguments: what two builds with different arguments share is the query up to its arguments. */
function builtAs(one: string, other: string, answer: Answer): { is: (sql: string) => boolean; answer: Answer } {
  let shared = 0;
  while (shared < one.length && one[shared] === other[shared]) shared++;
  const head = one.slice(0, shared);
  return { is: (sql) => sql.startsWith(head), answer };
}

/** Each catalog query introspection sends, known by its builder in introspect.ts, and how the server answers it. */
const QUERIES = [
  exactly(SERVER_SQL, (catalog, database) => [{ ...catalog.server, current_database: database }]),
  exactly(DATABASES_SQL, (catalog) => catalog.databases),
  exactly(SEES_ALL_DATABASES_SQL, (catalog) => [{ sees_all: catalog.permissions?.viewAnyDatabase === false ? 0 : 1 }]),
  builtAs(principalsSql('server', ['a']), principalsSql('server', ['b']), (catalog, _, sql) => principalRows(catalog.serverPrincipals, sql)),
  exactly(SCHEMAS_SQL, (catalog, database) => rowsOf(catalog, database).schemas),
  builtAs(objectsSql('all'), objectsSql([1]), (catalog, database) => rowsOf(catalog, database).objects),
  builtAs(columnsSql('all'), columnsSql([1]), (catalog, database) => rowsOf(catalog, database).columns),
  builtAs(descriptionsSql(null), descriptionsSql('all'), (catalog, database) => rowsOf(catalog, database).descriptions),
  builtAs(principalsSql('database', ['a']), principalsSql('database', ['b']), (catalog, database, sql) => principalRows(rowsOf(catalog, database).principals, sql)),
  exactly(SEES_ALL_OBJECTS_SQL, (catalog, database) => {
    rowsOf(catalog, database);
    return [{ sees_all: catalog.permissions?.viewDefinition?.[database] === false ? 0 : 1 }];
  }),
  // Logins compare case-insensitively (the default server collation); only those the query names.
  builtAs(ownerUsersSql(['a']), ownerUsersSql(['b']), (catalog, database, sql) =>
    (rowsOf(catalog, database).ownerUsers ?? []).filter((row) => sql.toLowerCase().includes(`n'${String(row.login).toLowerCase()}'`)),
  ),
];

function answer(catalog: Catalog, database: string, sql: string): Row[] {
  const query = QUERIES.find((candidate) => candidate.is(sql));
  if (query === undefined) throw new Error(`unexpected query: ${sql}`);
  return query.answer(catalog, database, sql);
}

/**
 * What SQL Server refuses when a database is given to a login that already has a user there
 * (ALTER AUTHORIZATION, sp_changedbowner: "@loginame can't become the owner of the current
 * database if it already has access to the database through an existing user security
 * account within the database"; Msg 15110).
 */
function refuseOwnerWithUser(catalog: Catalog, sql: string): void {
  const match = /^ALTER AUTHORIZATION ON DATABASE::\[((?:[^\]]|\]\])+)\] TO \[((?:[^\]]|\]\])+)\]$/.exec(sql);
  if (match === null) return;
  const [database, login] = [match[1]!, match[2]!].map((name) => name.replaceAll(']]', ']'));
  const users = catalog.perDatabase[database!]?.ownerUsers ?? [];
  if (users.some((row) => String(row.login).toLowerCase() === login!.toLowerCase())) {
    throw new Error('Msg 15110, Level 16, State 1: The proposed new database owner is already a user or aliased in the database.');
  }
}

/**
 * A driver over recorded rows; `failOn` makes a statement containing it fail like the server
 * would, `refuseOpen` a session on that database (the login lost access after the listing).
 */
export function fakeDriver(catalog: Catalog = CATALOG, options: { failOn?: string; defaultDatabase?: string; refuseOpen?: string } = {}): Recorded {
  const opened: (string | undefined)[] = [];
  const queries: [string, string][] = [];
  const calls: [string, string][] = [];
  let open = 0;
  const driver: Driver = {
    async open(name?: string) {
      opened.push(name);
      if (name !== undefined && name === options.refuseOpen) throw new Error(`Msg 916, Level 14, State 2: The server principal is not able to access the database "${name}" under the current security context.`);
      const database = name ?? options.defaultDatabase ?? 'master';
      open++;
      let closed = false;
      const session: DriverSession = {
        query: async (sql) => {
          queries.push([database, sql]);
          return answer(catalog, database, sql);
        },
        execute: async (sql) => {
          calls.push([database, sql]);
          refuseOwnerWithUser(catalog, sql);
          if (options.failOn !== undefined && sql.includes(options.failOn)) {
            throw new Error("Msg 15151, Level 16, State 1: Cannot find the user 'nobody', because it does not exist or you do not have permission.");
          }
        },
        begin: async () => void calls.push([database, 'BEGIN']),
        commit: async () => void calls.push([database, 'COMMIT']),
        rollback: async () => void calls.push([database, 'ROLLBACK']),
        close: async () => {
          if (!closed) open--;
          closed = true;
        },
      };
      return session;
    },
    close: async () => undefined,
  };
  return { driver, opened, queries, calls, open: () => open };
}
