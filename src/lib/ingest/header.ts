/**
 * Finds the header row of a sheet: the first row among the first 15 whose cells name at
 * least three columns of one table kind. A two-row header of merged cells ("学历" over
 * "最高学历") matches by either part.
 */
import { IGNORED_COLUMNS, TABLE_SPECS, type TableKind, type TableSpec } from './schema.ts';
import { normaliseKey } from './normalise.ts';
import { cellAddress } from './issues.ts';
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
/** Columns that make a sheet naming schools a schools table: without one, counts per school are a summary. */
const SCHOOL_FACTS = ['students', 'quota'];

/** normalised column name → field key and its rank (0 the header, then the aliases in order), per table kind */
const NAMES: ReadonlyMap<TableKind, ReadonlyMap<string, string>> = new Map(
  TABLE_SPECS.map((spec) => [
    spec.kind,
    new Map(spec.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])].map((n) => [normaliseKey(n), f.key] as const))),
  ]),
);
const RANKS: ReadonlyMap<string, number> = new Map(
  TABLE_SPECS.flatMap((spec) => spec.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])].map((n, i) => [`${spec.kind}\0${normaliseKey(n)}`, i] as const))),
);
const IGNORED = new Set(IGNORED_COLUMNS.map(normaliseKey));

/**
 * What shows a sheet to be a summary of counts rather than a table of records, as data: one
 * line per marker, named in the message. Texts are compared after normaliseKey (no spaces,
 * full-width folded: 计数项：教师编号 → 计数项:教师编号, "Row Labels" → RowLabels).
 *
 * - `label`: a cell an Excel or WPS pivot table writes of itself, anywhere from the top of the
 *   sheet down to its header. Such a sheet is never read, whatever kind its header names.
 * - `column`: a header cell beside 学校名称 that counts rather than describes: a sheet that would
 *   be read as schools, has no school facts (在校生数, 核定编制数) and has one of these columns
 *   is counts per school, and reading it would list every school twice.
 */
export interface SummaryMarker {
  readonly where: 'label' | 'column';
  /** a pattern, or the exact texts */
  readonly text: RegExp | ReadonlySet<string>;
  readonly zh: string;
  readonly en: string;
}

/** Values people are counted by (男, 女, 专任教师, 本科, 高级 …): as column names they head counts. */
const COUNTED_BY = new Set(
  TABLE_SPECS.find((s) => s.kind === 'roster')!.fields
    .flatMap((f) => (f.type === 'enum' ? [...f.values, ...Object.keys(f.vocabulary.words)] : []))
    .filter((v) => !/^\d+$/.test(v) && !['是', '否', '无', '其他'].includes(v))
    .map(normaliseKey),
);

export const SUMMARY_MARKERS: readonly SummaryMarker[] = [
  { where: 'label', text: /^(计数项|求和项|平均值项|最大值项|最小值项|乘积项|数值计数项|标准偏差项|总体标准偏差项|方差项|总体方差项):./, zh: '数据透视表的值字段', en: 'a pivot table\'s value field' },
  { where: 'label', text: /^(countof|sumof|averageof|maxof|minof|countnumbersof)./i, zh: '数据透视表的值字段', en: 'a pivot table\'s value field' },
  { where: 'label', text: /^(行标签|列标签|rowlabels|columnlabels)$/i, zh: '数据透视表的行、列标签', en: 'a pivot table\'s row or column labels' },
  { where: 'column', text: /^(总计|合计|小计|共计|总数|grandtotal|total)$/i, zh: '合计列', en: 'a column of totals' },
  { where: 'column', text: /(人数|教师数|教职工数|职工数|合计|小计|占比|比例|%)$/, zh: '统计人数或比例的列', en: 'a column of counts or shares' },
  { where: 'column', text: COUNTED_BY, zh: '按性别、岗位、学历等取值分列的人数', en: 'a column counting people of one sex, post, education and so on' },
];

/** A marker found, for the message: the marker, the text that matched and its cell. */
export interface SummaryFound {
  readonly marker: SummaryMarker;
  readonly text: string;
  readonly cell: string;
}

const markersOf = (where: SummaryMarker['where']) => SUMMARY_MARKERS.filter((m) => m.where === where);
const marks = (m: SummaryMarker, text: string) => (m.text instanceof RegExp ? m.text.test(text) : m.text.has(text));
const LABELS = markersOf('label');
const COLUMNS = markersOf('column');

/** The first pivot label among rows [0, to) of a sheet. */
function findLabel(sheet: RawSheet, to: number): SummaryFound | null {
  for (let r = 0; r < Math.min(to, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(sheet, r, c);
      const marker = text ? LABELS.find((m) => marks(m, text)) : undefined;
      if (marker) return { marker, text, cell: cellAddress(r, c) };
    }
  }
  return null;
}

/** The first counting column among header cells (per column, the texts it may be read as) that `known` does not name. */
function findColumn(parts: readonly (readonly string[])[], row: number, known: (text: string) => boolean): SummaryFound | null {
  for (let c = 0; c < parts.length; c++) {
    for (const text of parts[c]!) {
      const marker = text && !known(text) ? COLUMNS.find((m) => marks(m, text)) : undefined;
      if (marker) return { marker, text, cell: cellAddress(row, c) };
    }
  }
  return null;
}

/**
 * A header cell's field key and the name it matched by. A trailing unit in brackets is dropped
 * when the full text is unknown ("学时(小时)" → 学时); a header joined with `/` matches by either
 * part, each without its bracketed note ("任教单位名称/学校名称(填聘任关系官方单位)"); `own`
 * maps a bureau's own header (site.yaml `columns:`) to a name of the contract.
 */
function lookup(names: ReadonlyMap<string, string>, text: string, own?: ReadonlyMap<string, string>): { key: string; name: string } | undefined {
  const find = (t: string) => {
    const name = own?.get(t) ?? t;
    const key = names.get(name);
    return key ? { key, name } : undefined;
  };
  const direct = find(text) ?? find(text.replace(/\([^)]*\)$/, ''));
  if (direct) return direct;
  const parts = text.split('/');
  if (parts.length === 1) return find(text.replace(/\([^)]*\)/g, ''));
  for (const part of parts.reverse()) {
    const found = part ? find(part) ?? find(part.replace(/\([^)]*\)/g, '')) : undefined;
    if (found) return found;
  }
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

function matchColumns(parts: readonly (readonly string[])[], kind: TableKind, own?: ReadonlyMap<string, string>): Map<string, number> {
  const names = NAMES.get(kind)!;
  const columns = new Map<string, number>();
  const ranks = new Map<string, number>();
  parts.forEach((texts, c) => {
    for (const t of texts) {
      const found = t ? lookup(names, t, own) : undefined;
      if (!found) continue;
      // Of two columns naming one field, the one named by the more trusted name is read (教职工类别 before 岗位类别).
      const rank = RANKS.get(`${kind}\0${found.name}`) ?? 99;
      if (!columns.has(found.key) || rank < ranks.get(found.key)!) {
        columns.set(found.key, c);
        ranks.set(found.key, rank);
      }
      break;
    }
  });
  return columns;
}

/** Whether a header row of schools (per column, the texts it may be read as) is a table of counts per school rather than a list of schools. */
function isSchoolSummary(spec: TableSpec, parts: readonly (readonly string[])[], r: number, columns: ReadonlyMap<string, number>): boolean {
  const names = NAMES.get('schools')!;
  return spec.kind === 'schools' && !SCHOOL_FACTS.some((k) => columns.has(k)) && findColumn(parts, r, (t) => lookup(names, t) !== undefined) !== null;
}

/** Whether row r+1 belongs to a header starting at row r: some header cell is merged down over it, and every other filled cell of it is a column name. */
function mergedBelow(sheet: RawSheet, r: number, w: number, kind: TableKind, own?: ReadonlyMap<string, string>): boolean {
  const names = NAMES.get(kind)!;
  let merged = false;
  for (let c = 0; c < w; c++) {
    const down = sheet.merges.some((m) => m.s.r <= r && m.e.r >= r + 1 && c >= m.s.c && c <= m.e.c);
    if (down) { merged = true; continue; }
    const text = cellText(sheet, r + 1, c);
    if (text && !lookup(names, text, own) && !IGNORED.has(text)) return false;
  }
  return merged;
}

/** The header among rows `from` … `to` (0-based, exclusive), or null. `own` maps a bureau's headers to the contract's (site.yaml `columns:`). */
export function detectHeader(sheet: RawSheet, from = 0, to = SEARCH_ROWS, own?: ReadonlyMap<string, string>): HeaderMatch | null {
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
      const one = matchColumns(single, spec.kind, own);
      const hasNext = r + 1 < sheet.rows.length;
      const two = hasNext ? matchColumns(double, spec.kind, own) : one;
      // Two rows only when both contribute, or when the header's cells are merged down over the
      // second row (then that row is the header's, never data): a title row above a one-row header is not a header.
      const next = hasNext ? matchColumns(Array.from({ length: w }, (_, c) => [cellText(sheet, r + 1, c)]), spec.kind, own) : one;
      // (A title row above a one-row header matches nothing by itself, so it is passed over.)
      if (one.size === 0) continue;
      const twoRows = hasNext && ((two.size > one.size && two.size >= next.size) || (two.size >= one.size && mergedBelow(sheet, r, w, spec.kind, own)));
      const [columns, headerRows] = twoRows ? [two, 2 as const] : [one, 1 as const];
      // Ties go to the kind whose required columns are all there (学段 belongs to several kinds).
      const required = spec.fields.filter((f) => f.required);
      const present = required.filter((f) => columns.has(f.key)).length;
      const score = columns.size * 100 + (present === required.length ? 50 : 0) + present;
      const parts = headerRows === 2 ? double : single;
      const texts = parts.flat();
      const identified = spec.identifying.some((k) => columns.has(k)) && (!spec.describing || spec.describing.some((k) => columns.has(k)));
      if (columns.size >= MIN_MATCHES && identified && score > bestScore && !isSchoolSummary(spec, parts, r, columns) && !findLabel(sheet, r + headerRows)) {
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
 * column names (never a raw cell, which may be a person's name), and the marker that shows it
 * to be a summary (a pivot table's label anywhere in its first rows, or a counting column in
 * the row that names most known columns), if any.
 */
export function describeUnmatched(sheet: RawSheet): { known: string[]; summary: SummaryFound | null; empty: boolean } {
  let known: string[] = [];
  let summary: SummaryFound | null = findLabel(sheet, SEARCH_ROWS);
  let bestColumn: SummaryFound | null = null;
  const last = Math.min(SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r++) {
    const texts = Array.from(sheet.rows[r] ?? [], (_, c) => cellText(sheet, r, c));
    const names = [...new Set(texts.filter((t) => ALL_NAMES.has(t)))];
    if (names.length > known.length) {
      known = names;
      bestColumn = findColumn(texts.map((t) => [t]), r, (t) => ALL_NAMES.has(t));
    }
  }
  summary ??= bestColumn;
  const empty = !sheet.rows.some((row) => row?.some((c) => c?.value !== null && c?.value !== undefined && String(c.value).trim() !== ''));
  return { known, summary, empty };
}
