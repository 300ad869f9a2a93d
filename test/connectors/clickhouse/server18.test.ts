/**
 * The clickhouse connector on Debian's ClickHouse 18.16, a real server started by
 * test/engines/clickhouse.sh: column comments only (no MODIFY COMMENT, no database
 * comments), old-style error messages, no query parameters.
 * Skipped with a printed reason where the binary is missing, never under CI.
 */
import { CLICKHOUSE_LOGIN, startClickHouse } from '../../engines/clickhouse.js';
import { describeClickHouse } from './fixtures.js';

describeClickHouse({
  name: 'ClickHouse 18.16',
  version: /^ClickHouse 18\.16\./,
  modern: false,
  httpInterface: true,
  async start() {
    const server = await startClickHouse();
    return 'skip' in server ? server : { ...server, login: { ...CLICKHOUSE_LOGIN } };
  },
});
