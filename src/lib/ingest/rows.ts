/**
 * A sheet's records on the main thread, as the columns they arrive in (arrow.ts), never as one
 * object per record: the cross-table checks read them by row index, and a year's tables are
 * made from them column by column (./table.ts). A province's roster is then a few dozen
 * arrays, not 300,000 objects built, checked and taken apart again.
 *
 * Columns are shared, never written: a step that changes values (linked people, joined columns,
 * resolved school names, rejected rows) makes new Rows with new columns for what it changed.
 */
import type { FieldValue, ParsedSheet } from './sheet.ts';

export class Rows {
  readonly length: number;
  readonly #columns: ReadonlyMap<string, ArrayLike<FieldValue>>;
  #nulls: FieldValue[] | null = null;

  /** `columns` in the order first seen; each as long as `length`, with `row` among them. */
  constructor(length: number, columns: ReadonlyMap<string, ArrayLike<FieldValue>>) {
    for (const [key, values] of columns) if (values.length !== length) throw new Error(`rows: column ${key} has ${values.length} values, not ${length}`);
    this.length = length;
    this.#columns = columns;
  }

  /** The keys of the records, in the order first seen. */
  get keys(): string[] {
    return [...this.#columns.keys()];
  }

  has(key: string): boolean {
    return this.#columns.has(key);
  }

  /** A column's values; a key the records lack reads as null throughout. */
  column(key: string): ArrayLike<FieldValue> {
    return this.#columns.get(key) ?? (this.#nulls ??= new Array<FieldValue>(this.length).fill(null));
  }

  /** Each record's 1-based spreadsheet row, for messages. */
  get row(): ArrayLike<number> {
    return this.column('row') as ArrayLike<number>;
  }

  /** These rows with the given columns replaced or, where new, added after the others. */
  with(columns: Readonly<Record<string, ArrayLike<FieldValue>>>): Rows {
    const out = new Map(this.#columns);
    for (const [key, values] of Object.entries(columns)) out.set(key, values);
    return new Rows(this.length, out);
  }

  /** The rows whose index `drop` does not mark. */
  without(drop: Uint8Array): Rows {
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) if (!drop[i]) kept.push(i);
    if (kept.length === this.length) return this;
    const out = new Map<string, ArrayLike<FieldValue>>();
    for (const [key, values] of this.#columns) out.set(key, kept.map((i) => values[i] as FieldValue));
    return new Rows(kept.length, out);
  }
}

/** A parsed sheet as the main thread holds it: its records as Rows. */
export type SheetRows = Omit<ParsedSheet, 'records'> & { readonly rows: Rows };
