/** Problems found in the input, each located as file › sheet › cell, in Chinese then English. */

import type { IssueCode } from './codes.ts';

export type Severity = 'error' | 'warning';

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

export function formatIssue(issue: Issue): string {
  const tag = issue.severity === 'error' ? '错误 Error' : '警告 Warning';
  return `${tag} [${issue.code}]  ${where(issue)}\n    ${issue.zh}\n    ${issue.en}`;
}

/** What a list of problems shows, and the rest counted by code and column. */
export interface IssueList {
  readonly shown: readonly Issue[];
  /** what was not shown, one line per code and column (file › sheet › column), largest first */
  readonly rest: readonly { readonly code: IssueCode; readonly column: string; readonly count: number }[];
  readonly restCount: number;
}

/**
 * At most `perFile` problems of each file and `total` in all, errors before warnings within
 * a file (a table-wide error is never hidden behind a hundred per-cell warnings); everything
 * else is counted by code and column, so a clerk sees the size of what is left to fix.
 */
export function listIssues(issues: readonly Issue[], { perFile = 100, total = Infinity } = {}): IssueList {
  const ranked = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const perFileSeen = new Map<string, number>();
  const shown: Issue[] = [];
  const rest = new Map<string, { code: IssueCode; column: string; count: number }>();
  for (const issue of ranked) {
    const n = (perFileSeen.get(issue.file) ?? 0) + 1;
    perFileSeen.set(issue.file, n);
    if (n <= perFile && shown.length < total) {
      shown.push(issue);
      continue;
    }
    const column = where({ file: issue.file, ...(issue.sheet ? { sheet: issue.sheet } : {}), ...(issue.cell ? { cell: columnOf(issue.cell) } : {}) });
    const key = `${issue.code}\0${column}`;
    const line = rest.get(key) ?? { code: issue.code, column, count: 0 };
    line.count++;
    rest.set(key, line);
  }
  return { shown, rest: [...rest.values()].sort((a, b) => b.count - a.count), restCount: issues.length - shown.length };
}

/** `G17` → `G`, `A:A` → `A`, a range `A1:J3` as it is. */
const columnOf = (cell: string): string => /^([A-Z]+)(\d+|:\1)$/.exec(cell)?.[1] ?? cell;

/** The lines that close a shortened list: how many were not shown, by code and column (at most `lines` of them). */
export function restLines(list: IssueList, noun: { zh: string; en: string }, lines = 10): string[] {
  if (list.restCount === 0) return [];
  const n = list.restCount.toLocaleString('en');
  const out = [`  … 另有 ${n} 条${noun.zh}未列出，按代码和列： / ${n} more ${noun.en} not shown, by code and column:`];
  for (const r of list.rest.slice(0, lines)) out.push(`    ${r.count.toLocaleString('en').padStart(7)} × [${r.code}]  ${r.column}`);
  if (list.rest.length > lines) {
    const others = list.rest.slice(lines).reduce((sum, r) => sum + r.count, 0).toLocaleString('en');
    out.push(`    ${others.padStart(7)} × 其他 other (${list.rest.length - lines} 组 groups)`);
  }
  return out;
}

/** Quotes a found value for a message, so an empty cell or trailing space is visible. */
export const quote = (value: unknown): string => `“${String(value ?? '')}”`;
