/**
 * A year's records of one table kind as the columnar table the indicators read, from Arrow: text
 * that repeats (schools, stages, dates, titles) as an Arrow dictionary column (each value stored
 * once, a 32-bit key a row), numbers as typed Arrow columns, read by Arquero in place
 * (`fromArrow`). Text that hardly repeats (hashed person keys) stays a list of the strings already
 * made: Arquero would otherwise decode an Arrow string each time a join reads it.
 *
 * No object per record is made on the way (./rows.ts): a year's tables hold none, so ten years
 * of a province fit where ten years of objects would not.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnFromArray, dictionary, float64, int32, tableFromColumns, utf8, type Column } from '@uwdata/flechette';
import { columnKind, repeats } from './arrow.ts';
import type { Rows } from './rows.ts';
import type { FieldValue, RecordRow } from './sheet.ts';

/** `rows` as columns, every key any row has in the order first seen; a row without a key has null there. */
export function recordTable(rows: readonly RecordRow[]): ColumnTable {
  const keys: string[] = [];
  const seen = new Set<string>();
  let last: RecordRow | null = null;
  for (const r of rows) {
    // Rows mostly share one key list: only a row with another one is looked at key by key.
    if (last && sameKeys(last, r)) continue;
    for (const k in r) if (!seen.has(k)) seen.add(k), keys.push(k);
    last = r;
  }
  return columnTable(keys, (k) => rows.map((r) => r[k] ?? null));
}

/**
 * Sheets' rows as one table of the named columns, each sheet's rows after the last's; a column a
 * sheet lacks is null there. A year's only sheet gives each column it has not changed as the
 * Arrow column it arrived as: the same column this would make from its values.
 */
export function rowsTable(keys: readonly string[], parts: readonly Rows[]): ColumnTable {
  const length = parts.reduce((n, p) => n + p.length, 0);
  return columnTable(keys, (k) => {
    const whole = parts.length === 1 && length > 0 ? parts[0]!.arrow(k) : null;
    if (whole) return whole;
    const values = new Array<FieldValue>(length);
    let at = 0;
    for (const p of parts) {
      const column = p.column(k);
      for (let i = 0; i < p.length; i++) values[at++] = column[i] ?? null;
    }
    return values;
  });
}

/** The columns `keys`, each an Arrow column as it is or made from its values, typed as the indicators read them (above). */
function columnTable(keys: readonly string[], columnOf: (key: string) => FieldValue[] | Column<unknown>): ColumnTable {
  const arrow: [string, Column<unknown>][] = [];
  const plain: Record<string, unknown[]> = {};
  for (const k of keys) {
    const values = columnOf(k);
    if (!Array.isArray(values)) {
      arrow.push([k, values]);
      continue;
    }
    // An empty column has no Arrow batch for Arquero to read: kept as its (no) values.
    const kind = values.length === 0 ? 'mixed' : columnKind(values, () => false);
    if (kind === 'int') arrow.push([k, columnFromArray(values, int32())]);
    else if (kind === 'float') arrow.push([k, columnFromArray(values, float64())]);
    else if (kind === 'text' && repeats(values)) arrow.push([k, columnFromArray(values as (string | null)[], dictionary(utf8(), int32()))]);
    else plain[k] = values; // unique text, or text and numbers in one column: kept as the values themselves
  }
  // Arquero's type of an Arrow table predates flechette's nullable metadata; the table is flechette's own.
  const columns = arrow.length ? aq.fromArrow(tableFromColumns(arrow) as unknown as Parameters<typeof aq.fromArrow>[0]) : null;
  const table = columns ? (Object.keys(plain).length ? columns.assign(aq.table(plain)) : columns) : aq.table(plain);
  return keys.length ? table.select([...keys]) : aq.table({});
}

function sameKeys(a: RecordRow, b: RecordRow): boolean {
  let n = 0;
  for (const k in b) {
    if (!(k in a)) return false;
    n++;
  }
  return n === Object.keys(a).length;
}

/**
 * A table's rows as objects of the named columns it has (those it lacks are absent, as a key a
 * record lacks): for the few reviews that read a school's people one by one. Made when asked,
 * and garbage once read.
 */
export function rowObjects(table: ColumnTable | undefined, columns: readonly string[]): RecordRow[] {
  if (!table) return [];
  const have = columns.filter((c) => table.columnNames().includes(c));
  return (have.length ? table.select(have).objects() : Array.from({ length: table.numRows() }, () => ({}))) as RecordRow[];
}
