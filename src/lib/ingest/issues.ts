/** Problems found in the input, each located as file › sheet › cell, in Chinese then English. */

import type { IssueCode } from './codes.ts';

/** `info` tells what was read and how, and is never a problem: not counted as a warning, not published. */
export type Severity = 'error' | 'warning' | 'info';

export interface Location {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface Issue extends Location {
  readonly severity: Severity;
  /** Stable kind, e.g. `unknown-value`, listed with what to do in codes.ts and on the data guide. */
  readonly code: IssueCode;
  readonly zh: string;
  readonly en: string;
}

/** Column index (0-based) → spreadsheet letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** (row, col), both 0-based → `F17`. */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export function where(loc: Location): string {
  return [loc.file, loc.sheet, loc.cell].filter(Boolean).join(' › ');
}

const TAGS: Record<Severity, string> = { error: '错误 Error', warning: '警告 Warning', info: '提示 Info' };

export function formatIssue(issue: Issue): string {
  return `${TAGS[issue.severity]} [${issue.code}]  ${where(issue)}\n    ${issue.zh}\n    ${issue.en}`;
}

/**
 * Problems of one kind in one column of one sheet, told once: the same code and text in F3,
 * F4 … F131 is one entry with its rows, not 121 lines. A problem at a range (`A1:J2`), a whole
 * column (`A:A`) or no cell is grouped only with problems at the very same place.
 */
export interface IssueGroup extends Location {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** the text of the group's first problem: every problem of a group has it when grouped by text */
  readonly zh: string;
  readonly en: string;
  /** how many problems the group holds */
  readonly count: number;
  /** the rows (1-based) of single-cell problems as runs [first, last], in order; empty otherwise */
  readonly rows: readonly (readonly [number, number])[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `F17` → [`F`, 17]; a range, a whole column or anything else → null. */
export function singleCell(cell: string | undefined): readonly [string, number] | null {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  return m ? [m[1]!, Number(m[2])] : null;
}

/** Column letters in sheet order: B before AA. */
const byColumn = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups problems of one file, sheet, column, code and (unless `byText` is false) Chinese
 * text. Groups come errors first, then warnings, then info; within each by file, sheet,
 * column, code and first row. Nothing is dropped: the counts add up to `issues.length`.
 */
export function groupIssues(issues: readonly Issue[], { byText: sameText = true } = {}): IssueGroup[] {
  const groups = new Map<string, { first: Issue; column: string; cells: number[]; count: number; place: string | undefined }>();
  for (const issue of issues) {
    const single = singleCell(issue.cell);
    const place = single ? single[0] : issue.cell;
    const key = [issue.severity, issue.file, issue.sheet ?? '', single ? 'cell' : 'range', place ?? '', issue.code, sameText ? issue.zh : ''].join('\0');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { first: issue, column: single?.[0] ?? columnOfRange(issue.cell), cells: [], count: 0, place }));
    group.count++;
    if (single) group.cells.push(single[1]);
  }
  return [...groups.values()]
    .map(({ first, column, cells, count, place }) => {
      const rows = runs(cells);
      const cell = rows.length ? spanOf(column, rows) : place;
      return { group: { severity: first.severity, code: first.code, file: first.file, ...(first.sheet !== undefined ? { sheet: first.sheet } : {}), ...(cell ? { cell } : {}), zh: first.zh, en: first.en, count, rows }, column };
    })
    .sort((a, b) => RANK[a.group.severity] - RANK[b.group.severity] || byText(a.group.file, b.group.file) || byText(a.group.sheet ?? '', b.group.sheet ?? '')
      || byColumn(a.column, b.column) || byText(a.group.code, b.group.code) || (a.group.rows[0]?.[0] ?? 0) - (b.group.rows[0]?.[0] ?? 0) || byText(a.group.zh, b.group.zh))
    .map((x) => x.group);
}

/** The leading column letters of a range or column (`A1:J2`, `A:A` → `A`), or '' with no cell. */
const columnOfRange = (cell: string | undefined): string => /^[A-Z]+/.exec(cell ?? '')?.[0] ?? '';

/** Sorted distinct row numbers as runs: 3 4 5 9 → [3, 5] [9, 9]. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** `F3:F131` over the rows of a column, or the one cell `F3`. */
function spanOf(column: string, rows: readonly (readonly [number, number])[]): string {
  const first = rows[0]![0];
  const last = rows[rows.length - 1]![1];
  return first === last ? `${column}${first}` : `${column}${first}:${column}${last}`;
}

/** Runs of rows as text, at most `max` of them then `…`: `3–120、125、…` with `sep` = `、`. */
export function runsText(rows: readonly (readonly [number, number])[], sep: string, max = 20): string {
  const shown = rows.slice(0, max).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  return `${shown.join(sep)}${rows.length > max ? `${sep}…` : ''}`;
}

/** A group's rows, at most `max` runs then `…`: [`第 3–120、125 行，共 119 处`, `rows 3–120, 125: 119 cells`]. */
export function rowsText(group: Pick<IssueGroup, 'rows' | 'count'>, max = 20): [string, string] {
  const n = group.count.toLocaleString('en');
  if (group.rows.length === 0) return [`共 ${n} 处`, `${n} times`];
  return [`第 ${runsText(group.rows, '、', max)} 行，共 ${n} 处`, `rows ${runsText(group.rows, ', ', max)}: ${n} cells`];
}

/** A group as `formatIssue` shows one problem, with its rows and count under the head when it holds more than one. */
export function formatGroup(group: IssueGroup, maxRuns = 20): string {
  const head = `${TAGS[group.severity]} [${group.code}]  ${where(group)}`;
  if (group.count === 1) return `${head}\n    ${group.zh}\n    ${group.en}`;
  const [zh, en] = rowsText(group, maxRuns);
  return `${head}\n    ${zh} / ${en}\n    ${group.zh}\n    ${group.en}`;
}

/** Quotes a found value for a message, so an empty cell or trailing space is visible. */
export const quote = (value: unknown): string => `“${String(value ?? '')}”`;
