/**
 * The one module that imports SheetJS. It turns file bytes into plain sheets of cells (a common
 * .xlsx through the one-pass reader, ./xlsx-reader.ts, which reads the cells SheetJS would) and
 * guards against SheetJS's silent failure modes (measured on 0.20.3):
 * - it must read with `dense: true, raw: true`, or an 18-digit ID in CSV/HTML becomes a float;
 * - a sheet too large for a V8 string comes back empty with no error: a non-empty file with
 *   no cells is reported, never read as an empty table;
 * - cached formula errors (#REF!) are kept as errors here, not turned into blanks.
 */
import * as XLSX from 'xlsx';
import { checkContainer, type ContainerProblem } from './container.ts';
import { decodeText, sniffFormat, type FileFormat } from './sniff.ts';
import { readCommonXlsx } from './xlsx-reader.ts';

export type RawValue = string | number | boolean | null;

export interface RawCell {
  readonly value: RawValue;
  /** A cached formula error such as `#REF!`, when the cell holds one. */
  readonly error?: string;
  /** The text Excel shows, kept only for numbers that may be a year.month (`2012.10` is stored 2012.1). */
  readonly shown?: string;
}

export interface CellRange { readonly s: { r: number; c: number }; readonly e: { r: number; c: number } }

export interface RawSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** rows[r][c], 0-based; a missing cell is undefined. */
  readonly rows: readonly (readonly (RawCell | undefined)[])[];
  readonly merges: readonly CellRange[];
}

export interface RawWorkbook {
  readonly format: FileFormat;
  readonly encoding?: string;
  readonly date1904: boolean;
  readonly sheets: readonly RawSheet[];
}

export type ReadFailure =
  | { readonly kind: 'empty-file' }
  | { readonly kind: 'not-a-spreadsheet'; readonly format: FileFormat }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'no-cells' }
  | ContainerProblem;

export const SHEETJS_VERSION: string = XLSX.version;

/** SheetJS's number formats before any workbook adds its own (it starts each read from these). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = { ...XLSX.SSF.get_table() };
const shownOf = (format: string | undefined, value: number): string | undefined => format === undefined ? undefined : XLSX.SSF.format(format, value);

/** Which reader reads an .xlsx: the one-pass reader where it can (./xlsx-reader.ts), else SheetJS; tests compare the two. */
export type XlsxReader = 'common' | 'sheetjs';

const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.et']);

/** Reads a workbook, or says plainly why it cannot. `extension` is lower-case with the dot. */
export function readWorkbook(bytes: Uint8Array, extension: string, maxInflatedBytes = Infinity, reader: XlsxReader = 'common'): RawWorkbook | ReadFailure {
  if (bytes.length === 0) return { kind: 'empty-file' };
  const format = sniffFormat(bytes);
  const problem = checkContainer(bytes, format, maxInflatedBytes);
  if (problem) return problem;
  if (format === 'binary') return { kind: 'not-a-spreadsheet', format };
  // A renamed text file is not a workbook, even though SheetJS would accept it as CSV.
  if (format === 'text' && SPREADSHEET_EXTENSIONS.has(extension)) return { kind: 'not-a-spreadsheet', format };
  const common = format === 'zip' && reader === 'common' ? readCommonXlsx(bytes, BUILTIN_FORMATS, shownOf) : null;
  if (common) {
    for (const sheet of common.sheets) fillMerges(sheet.rows, sheet.merges);
    return withCells({ format, date1904: common.date1904, sheets: common.sheets });
  }
  // cellText: false: SheetJS does not format every cell (two fifths of its time); the few cells
  // whose shown text matters are formatted from their number format (cellNF) in toRawCell.
  const options: XLSX.ParsingOptions = { dense: true, raw: true, cellText: false, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false };
  let wb: XLSX.WorkBook;
  let encoding: string | undefined;
  try {
    if (format === 'text' || format === 'html' || format === 'xml') {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      wb = XLSX.read(decoded.text.replace(/^\uFEFF/, ''), { ...options, type: 'string' });
    } else {
      wb = XLSX.read(bytes, { ...options, type: 'buffer' });
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(message)) return { kind: 'encrypted' };
    if (e instanceof RangeError && /string length/i.test(message)) return { kind: 'too-large', entry: '', bytes: bytes.length };
    return { kind: 'unreadable', message };
  }
  const hiddenFlags = wb.Workbook?.Sheets ?? [];
  const sheets = wb.SheetNames.map((name, i): RawSheet => {
    const ws = wb.Sheets[name]!;
    const dense = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const rows = dense.map((row) => (row ?? []).map(toRawCell));
    const merges = ws['!merges'] ?? [];
    fillMerges(rows, merges);
    return { name, hidden: (hiddenFlags[i]?.Hidden ?? 0) !== 0, rows, merges };
  });
  return withCells({ format, ...(encoding ? { encoding } : {}), date1904: Boolean(wb.Workbook?.WBProps?.date1904), sheets });
}

/** A non-empty file with no cells is reported, never read as an empty table. */
const withCells = (wb: RawWorkbook): RawWorkbook | ReadFailure =>
  wb.sheets.some((s) => s.rows.some((r) => r.some((c) => c !== undefined && c.value !== null))) ? wb : { kind: 'no-cells' };

/**
 * A merged range shows its top-left value in every cell it covers, so that is what each cell
 * reads as: a school name merged down five rows belongs to all five, never to the first alone.
 */
function fillMerges(rows: (RawCell | undefined)[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    const value = rows[m.s.r]?.[m.s.c];
    if (!value) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) row[c] = value;
    }
  }
}

function toRawCell(cell: XLSX.CellObject | undefined): RawCell | undefined {
  if (!cell) return undefined;
  if (cell.t === 'e') return { value: null, error: cell.w ?? EXCEL_ERRORS[cell.v as number] ?? '#ERROR' };
  if (cell.t === 'z' || cell.v === undefined) return undefined;
  if (cell.v instanceof Date) return { value: cell.v.toISOString().slice(0, 10) };
  if (typeof cell.v === 'number' && cell.v >= 1900 && cell.v < 2101 && !Number.isInteger(cell.v)) {
    const shown = cell.w ?? (cell.z !== undefined ? XLSX.SSF.format(cell.z, cell.v) : undefined);
    if (shown !== undefined) return { value: cell.v, shown };
  }
  return { value: cell.v as RawValue };
}

/** Excel's error codes, for formats where SheetJS gives the code without its text. */
const EXCEL_ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

export const isReadFailure = (r: RawWorkbook | ReadFailure): r is ReadFailure => 'kind' in r;

/**
 * A workbook of another format (.xls, .csv, .ods, .et, or an .xlsx ExcelJS cannot open) as
 * .xlsx bytes with the cells and sheet names the ingest read, for the annotated copies
 * (annotate.ts). Text is decoded as readWorkbook decodes it, and read raw, so an 18-digit ID in
 * a CSV stays text. Throws when SheetJS cannot read the file.
 */
export function convertToXlsx(bytes: Uint8Array): Uint8Array {
  const format = sniffFormat(bytes);
  const options: XLSX.ParsingOptions = { dense: true, raw: true, cellNF: true, cellDates: false, cellStyles: true };
  const wb = format === 'text' || format === 'html' || format === 'xml'
    ? XLSX.read(decodeText(bytes).text.replace(/^\uFEFF/, ''), { ...options, type: 'string' })
    : XLSX.read(bytes, { ...options, type: 'buffer' });
  // SheetJS 0.20.3 cannot write a dense sheet with a hole for an empty row.
  for (const name of wb.SheetNames) {
    const data = wb.Sheets[name]?.['!data'];
    if (data) for (let r = 0; r < data.length; r++) data[r] ??= [];
  }
  return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }));
}
