/**
 * A sheet's records on the main thread, as the Arrow columns they arrive in (arrow.ts), never
 * as one object per record. The cross-table checks read the few columns they need by row index
 * (each decoded once, when first read); every other column goes into the year's table as the
 * Arrow column it arrived as (./table.ts), neither decoded nor encoded again. A province's
 * roster is then a few dozen columns, not 300,000 objects built, checked and taken apart.
 *
 * Columns are shared, never written: a step that changes values (linked people, joined columns,
 * resolved school names, rejected rows) makes new Rows with new columns for what it changed.
 */
import { Type, type Column } from '@uwdata/flechette';
import type { FieldValue, ParsedSheet } from './sheet.ts';

/** A column as it arrived: its Arrow form where the table can use it as it is, and how to read its values. */
export interface ColumnSource {
  readonly length: number;
  /** a dictionary, 32-bit integer or 64-bit float column, as a year's table would make it from these values */
  readonly arrow?: Column<unknown>;
  readonly values: () => ArrayLike<FieldValue>;
}

/** Whether a table may take an Arrow column as it is (./table.ts makes these three kinds from values). */
export const tableReady = (column: Column<unknown>): boolean => {
  const { typeId } = column.type;
  return typeId === Type.Dictionary || typeId === Type.Int || typeId === Type.Float;
};

export class Rows {
  readonly length: number;
  readonly #sources: ReadonlyMap<string, ColumnSource>;
  readonly #read = new Map<string, ArrayLike<FieldValue>>();
  #nulls: FieldValue[] | null = null;

  /** `sources` in the order first seen; each as long as `length`, with `row` among them. */
  constructor(length: number, sources: ReadonlyMap<string, ColumnSource>) {
    for (const [key, source] of sources) if (source.length !== length) throw new Error(`rows: column ${key} has ${source.length} values, not ${length}`);
    this.length = length;
    this.#sources = sources;
  }

  /** Rows of plain values. */
  static of(length: number, columns: ReadonlyMap<string, ArrayLike<FieldValue>>): Rows {
    return new Rows(length, new Map([...columns].map(([key, values]) => [key, plain(values)])));
  }

  /** The keys of the records, in the order first seen. */
  get keys(): string[] {
    return [...this.#sources.keys()];
  }

  has(key: string): boolean {
    return this.#sources.has(key);
  }

  /** A column's values; a key the records lack reads as null throughout. */
  column(key: string): ArrayLike<FieldValue> {
    let values = this.#read.get(key);
    if (values) return values;
    const source = this.#sources.get(key);
    if (!source) return (this.#nulls ??= new Array<FieldValue>(this.length).fill(null));
    this.#read.set(key, (values = source.values()));
    return values;
  }

  /** The column as the Arrow column it arrived as, where a table can take it as it is; else null. */
  arrow(key: string): Column<unknown> | null {
    return this.#sources.get(key)?.arrow ?? null;
  }

  /** Each record's 1-based spreadsheet row, for messages. */
  get row(): ArrayLike<number> {
    return this.column('row') as ArrayLike<number>;
  }

  /** These rows with the given columns replaced or, where new, added after the others. */
  with(columns: Readonly<Record<string, ArrayLike<FieldValue>>>): Rows {
    const out = new Map(this.#sources);
    for (const [key, values] of Object.entries(columns)) out.set(key, plain(values));
    const next = new Rows(this.length, out);
    for (const [key, values] of this.#read) if (!(key in columns)) next.#read.set(key, values); // read once, not again
    return next;
  }

  /** The rows whose index `drop` does not mark. */
  without(drop: Uint8Array): Rows {
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) if (!drop[i]) kept.push(i);
    if (kept.length === this.length) return this;
    const out = new Map<string, ArrayLike<FieldValue>>();
    for (const key of this.#sources.keys()) {
      const values = this.column(key);
      out.set(key, kept.map((i) => values[i] as FieldValue));
    }
    return Rows.of(kept.length, out);
  }
}

const plain = (values: ArrayLike<FieldValue>): ColumnSource => ({ length: values.length, values: () => values });

/** A parsed sheet as the main thread holds it: its records as Rows. */
export type SheetRows = Omit<ParsedSheet, 'records'> & { readonly rows: Rows };
