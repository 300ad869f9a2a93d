/**
 * Bad input through the CLI: every kind of invalid config or manifest exits 1 with
 * `file:line:column`, from validate, plan, apply and reconcile alike, before any connection
 * is made (the service points at a closed port: reaching it would print another error).
 * An unset secret is the exception for validate, which needs none: there it is a note.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';

const CONFIG = `version: 1
services:
  warehouse:
    type: postgres
    connection: { host: 127.0.0.1, port: 1, user: revmeta }
`;

const SCHEMA_HEAD = `apiVersion: revmeta/v1
kind: Schema
service: warehouse
database: shop
name: public
`;

interface Case {
  name: string;
  config?: string;
  manifests: Record<string, string>;
  /** Files (relative to the workspace) written as these bytes over what `config` and `manifests` wrote. */
  bytes?: Record<string, Buffer>;
  env?: Record<string, string>;
  /** Expected `file:line:column: message` fragment; the file is relative to the workspace. */
  where: string;
  message: RegExp;
  /** A secret validate does not need: validate passes and notes it there; the others fail. */
  noteInValidate?: boolean;
}

const CASES: Case[] = [
  {
    name: 'a duplicate key',
    manifests: { 'a.yaml': `${SCHEMA_HEAD}tables:\n  orders:\n    description: one\n    description: two\n` },
    where: 'metadata/a.yaml:9:5',
    message: /duplicate key "description"/,
  },
  {
    name: 'an unknown field in a manifest',
    manifests: { 'a.yaml': `${SCHEMA_HEAD}tables:\n  orders:\n    colour: blue\n` },
    where: 'metadata/a.yaml:8:5',
    message: /unknown field "colour"/,
  },
  {
    name: 'a wrong type',
    manifests: { 'a.yaml': `${SCHEMA_HEAD}owners: alice\n` },
    where: 'metadata/a.yaml:6:9',
    message: /owners must be a list/,
  },
  {
    name: 'a tag FQN that does not parse',
    manifests: { 'a.yaml': `${SCHEMA_HEAD}tags: [PII]\n` },
    where: 'metadata/a.yaml:6:8',
    message: /not of the form Classification\.Tag/,
  },
  {
    name: 'an unknown service',
    manifests: { 'a.yaml': SCHEMA_HEAD.replace('service: warehouse', 'service: lakehouse') },
    where: 'metadata/a.yaml:3:10',
    message: /lakehouse/,
  },
  {
    name: 'the same object in two files',
    manifests: { 'a.yaml': SCHEMA_HEAD, 'b.yaml': SCHEMA_HEAD },
    where: 'metadata/b.yaml:',
    message: /also defined at .*a\.yaml:/,
  },
  {
    name: 'broken YAML',
    manifests: { 'a.yaml': `${SCHEMA_HEAD}tables: [unclosed\n` },
    where: 'metadata/a.yaml:',
    message: /./,
  },
  {
    name: 'a manifest that is not UTF-8',
    manifests: { 'a.yaml': SCHEMA_HEAD },
    bytes: { 'metadata/a.yaml': Buffer.concat([Buffer.from(`${SCHEMA_HEAD}description: Caf`), Buffer.from([0xe9, 0x0a])]) },
    where: 'metadata/a.yaml:6:17',
    message: /not valid UTF-8/,
  },
  {
    name: 'a config that is not UTF-8',
    manifests: { 'a.yaml': SCHEMA_HEAD },
    bytes: { 'revmeta.yaml': Buffer.concat([Buffer.from(CONFIG.replace('user: revmeta }\n', 'user: r')), Buffer.from([0xe9]), Buffer.from('mi }\n')]) },
    where: 'revmeta.yaml:5:52',
    message: /not valid UTF-8/,
  },
  {
    name: 'an unknown field in the config',
    config: CONFIG.replace('    type: postgres', '    type: postgres\n    colour: blue'),
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:5:5',
    message: /unknown field "colour"/,
  },
  {
    name: 'an environment variable that is not set',
    config: CONFIG.replace('user: revmeta', 'user: revmeta, password: "${PG_PASSWORD}"'),
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:5:',
    message: /PG_PASSWORD is not set/,
    noteInValidate: true,
  },
  {
    name: 'a connector type revmeta does not know',
    config: CONFIG.replace('type: postgres', 'type: teradata'),
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:4:11',
    message: /services\.warehouse\.type must be one of athena, bigquery, .*snowflake/,
  },
  {
    name: 'a connection option the connector does not know',
    config: CONFIG.replace('user: revmeta', 'user: revmeta, hots: x'),
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:5:',
    message: /hots/,
  },
  {
    name: 'a template placeholder inside a /* */ comment (the issue: a value "*/; DROP TABLE s.victim; /*" closed it)',
    config: `${CONFIG}    sql:\n      columnDescription: "COMMENT ON COLUMN {schema}.{table}.{column} IS {description} /* was: {description} */"\n`,
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:7:26',
    message: /services\.warehouse\.sql\.columnDescription: \{description\} at character 70 is inside a "\/\*" comment/,
  },
  {
    name: 'a template placeholder inside a -- comment (the issue: a line break in the value ended it)',
    config: `${CONFIG}    sql:\n      tableDescription: "COMMENT ON TABLE {schema}.{table} IS {description} -- {description}"\n`,
    manifests: { 'a.yaml': SCHEMA_HEAD },
    where: 'revmeta.yaml:7:25',
    message: /services\.warehouse\.sql\.tableDescription: \{description\} at character 55 is inside a "--" comment/,
  },
];

describe.each(CASES)('$name', (testCase) => {
  it.each([['validate'], ['plan'], ['apply', '--auto-approve'], ['reconcile']])('fails %s with its location and connects nowhere', async (...command) => {
    const config = await writeWorkspace({ config: testCase.config ?? CONFIG, manifests: testCase.manifests });
    const dir = path.dirname(config);
    for (const [file, bytes] of Object.entries(testCase.bytes ?? {})) await writeFile(path.join(dir, file), bytes);
    const run = await runCli([...command, '-c', config], { env: testCase.env ?? {} });
    if (testCase.noteInValidate && command[0] === 'validate') {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`^Note: ${dir}/${testCase.where}\\d+: .*${testCase.message.source}`, 'm'));
      return;
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Invalid configuration or manifests');
    expect(run.stderr).not.toContain('could not');
    const located = run.stderr.split('\n').find((line) => line.includes(testCase.where.split(':')[0]!) && testCase.message.test(line));
    expect(located, run.stderr).toBeDefined();
    expect(located!.replace(`${dir}/`, '')).toContain(testCase.where);
  });
});
