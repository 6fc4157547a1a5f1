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

/** At most the first `limit` issues of each file, then one line counting the rest (DATA.md). */
export function capPerFile(issues: readonly Issue[], limit = 100): Issue[] {
  const seen = new Map<string, number>();
  const kept: Issue[] = [];
  for (const issue of issues) {
    const n = (seen.get(issue.file) ?? 0) + 1;
    seen.set(issue.file, n);
    if (n <= limit) kept.push(issue);
  }
  for (const [file, n] of seen) {
    if (n > limit) {
      const rest = n - limit;
      kept.push({ file, severity: 'warning', code: 'more', zh: `本文件另有 ${rest} 个问题未列出。`, en: `${rest} more problems in this file are not listed.` });
    }
  }
  return kept;
}

/** Quotes a found value for a message, so an empty cell or trailing space is visible. */
export const quote = (value: unknown): string => `“${String(value ?? '')}”`;
