/**
 * Shared pieces of the Oracle connector tests: a change builder, dictionary rows recorded in
 * the shape oracledb returns them for the catalog queries (upper-case column names as the
 * ALL_* views name them, NUMBER → number, NULL → null, '' never: it is NULL in Oracle), and a
 * fake driver that answers each query from those rows, filtered by the query's own OWNER IN
 * list, so batching by schema set is exercised as the database would answer it.
 */
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import type { ObjectRef } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';

export type Row = Record<string, unknown>;

export const SERVICE = 'crm';

export function change(object: ObjectRef, field: Change['field'], after: string | null, before: string | null = null): Change {
  return { service: SERVICE, object, field, action: after === null ? 'clear' : 'set', before, after, statements: [] };
}

export interface Dictionary {
  version: Row[];
  users: Row[];
  objects: Row[];
  tableComments: Row[];
  mviewComments: Row[];
  columns: Row[];
}

/** The dictionary the example manifests (examples/oracle) are planned against. */
export const DICTIONARY: Dictionary = {
  // CHARACTER_SET: NLS_DATABASE_PARAMETERS' NLS_CHARACTERSET, on every row of the version query.
  version: [
    { PRODUCT: 'Oracle Database 19c Enterprise Edition ', VERSION: '19.0.0.0.0', CHARACTER_SET: 'AL32UTF8' },
    { PRODUCT: 'Oracle Database 19c Enterprise Edition ', VERSION: '19.0.0.0.0', CHARACTER_SET: 'AL32UTF8' },
  ],
  users: [{ USERNAME: 'SALES' }, { USERNAME: 'HR' }, { USERNAME: 'Mixed' }],
  objects: [
    { OWNER: 'SALES', OBJECT_NAME: 'ORDERS', OBJECT_TYPE: 'TABLE' },
    { OWNER: 'SALES', OBJECT_NAME: 'OPEN_ORDERS', OBJECT_TYPE: 'VIEW' },
    // A materialized view is listed twice: its container table, and the view itself.
    { OWNER: 'SALES', OBJECT_NAME: 'DAILY_REVENUE', OBJECT_TYPE: 'TABLE' },
    { OWNER: 'SALES', OBJECT_NAME: 'DAILY_REVENUE', OBJECT_TYPE: 'MATERIALIZED VIEW' },
    { OWNER: 'HR', OBJECT_NAME: 'EMPLOYEES', OBJECT_TYPE: 'TABLE' },
    { OWNER: 'Mixed', OBJECT_NAME: 'Order Lines', OBJECT_TYPE: 'TABLE' },
  ],
  tableComments: [
    { OWNER: 'SALES', TABLE_NAME: 'ORDERS', TABLE_TYPE: 'TABLE', COMMENTS: 'One row per order.' },
    { OWNER: 'SALES', TABLE_NAME: 'DAILY_REVENUE', TABLE_TYPE: 'TABLE', COMMENTS: 'Revenue per day' },
    { OWNER: 'HR', TABLE_NAME: 'EMPLOYEES', TABLE_TYPE: 'TABLE', COMMENTS: 'People' },
  ],
  mviewComments: [{ OWNER: 'SALES', MVIEW_NAME: 'DAILY_REVENUE', COMMENTS: 'Revenue per day' }],
  columns: [
    { OWNER: 'SALES', TABLE_NAME: 'ORDERS', COLUMN_NAME: 'STATUS', COLUMN_ID: 2, COMMENTS: null },
    { OWNER: 'SALES', TABLE_NAME: 'ORDERS', COLUMN_NAME: 'ORDER_ID', COLUMN_ID: 1, COMMENTS: 'Surrogate key.' },
    { OWNER: 'SALES', TABLE_NAME: 'ORDERS', COLUMN_NAME: 'CUSTOMER_EMAIL', COLUMN_ID: 3, COMMENTS: 'Customer e-mail' },
    { OWNER: 'SALES', TABLE_NAME: 'OPEN_ORDERS', COLUMN_NAME: 'ORDER_ID', COLUMN_ID: 1, COMMENTS: null },
    { OWNER: 'SALES', TABLE_NAME: 'DAILY_REVENUE', COLUMN_NAME: 'REVENUE_DAY', COLUMN_ID: 1, COMMENTS: null },
    { OWNER: 'SALES', TABLE_NAME: 'DAILY_REVENUE', COLUMN_NAME: 'REVENUE', COLUMN_ID: 2, COMMENTS: null },
    { OWNER: 'HR', TABLE_NAME: 'EMPLOYEES', COLUMN_NAME: 'ID', COLUMN_ID: 1, COMMENTS: null },
    { OWNER: 'Mixed', TABLE_NAME: 'Order Lines', COLUMN_NAME: 'line', COLUMN_ID: 1, COMMENTS: 'A line' },
  ],
};

/** The owners a query's `OWNER IN ('A', 'B''s')` list names. */
function ownersIn(sql: string): Set<string> {
  const list = /OWNER IN \(((?:'(?:[^']|'')*'(?:, )?)+)\)/.exec(sql)?.[1];
  if (list === undefined) throw new Error(`no OWNER IN list in ${sql}`);
  return new Set([...list.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replaceAll("''", "'")));
}

function answer(dictionary: Dictionary, sql: string): Row[] {
  if (sql.startsWith('SELECT PRODUCT, VERSION') && sql.includes('FROM PRODUCT_COMPONENT_VERSION')) return dictionary.version;
  if (sql.startsWith('SELECT USERNAME FROM ALL_USERS')) return dictionary.users;
  const owners = ownersIn(sql);
  const own = (rows: Row[]) => rows.filter((row) => owners.has(row.OWNER as string));
  if (sql.includes('FROM ALL_OBJECTS')) return own(dictionary.objects);
  if (sql.includes('FROM ALL_TAB_COMMENTS')) return own(dictionary.tableComments);
  if (sql.includes('FROM ALL_MVIEW_COMMENTS')) return own(dictionary.mviewComments);
  if (sql.includes('FROM ALL_TAB_COLUMNS')) return own(dictionary.columns);
  throw new Error(`unexpected query: ${sql}`);
}

export interface Recorded {
  driver: Driver & { databaseName: string };
  opened: (string | undefined)[];
  queries: string[];
  /** Everything apply does, in order. */
  calls: string[];
  open: () => number;
}

export function fakeDriver(dictionary: Dictionary = DICTIONARY, options: { databaseName?: string; failOn?: string } = {}): Recorded {
  const opened: (string | undefined)[] = [];
  const queries: string[] = [];
  const calls: string[] = [];
  let open = 0;
  const refuse = (what: string) => async () => {
    calls.push(what);
    throw new Error('Oracle DDL is not transactional: every COMMENT commits on its own');
  };
  return {
    opened,
    queries,
    calls,
    open: () => open,
    driver: {
      databaseName: options.databaseName ?? 'default',
      async open(database?: string) {
        opened.push(database);
        open++;
        let closed = false;
        const session: DriverSession = {
          query: async (sql) => {
            queries.push(sql);
            return answer(dictionary, sql);
          },
          execute: async (sql) => {
            calls.push(sql);
            if (options.failOn !== undefined && sql.includes(options.failOn)) throw new Error('ORA-00942: table or view does not exist');
          },
          begin: refuse('BEGIN'),
          commit: refuse('COMMIT'),
          rollback: refuse('ROLLBACK'),
          close: async () => {
            if (!closed) open--;
            closed = true;
          },
        };
        return session;
      },
      close: async () => undefined,
    },
  };
}
