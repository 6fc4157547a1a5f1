/**
 * A parsed sheet's long lists as Arrow IPC bytes (Apache Arrow's columnar format, written and
 * read by @uwdata/flechette): what a worker sends to the main thread, moved rather than copied,
 * and what the parse cache stores. Text that repeats is dictionary-encoded (a school's name is
 * stored once, not once a row), numbers are typed columns, and a cached workbook reads back
 * without parsing text.
 *
 * Records come back exactly as parsed: the same keys in the same order (a record may have a key
 * others lack, 教学点 say: each row then names its key list in a `#shape` column), the same
 * values and types (a column holding both text and numbers is stored as tagged text).
 */
import { batchType, Column, columnFromArray, dictionary, float64, int32, tableFromColumns, tableFromIPC, tableToIPC, Type, utf8 } from '@uwdata/flechette';
import type { ParsedFile } from './file.ts';
import { Rows, tableReady, type ColumnSource, type SheetRows } from './rows.ts';
import type { FieldValue, ParsedSheet, RecordRow } from './sheet.ts';

/** The lists of a sheet that grow with its rows. */
export const LONG = ['records', 'digests', 'secrets', 'linked', 'rejectedPeople'] as const;
type Long = (typeof LONG)[number];

/** A sheet with its long lists as Arrow IPC bytes, one stream each. */
export type PackedSheet = Omit<ParsedSheet, Long> & {
  /** how many records `packed.records` holds, known without decoding it */
  readonly kept: number;
  readonly packed: { readonly [K in Long]?: Uint8Array };
};
export interface PackedFile extends Omit<ParsedFile, 'sheets'> {
  readonly sheets: readonly PackedSheet[];
}

const SHAPE = '#shape';
/** The prefix of a column holding text and numbers both, each value tagged with its type. */
const MIXED = '~';
const KEYS = '\u001f';

export function packFile(parsed: ParsedFile): PackedFile {
  return { ...parsed, sheets: parsed.sheets.map(packSheet) };
}

/** The buffers of a packed file's streams, each once: moved, not copied, by postMessage. */
export function transferables(packed: PackedFile): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of packed.sheets) for (const bytes of Object.values(s.packed)) if (bytes?.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}

export function unpackFile(packed: PackedFile): ParsedFile {
  return { ...packed, sheets: packed.sheets.map((s) => unpackSheet(s, recordsFromIPC)) };
}

/** A packed file as the main thread reads it: each sheet's records as Rows (./rows.ts), not objects. */
export interface RowsFile extends Omit<ParsedFile, 'sheets'> {
  readonly sheets: readonly SheetRows[];
}

export function unpackRows(packed: PackedFile): RowsFile {
  return { ...packed, sheets: packed.sheets.map((s) => {
    const { records, ...rest } = unpackSheet(s, rowsFromIPC);
    return { ...rest, rows: records };
  }) };
}

function packSheet(sheet: ParsedSheet): PackedSheet {
  const { records, digests, secrets, linked, rejectedPeople, ...rest } = sheet;
  return { ...rest, kept: records.length, packed: {
    records: recordsToIPC(records),
    digests: stringsToIPC({ digest: digests }),
    secrets: stringsToIPC({ secret: secrets }),
    ...(linked ? { linked: stringsToIPC({ idcard: linked.map((p) => p[0]), person: linked.map((p) => p[1]) }) } : {}),
    ...(rejectedPeople ? { rejectedPeople: stringsToIPC({ person: rejectedPeople }) } : {}),
  } };
}

function unpackSheet<R extends { readonly length: number }>(sheet: PackedSheet, records: (bytes: Uint8Array) => R): Omit<ParsedSheet, 'records'> & { records: R } {
  const { packed, kept, ...rest } = sheet;
  const need = (k: Long) => {
    const bytes = packed[k];
    if (!bytes) throw new Error(`packed sheet lacks ${k}`);
    return bytes;
  };
  const linked = packed.linked && stringsFromIPC(packed.linked);
  const out = { ...rest, records: records(need('records')), digests: stringsFromIPC(need('digests'))['digest']!, secrets: stringsFromIPC(need('secrets'))['secret']!,
    ...(linked ? { linked: linked['idcard']!.map((id, i) => [id, linked['person']![i]!] as const) } : {}),
    ...(packed.rejectedPeople ? { rejectedPeople: stringsFromIPC(packed.rejectedPeople)['person']! } : {}) };
  if (out.records.length !== kept) throw new Error(`packed sheet holds ${out.records.length} records, not ${kept}`);
  return out;
}

/** Equal-length lists of strings (digests, secrets …) as one table of plain UTF-8 columns. */
function stringsToIPC(columns: Readonly<Record<string, readonly string[]>>): Uint8Array {
  return tableToIPC(tableFromColumns(Object.fromEntries(Object.entries(columns).map(([k, list]) => [k, textColumn(list)]))), { format: 'stream' })!;
}

function stringsFromIPC(bytes: Uint8Array): Record<string, string[]> {
  const table = tableFromIPC(bytes);
  return Object.fromEntries(table.names.map((n) => {
    const list = texts(table.getChild(n)) as ArrayLike<string>;
    return [n, Array.isArray(list) ? list : Array.from(list)];
  }));
}

const decoder = new TextDecoder();

/**
 * A plain UTF-8 column's values. Hashed keys and digests are ASCII: a batch's bytes are then
 * decoded at once and cut at the offsets, not decoded a value at a time (a native call each).
 */
function texts(column: Column<unknown>): ArrayLike<unknown> {
  if (column.type.typeId !== Type.Utf8) return column.toArray();
  const out = new Array<string | null>(column.length);
  let at = 0;
  for (const batch of column.data) {
    const { values, offsets, length } = batch;
    if (!(values instanceof Uint8Array) || !(offsets instanceof Int32Array)) return column.toArray();
    const start = offsets[0]!;
    const whole = decoder.decode(values.subarray(start, offsets[length]));
    if (whole.length !== offsets[length]! - start) return column.toArray(); // not ASCII: characters and bytes differ
    for (let i = 0; i < length; i++) out[at + i] = batch.nullCount && !batch.isValid(i) ? null : whole.slice(offsets[i]! - start, offsets[i + 1]! - start);
    at += length;
  }
  return out;
}

export function recordsToIPC(records: readonly RecordRow[]): Uint8Array {
  // Every key, in the order first seen, with its values; each record's own key list (its shape).
  const values = new Map<string, FieldValue[]>();
  const shapes = new Map<string, number>();
  const shapeOf = new Int32Array(records.length);
  let last: { keys: string[]; id: number; columns: FieldValue[][] } | null = null;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const own = Object.keys(record);
    // Records of a sheet mostly share one key list: compared with the last one before it is looked up.
    if (!last || own.length !== last.keys.length || own.some((k, j) => k !== last!.keys[j])) {
      const shape = own.join(KEYS);
      let id = shapes.get(shape);
      if (id === undefined) shapes.set(shape, (id = shapes.size));
      for (const k of own) if (!values.has(k)) values.set(k, new Array<FieldValue>(records.length).fill(null));
      last = { keys: own, id, columns: own.map((k) => values.get(k)!) };
    }
    shapeOf[i] = last.id;
    for (let j = 0; j < own.length; j++) last.columns[j]![i] = record[own[j]!] as FieldValue;
  }
  const columns: [string, Column<unknown>][] = []; // entries, not an object: a key may be any name
  for (const [k, list] of values) {
    if (k.startsWith(MIXED) || k === SHAPE) throw new Error(`a record key the cache cannot store: ${k}`);
    const present = (i: number) => k in records[i]!;
    const kind = columnKind(list, present);
    if (kind === 'mixed') columns.push([MIXED + k, textColumn(list.map((v, i) => (present(i) ? tag(v) : null)))]);
    else columns.push([k, kind === 'int' ? columnFromArray(list, int32()) : kind === 'float' ? columnFromArray(list, float64()) : textColumn(list as (string | null)[])]);
  }
  if (shapes.size > 1) {
    const names = [...shapes.keys()];
    columns.push([SHAPE, textColumn(Array.from(shapeOf, (s) => names[s]!))]);
  }
  return tableToIPC(tableFromColumns(columns), { format: 'stream' })!;
}

const encoder = new TextEncoder();

/**
 * Text as a column: stored once per value when values repeat (schools, stages, dates: fewer
 * distinct values than half the rows), else as plain UTF-8, encoded at once when it is ASCII
 * (hashed keys and digests: flechette would encode them a value at a time, a native call each).
 */
export function textColumn(list: readonly (string | null)[]): Column<unknown> {
  if (repeats(list)) return columnFromArray(list as (string | null)[], dictionary(utf8(), int32()));
  const offsets = new Int32Array(list.length + 1);
  const parts: string[] = [];
  let nulls = 0;
  for (let i = 0, at = 0; i < list.length; i++) {
    const v = list[i];
    if (v === null || v === undefined) nulls++;
    else parts.push(v), (at += v.length);
    offsets[i + 1] = at;
  }
  const joined = parts.join('');
  const bytes = encoder.encode(joined);
  if (bytes.length !== joined.length) return columnFromArray(list as (string | null)[], utf8()); // not ASCII: characters and bytes differ
  const validity = new Uint8Array(nulls ? (list.length >> 3) + 1 : 0);
  if (nulls) for (let i = 0; i < list.length; i++) if (list[i] !== null && list[i] !== undefined) validity[i >> 3]! |= 1 << (i & 7);
  const Utf8 = batchType(utf8());
  return new Column([new Utf8({ length: list.length, nullCount: nulls, type: utf8(), validity, values: bytes, offsets })]);
}

/** The columns of a records stream, each decoded when first read, and each record's own key list where records differ in keys. */
function columnsFromIPC(bytes: Uint8Array): { length: number; sources: Map<string, ColumnSource>; shapeColumn: ArrayLike<string> | null } {
  const table = tableFromIPC(bytes);
  const sources = new Map<string, ColumnSource>();
  let shapeColumn: ArrayLike<string> | null = null;
  for (const name of table.names) {
    const column = table.getChild(name);
    const { length } = column;
    if (name === SHAPE) shapeColumn = texts(column) as ArrayLike<string>;
    else if (name.startsWith(MIXED)) sources.set(name.slice(MIXED.length), { length, values: () => Array.from(texts(column), (v) => (v === null ? null : untag(v as string))) as FieldValue[] });
    else sources.set(name, { length, values: () => texts(column) as ArrayLike<FieldValue>, ...(tableReady(column) ? { arrow: column } : {}) });
  }
  return { length: table.numRows, sources, shapeColumn };
}

/** A records stream as Rows (./rows.ts): its Arrow columns, read as values only where asked; a key a record lacks reads as null. */
export function rowsFromIPC(bytes: Uint8Array): Rows {
  const { length, sources } = columnsFromIPC(bytes);
  return new Rows(length, sources);
}

export function recordsFromIPC(bytes: Uint8Array): RecordRow[] {
  const { length, sources, shapeColumn } = columnsFromIPC(bytes);
  const values = new Map([...sources].map(([name, source]) => [name, source.values()]));
  // One maker per shape, with that shape's columns.
  const makers = new Map<string, (i: number) => RecordRow>();
  const maker = (shape: string) => {
    let make = makers.get(shape);
    if (!make) {
      const keys = shape === '' ? [] : shape.split(KEYS);
      const columns = keys.map((k) => values.get(k)!);
      makers.set(shape, (make = recordMaker(keys, columns)));
    }
    return make;
  };
  const single = shapeColumn ? null : maker([...values.keys()].join(KEYS));
  const out: RecordRow[] = new Array(length);
  for (let i = 0; i < out.length; i++) out[i] = (single ?? maker(shapeColumn![i]!))(i);
  return out;
}

/**
 * Row i of the columns as an object with `keys` in their order. Made as an object literal (as
 * d3-dsv and Arquero make theirs): its properties are laid out at once, where properties added
 * one by one grow each record's storage several times over, and the garbage with it.
 */
function recordMaker(keys: readonly string[], columns: readonly ArrayLike<unknown>[]): (i: number) => RecordRow {
  if (keys.includes('__proto__')) {
    return (i) => {
      const record: Record<string, unknown> = {};
      for (let j = 0; j < keys.length; j++) Object.defineProperty(record, keys[j]!, { value: columns[j]![i], enumerable: true, writable: true, configurable: true });
      return record as RecordRow;
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- property names are quoted by JSON.stringify
  const literal = new Function('c', 'i', `return { ${keys.map((k, j) => `${JSON.stringify(k)}: c[${j}][i]`).join(', ')} };`) as (c: readonly ArrayLike<unknown>[], i: number) => RecordRow;
  return (i) => literal(columns, i);
}

/** Whether a column's values repeat enough for a dictionary to pay: fewer distinct values than half its rows. */
export function repeats(values: readonly unknown[]): boolean {
  const seen = new Set<unknown>();
  for (const v of values) if (seen.add(v).size > values.length / 2) return false;
  return true;
}

type ColumnKind = 'text' | 'int' | 'float' | 'mixed';

export function columnKind(values: readonly unknown[], present: (i: number) => boolean): ColumnKind {
  let text = false, number = false, float = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === 'string') text = true;
    else if (typeof v === 'number') {
      number = true;
      if (!(Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) || Object.is(v, -0)) float = true;
    } else if (v !== undefined || present(i)) return 'mixed'; // undefined, booleans …: kept as tagged text
  }
  if (text && number) return 'mixed';
  return text ? 'text' : !number ? 'text' : float ? 'float' : 'int';
}

const tag = (v: unknown): string | null => {
  switch (typeof v) {
    case 'string': return `s${v}`;
    case 'number': return `n${Object.is(v, -0) ? '-0' : String(v)}`;
    case 'boolean': return `b${v}`;
    case 'undefined': return 'u';
    default:
      if (v === null) return null;
      throw new Error(`a record value the cache cannot store: ${typeof v}`);
  }
};

const untag = (t: string): unknown => {
  const body = t.slice(1);
  switch (t[0]) {
    case 's': return body;
    case 'n': return Number(body);
    case 'b': return body === 'true';
    case 'u': return undefined;
    default: throw new Error(`not a tagged value: ${t}`);
  }
};
