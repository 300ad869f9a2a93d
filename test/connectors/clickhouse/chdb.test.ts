/**
 * The clickhouse connector on ClickHouse 26 (chdb, in-process) behind the HTTP shim, so the
 * real `@clickhouse/client` runs table and database `MODIFY COMMENT` against a modern engine.
 */
import { startChdbShim } from './chdb-shim.js';
import { describeClickHouse } from './fixtures.js';

const LOGIN = { username: 'revmeta_login', password: 'the-right-one' };

describeClickHouse({
  name: 'ClickHouse 26 (chdb)',
  version: /^ClickHouse 26\./,
  modern: true,
  async start() {
    const shim = await startChdbShim({ users: { default: '', [LOGIN.username]: LOGIN.password } });
    return { url: shim.url, login: LOGIN, requests: () => shim.statements.length, stop: shim.stop };
  },
});
