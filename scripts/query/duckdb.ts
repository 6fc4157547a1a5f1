/**
 * DuckDB over the Arrow tables a build writes into its cache folder (`tables/<year>/<kind>.arrow`,
 * src/lib/ingest/tables.ts), read as they are. DuckDB-Wasm is used, in Node: the native DuckDB
 * reads Arrow IPC only through its `nanoarrow` extension, which it downloads at first use (no
 * internet here, nor on many bureau machines), while DuckDB-Wasm reads Arrow IPC streams itself
 * and ships every file it needs in its npm package.
 *
 * Each year's table is `<kind>_<year>`, and `<kind>` is a view of every year with a `year`
 * column. Only the kinds a query names are loaded: ten province years of training records are
 * gigabytes, and a query of the roster needs none of them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface TablesDb {
  /** the tables loaded, `<kind>_<year>` */
  readonly loaded: readonly string[];
  /** rows of a query's result as plain objects (counts as numbers where they fit) */
  query(sql: string): Record<string, unknown>[];
  close(): void;
}

/** null when DuckDB-Wasm is not installed (it is a devDependency: `npm install` brings it). */
export async function openTables(folder: string, sql: string): Promise<TablesDb | null> {
  const duckdb = await import('@duckdb/duckdb-wasm/blocking').catch(() => null);
  if (!duckdb) return null;
  const require = createRequire(import.meta.url);
  const file = (name: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
  const bundles = {
    mvp: { mainModule: file('duckdb-mvp.wasm'), mainWorker: file('duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: file('duckdb-eh.wasm'), mainWorker: file('duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const connection = db.connect();
  const loaded: string[] = [];
  const years = (await readdir(folder)).filter((d) => /^\d{4}$/.test(d)).sort();
  const kinds = new Set(years.length ? (await Promise.all(years.map((y) => readdir(join(folder, y))))).flat().map((f) => f.replace(/\.arrow$/, '')) : []);
  for (const kind of kinds) {
    if (!new RegExp(`\\b${kind}\\b`, 'i').test(sql)) continue;
    const of: string[] = [];
    for (const year of years) {
      const bytes = await readFile(join(folder, year, `${kind}.arrow`)).catch(() => null);
      if (!bytes) continue;
      connection.insertArrowFromIPCStream(streamOf(bytes), { name: `${kind}_${year}` });
      loaded.push(`${kind}_${year}`);
      of.push(`SELECT ${year} AS year, * FROM ${kind}_${year}`);
    }
    // BY NAME: a year whose workbook lacked a column still joins the view, with nulls there.
    connection.query(`CREATE VIEW ${kind} AS ${of.join(' UNION ALL BY NAME ')}`);
  }
  return {
    loaded,
    query: (text) => connection.query(text).toArray().map((row: { toJSON(): Record<string, unknown> }) =>
      Object.fromEntries(Object.entries(row.toJSON()).map(([k, v]) => [k, plain(v)]))),
    close: () => { connection.close(); db.reset(); },
  };
}

/**
 * A count (BIGINT) or a sum of whole numbers (HUGEINT, which Arrow carries as a 128-bit decimal
 * held in a Uint32Array) as a number where it is exact; anything else as it came.
 */
function plain(v: unknown): unknown {
  const n = typeof v === 'bigint' ? Number(v) : ArrayBuffer.isView(v) ? Number(String(v)) : null;
  return n !== null && Number.isSafeInteger(n) ? n : v;
}

const MAGIC = 'ARROW1';

/**
 * The IPC stream inside an IPC file. The file format is the stream format with `ARROW1` and two
 * bytes of padding before it and a footer after (Arrow columnar format, “IPC File Format”);
 * DuckDB-Wasm's insertArrowFromIPCStream reads the stream, so the file's own bytes are passed
 * from offset 8 up to the footer, decoded by nothing else.
 */
export function streamOf(file: Uint8Array): Uint8Array {
  const text = (at: number) => new TextDecoder().decode(file.subarray(at, at + MAGIC.length));
  if (file.length < 18 || text(0) !== MAGIC || text(file.length - MAGIC.length) !== MAGIC) throw new Error('not an Arrow IPC file');
  const footer = new DataView(file.buffer, file.byteOffset, file.byteLength).getInt32(file.length - MAGIC.length - 4, true);
  return file.subarray(8, file.length - MAGIC.length - 4 - footer);
}
