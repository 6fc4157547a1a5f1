/**
 * Finds the header row of a sheet: the first row among the first 15 whose cells name at
 * least three columns of one table kind. A two-row header of merged cells ("学历" over
 * "最高学历") matches by either part.
 */
import { IGNORED_COLUMNS, TABLE_SPECS, type TableKind, type TableSpec } from './schema.ts';
import { normaliseKey } from './normalise.ts';
import type { RawSheet } from './workbook.ts';

export interface HeaderMatch {
  readonly spec: TableSpec;
  /** 0-based index of the (first) header row. */
  readonly headerRow: number;
  readonly headerRows: 1 | 2;
  /** field key → 0-based column index */
  readonly columns: ReadonlyMap<string, number>;
  /** sensitive columns present and deliberately not read */
  readonly ignored: readonly string[];
}

const SEARCH_ROWS = 15;
const MIN_MATCHES = 3;

/** normalised column name → field key, per table kind */
const NAMES: ReadonlyMap<TableKind, ReadonlyMap<string, string>> = new Map(
  TABLE_SPECS.map((spec) => [
    spec.kind,
    new Map(spec.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])].map((n) => [normaliseKey(n), f.key] as const))),
  ]),
);
const IGNORED = new Set(IGNORED_COLUMNS.map(normaliseKey));

/** A header cell's name; a trailing unit in brackets is dropped when the full text is unknown ("学时(小时)" → 学时). */
function lookup(names: ReadonlyMap<string, string>, text: string): string | undefined {
  const direct = names.get(text) ?? names.get(text.replace(/\([^)]*\)$/, ''));
  if (direct) return direct;
  // A joined header such as "学历/最高学历" matches by either part.
  for (const part of text.split('/').reverse()) if (part && part !== text && names.get(part)) return names.get(part);
  return undefined;
}

function cellText(sheet: RawSheet, r: number, c: number): string {
  const v = sheet.rows[r]?.[c]?.value;
  return v === null || v === undefined ? '' : normaliseKey(v);
}

/** The text shown at (r, c): a merged range shows its top-left value in every cell it covers. */
function shownText(sheet: RawSheet, r: number, c: number): string {
  const m = sheet.merges.find((m) => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c);
  return m ? cellText(sheet, m.s.r, m.s.c) : cellText(sheet, r, c);
}

function width(sheet: RawSheet, r: number): number {
  return Math.max(sheet.rows[r]?.length ?? 0, sheet.rows[r + 1]?.length ?? 0);
}

function matchColumns(parts: readonly (readonly string[])[], names: ReadonlyMap<string, string>): Map<string, number> {
  const columns = new Map<string, number>();
  parts.forEach((texts, c) => {
    for (const t of texts) {
      const key = t ? lookup(names, t) : undefined;
      if (key && !columns.has(key)) { columns.set(key, c); break; }
    }
  });
  return columns;
}

export function detectHeader(sheet: RawSheet): HeaderMatch | null {
  const last = Math.min(SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r++) {
    const w = width(sheet, r);
    const single = Array.from({ length: w }, (_, c) => [cellText(sheet, r, c)]);
    const double = Array.from({ length: w }, (_, c) => [shownText(sheet, r, c), shownText(sheet, r + 1, c)]);
    let best: HeaderMatch | null = null;
    let bestScore = 0;
    for (const spec of TABLE_SPECS) {
      const names = NAMES.get(spec.kind)!;
      const one = matchColumns(single, names);
      const two = r + 1 < sheet.rows.length ? matchColumns(double, names) : one;
      // Two rows only when both contribute: a title row above a one-row header is not a header.
      const next = r + 1 < sheet.rows.length ? matchColumns(Array.from({ length: w }, (_, c) => [cellText(sheet, r + 1, c)]), names) : one;
      const [columns, headerRows] = two.size > one.size && two.size > next.size ? [two, 2 as const] : [one, 1 as const];
      // Ties go to the kind whose required columns are all there (学段 belongs to several kinds).
      const required = spec.fields.filter((f) => f.required);
      const present = required.filter((f) => columns.has(f.key)).length;
      const score = columns.size * 100 + (present === required.length ? 50 : 0) + present;
      if (columns.size >= MIN_MATCHES && score > bestScore) {
        const texts = (headerRows === 2 ? double : single).flat();
        best = { spec, headerRow: r, headerRows, columns, ignored: [...new Set(texts.filter((t) => IGNORED.has(t)))] };
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return null;
}

/** The texts of the first non-empty row, to show the clerk what a sheet that matched nothing looks like. */
export function firstRowTexts(sheet: RawSheet): string[] {
  const row = sheet.rows.find((r) => r?.some((c) => c?.value !== null && c?.value !== undefined && String(c.value).trim() !== ''));
  return (row ?? []).map((c) => (c?.value === null || c?.value === undefined ? '' : String(c.value).trim())).filter(Boolean);
}
