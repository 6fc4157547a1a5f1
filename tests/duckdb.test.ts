import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openTables } from '../scripts/query/duckdb.ts';
import { sampleBuild } from './helpers/sample-site.ts';

const installed = await import('@duckdb/duckdb-wasm/blocking').then(() => true, () => false);

/** bachelor_plus_share (src/lib/indicators/degree/bachelor_plus_share.ts) in SQL: 专任教师 whose 最高学历 is 研究生 or 本科. */
const BACHELOR_PLUS = `
  SELECT count(*) FILTER (WHERE education IN ('研究生', '本科')) AS numerator,
         count(*) AS denominator
  FROM roster
  WHERE year = 2024 AND post = '专任教师'`;

describe('DuckDB over the build\'s Arrow tables', { skip: installed ? false : 'DuckDB-Wasm (@duckdb/duckdb-wasm, a devDependency) is not installed' }, () => {
  it('computes the 2024 share of full-time teachers with a bachelor\'s degree or higher equal to the site\'s published figure', async () => {
    const { out, cache } = sampleBuild();
    const tables = join(cache, 'tables');
    const published = (await readFile(join(out, 'downloads', 'indicators.csv'), 'utf8')).split('\n').find((l) => l.startsWith('2024,bachelor_plus_share,total,'));
    assert.ok(published, 'indicators.csv has 2024 bachelor_plus_share');
    const [value, numerator, denominator] = published.split(',').slice(4, 7).map(Number) as [number, number, number];

    const db = await openTables(tables, BACHELOR_PLUS);
    assert.ok(db);
    try {
      assert.deepEqual(db.loaded, (await readdir(tables)).sort().map((y) => `roster_${y}`), 'only the roster is loaded, every year of it');
      const [row] = db.query(BACHELOR_PLUS);
      assert.deepEqual(row, { numerator, denominator });
      assert.equal(Math.round((1000 * numerator) / denominator) / 10, value);
    } finally {
      db.close();
    }
  });

  it('reads tables that hold hashed person keys and no names or ID numbers', async () => {
    const { cache } = sampleBuild();
    const db = await openTables(join(cache, 'tables'), 'roster training');
    assert.ok(db);
    try {
      const columns = db.query(`SELECT column_name FROM information_schema.columns WHERE table_name IN ('roster_2024', 'training_2024')`).map((r) => r['column_name']);
      assert.ok(columns.includes('person'));
      for (const secret of ['name', 'idcard', 'row']) assert.ok(!columns.includes(secret), `${secret} is not a column`);
      const [keys] = db.query(`SELECT count(*) AS n, count(*) FILTER (WHERE regexp_matches(person, '^[0-9a-f]{20}$')) AS hashed FROM roster`);
      assert.ok(keys && Number(keys['n']) > 40000 && keys['n'] === keys['hashed'], 'every roster person is a 20-hex-digit key');
    } finally {
      db.close();
    }
  });
});
