/**
 * npm run query -- [--cache DIR] "SQL": one SQL query, by DuckDB, over the tables of the last
 * build that used that cache folder (default `.cache/`): `roster`, `training` … each with a
 * `year` column, or one year as `roster_2024` (scripts/query/duckdb.ts). Prints the result as a
 * table. The tables hold hashed person keys, never names or ID numbers.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openTables } from './query/duckdb.ts';

const { values, positionals } = parseArgs({ options: { cache: { type: 'string', default: '.cache' } }, allowPositionals: true });
const sql = positionals.join(' ').trim();
const folder = join(resolve(values.cache), 'tables');
const fail = (zh: string, en: string) => {
  console.error(`${zh}\n${en}`);
  process.exit(2);
};
if (!sql) fail('请给出一条 SQL 查询，例如：npm run query -- "SELECT year, count(*) FROM roster GROUP BY year"', 'Give one SQL query, e.g. npm run query -- "SELECT year, count(*) FROM roster GROUP BY year"');
if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) fail(`没有找到数据表 ${folder}：请先用同一个 --cache 运行 npm run build。`, `No tables at ${folder}: run npm run build with the same --cache first.`);
const db = await openTables(folder, sql);
if (!db) fail('未安装 DuckDB（@duckdb/duckdb-wasm）：请运行 npm install。', 'DuckDB (@duckdb/duckdb-wasm) is not installed: run npm install.');
try {
  console.table(db!.query(sql));
} catch (e) {
  fail('查询失败（DuckDB 的说明见下一行）。', `The query failed: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  db!.close();
}
