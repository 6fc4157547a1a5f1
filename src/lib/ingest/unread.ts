/**
 * Which columns of a sheet were read and which were not, for the clerk: a column named
 * "最高学历（全日制）" where the guide says 最高学历 is left out without a word otherwise.
 * Header texts are column names, never a person's data, so they may be shown; sensitive
 * columns are left out here (ignored-columns reports them) and empty header cells too.
 */
import type { HeaderMatch } from './header.ts';
import { columnLetters, type Issue } from './issues.ts';
import { normaliseKey } from './normalise.ts';
import type { RawSheet } from './workbook.ts';

/** The longest header text shown; a longer one is cut with `…`. */
const MAX_TEXT = 24;

/** The `unread-column` info of a sheet read with `header`, or null when every named column was read. */
export function unreadColumns(file: string, raw: RawSheet, header: HeaderMatch): Issue | null {
  const read = new Set(header.columns.values());
  const sensitive = new Set(header.ignored);
  const rows = Array.from({ length: header.headerRows }, (_, i) => header.headerRow + i);
  const width = Math.max(...rows.map((r) => raw.rows[r]?.length ?? 0));
  const taken: string[] = [];
  const left: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts = [...new Set(rows.map((r) => shownText(raw, r, c)).filter(Boolean))];
    if (parts.length === 0) continue;
    const label = `${columnLetters(c)} ${cut(parts.join('/'))}`;
    if (read.has(c)) taken.push(label);
    else if (![...parts, parts.join('')].some((p) => sensitive.has(normaliseKey(p)))) left.push(label);
  }
  if (left.length === 0) return null;
  return {
    file, sheet: raw.name, severity: 'info', code: 'unread-column',
    zh: `未读取 ${left.length} 列：${left.join('、')}；已读取 ${taken.length} 列：${taken.join('、')}。`,
    en: `${left.length} column(s) not read: ${left.join(', ')}; ${taken.length} read: ${taken.join(', ')}.`,
  };
}

/** The text at (r, c), trimmed (workbook.ts has filled merged ranges with their top-left value). */
function shownText(raw: RawSheet, r: number, c: number): string {
  const value = raw.rows[r]?.[c]?.value;
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
