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

export const SEARCH_ROWS = 15;
const MIN_MATCHES = 3;
/**
 * Column names of a per-school summary (教职工数, 专任教师人数, 合计, 占比 …): a sheet of counts
 * per school is not a schools table, or its pupils would be counted again.
 */
const SUMMARY_COLUMN = /(人数|教师数|教职工数|职工数|合计|小计|占比|比例|%)$/;
const SCHOOL_FACTS = ['students', 'quota'];

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

/** Whether a row of header texts is a table of counts per school rather than a list of schools. */
function isSummary(spec: TableSpec, texts: readonly string[], columns: ReadonlyMap<string, number>): boolean {
  return spec.kind === 'schools' && !SCHOOL_FACTS.some((k) => columns.has(k)) && texts.some((t) => t && SUMMARY_COLUMN.test(t) && !lookup(NAMES.get('schools')!, t));
}

/** The header among rows `from` … `to` (0-based, exclusive), or null. */
export function detectHeader(sheet: RawSheet, from = 0, to = SEARCH_ROWS): HeaderMatch | null {
  const last = Math.min(to, sheet.rows.length);
  for (let r = from; r < last; r++) {
    const w = width(sheet, r);
    const single = Array.from({ length: w }, (_, c) => [cellText(sheet, r, c)]);
    const double = Array.from({ length: w }, (_, c) => {
      const [top, bottom] = [shownText(sheet, r, c), shownText(sheet, r + 1, c)];
      return top === bottom ? [top] : [top + bottom, bottom, top];
    });
    let best: HeaderMatch | null = null;
    let bestScore = 0;
    for (const spec of TABLE_SPECS) {
      const names = NAMES.get(spec.kind)!;
      const one = matchColumns(single, names);
      const two = r + 1 < sheet.rows.length ? matchColumns(double, names) : one;
      // Two rows only when both contribute: a title row above a one-row header is not a header.
      const next = r + 1 < sheet.rows.length ? matchColumns(Array.from({ length: w }, (_, c) => [cellText(sheet, r + 1, c)]), names) : one;
      // (A title row above a one-row header matches nothing by itself, so it is passed over.)
      if (one.size === 0) continue;
      const [columns, headerRows] = two.size > one.size && two.size >= next.size ? [two, 2 as const] : [one, 1 as const];
      // Ties go to the kind whose required columns are all there (学段 belongs to several kinds).
      const required = spec.fields.filter((f) => f.required);
      const present = required.filter((f) => columns.has(f.key)).length;
      const score = columns.size * 100 + (present === required.length ? 50 : 0) + present;
      const texts = (headerRows === 2 ? double : single).flat();
      const identified = spec.identifying.some((k) => columns.has(k));
      if (columns.size >= MIN_MATCHES && identified && score > bestScore && !isSummary(spec, texts, columns)) {
        best = { spec, headerRow: r, headerRows, columns, ignored: [...new Set(texts.filter((t) => IGNORED.has(t)))] };
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return null;
}

const ALL_NAMES = new Set([...NAMES.values()].flatMap((m) => [...m.keys()]));

/**
 * What a sheet that matched nothing shows of itself, for the message: only texts that are known
 * column names (never a raw cell, which may be a person's name), and whether it is a summary.
 */
export function describeUnmatched(sheet: RawSheet): { known: string[]; summary: boolean; empty: boolean } {
  let known: string[] = [];
  let summary = false;
  const last = Math.min(SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r++) {
    const texts = Array.from(sheet.rows[r] ?? [], (_, c) => cellText(sheet, r, c));
    const names = [...new Set(texts.filter((t) => ALL_NAMES.has(t)))];
    if (names.length > known.length) {
      known = names;
      summary = texts.some((t) => t && SUMMARY_COLUMN.test(t) && !ALL_NAMES.has(t));
    }
  }
  const empty = !sheet.rows.some((row) => row?.some((c) => c?.value !== null && c?.value !== undefined && String(c.value).trim() !== ''));
  return { known, summary, empty };
}
