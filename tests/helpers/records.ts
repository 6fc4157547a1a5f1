/** A dataset's columnar tables read back as row objects, for tests that look at what ingest kept. */
import type { Dataset } from '../../src/lib/ingest/index.ts';
import type { TableKind } from '../../src/lib/ingest/schema.ts';
import type { RecordRow } from '../../src/lib/ingest/sheet.ts';

/** The rows of one year's table of a kind, or undefined when the year has no such table. */
export function rowsOf(dataset: Pick<Dataset, 'records'>, year: number, kind: TableKind): RecordRow[] | undefined {
  return dataset.records.get(year)?.[kind]?.objects() as RecordRow[] | undefined;
}

/** Every table of every year as rows: year → kind → rows. */
export function allRows(dataset: Pick<Dataset, 'records'>): Record<number, Record<string, RecordRow[]>> {
  return Object.fromEntries([...dataset.records].map(([year, tables]) => [year, Object.fromEntries(Object.entries(tables).map(([kind, t]) => [kind, t.objects() as RecordRow[]]))]));
}

/** A dataset with its tables as rows, so two can be compared value by value (deepEqual). */
export function comparable<D extends Pick<Dataset, 'records'>>(dataset: D): Omit<D, 'records'> & { records: ReturnType<typeof allRows> } {
  return { ...dataset, records: allRows(dataset) };
}
