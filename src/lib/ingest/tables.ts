/**
 * The ingested tables as Arrow IPC files, one per year and table kind
 * (`<folder>/<year>/<kind>.arrow`), so an engine that reads Arrow, DuckDB say, can query what
 * the site was computed from without Yuanding: where one machine's JavaScript heap is not
 * enough for ten province years, SQL over these files still is (README, Scale).
 *
 * They hold what the parse cache already holds, and sit beside it (the build's cache folder,
 * outside dist/ and git-ignored): person keys are the salted hashes ingest made, and a column
 * the schema marks as an identifier or a name is refused here even if a record ever carried one.
 * The spreadsheet row number (`row`, for messages) is left out: it says nothing about people.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { columnFromArray, dateDay, float64, int32, tableFromColumns, tableToIPC, type Column } from '@uwdata/flechette';
import { columnKind, textColumn } from './arrow.ts';
import type { Dataset } from './index.ts';
import { tableSpec, type TableKind } from './schema.ts';
import type { ColumnTable } from 'arquero';
import type { FieldValue } from './sheet.ts';

/** The files written, for the build's log. */
export interface TablesWritten {
  readonly files: number;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Writes every year's tables under `folder`, replacing what an earlier build left there (a year
 * or kind no longer in the data must not be queried as if it were).
 */
export async function writeTables(dataset: Pick<Dataset, 'records'>, folder: string): Promise<TablesWritten> {
  await rm(folder, { recursive: true, force: true });
  let files = 0;
  let rows = 0;
  let bytes = 0;
  for (const [year, kinds] of dataset.records) {
    await mkdir(join(folder, String(year)), { recursive: true });
    for (const [kind, table] of Object.entries(kinds) as [TableKind, ColumnTable | undefined][]) {
      if (!table) continue;
      // The file format (not the stream): it ends with a footer that readers use to find the batches.
      const ipc = tableToIPC(tableFromColumns(columnsOf(kind, table)), { format: 'file' })!;
      await writeFile(join(folder, String(year), `${kind}.arrow`), ipc);
      files++;
      rows += table.numRows();
      bytes += ipc.length;
    }
  }
  return { files, rows, bytes };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One column per column of the table, typed by the schema and the values. */
function columnsOf(kind: TableKind, table: ColumnTable): [string, Column<unknown>][] {
  const fields = new Map(tableSpec(kind).fields.map((f) => [f.key, f.type]));
  return table.columnNames().filter((key) => key !== 'row').map((key) => {
    const type = fields.get(key);
    if (type === 'idcard' || type === 'secret') throw new Error(`tables: ${kind}.${key} is an identifier or a name and is never written`);
    const values = Array.from(table.array(key), (v) => (v ?? null) as FieldValue);
    return [key, column(values, type === 'date')];
  });
}

/**
 * Numbers and text typed as the parse cache types them (arrow.ts: int32 or float64, text
 * dictionary-encoded when it repeats, plain UTF-8 when it does not, as hashed person keys);
 * ISO dates of a date field as dates; a column holding text and numbers both as text.
 */
function column(values: readonly FieldValue[], isDate: boolean): Column<unknown> {
  const kind = columnKind(values, () => false);
  if (kind === 'int') return columnFromArray(values as (number | null)[], int32());
  if (kind === 'float') return columnFromArray(values as (number | null)[], float64());
  if (isDate && values.every((v) => v === null || (typeof v === 'string' && DATE.test(v)))) {
    return columnFromArray(values.map((v) => (v === null ? null : Date.parse(`${v as string}T00:00:00Z`))), dateDay());
  }
  return textColumn(values.map((v) => (v === null ? null : String(v))));
}
