/**
 * Value normalisation as a data clerk expects it: full-width → half-width, stray spaces and
 * line breaks removed, numbers stored as text, and every date form Excel and WPS produce.
 */
import type { IsoDate } from '../domain.ts';

/** NFKC folds full-width digits, letters and brackets to half-width (１２３ → 123, （ → (). */
export function normaliseText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // Printable ASCII without spaces, apostrophes or a formula: already normal (most IDs, dates, codes).
  if (typeof value === 'string' && PLAIN.test(value)) return value;
  const text = String(value).normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, ' ').trim();
  // Excel's ways of keeping "0001" as text survive in exports: a leading apostrophe, or ="0001" in CSV.
  const formula = /^="(.*)"$/.exec(text);
  if (formula) return formula[1]!.trim();
  return text.startsWith("'") ? text.slice(1).trim() : text;
}

const PLAIN = /^[\x21-\x26\x28-\x3c\x3e-\x7e]*$/;

/** Header cells and vocabulary values compare without any whitespace and without a required-field star. */
export function normaliseKey(value: unknown): string {
  return keyOf(normaliseText(value));
}

/** normaliseKey of a text already through normaliseText. */
export const keyOf = (text: string): string => text.replace(/\s+/g, '').replace(/^[*✱★]+|[*✱★]+$/g, '');

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A calendar date, or null when the day does not exist (2024-02-30 is rejected, not rolled over). */
export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * Excel serial → date. The 1900 system counts from 1899-12-30 (Lotus's phantom 1900-02-29
 * included); the 1904 system (old Mac workbooks) counts from 1904-01-01.
 */
export function serialToDate(serial: number, date1904: boolean): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const t = new Date(epoch + Math.floor(serial) * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const DATE_FORMS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/, // 2024-03-01, 2024/3/1, 2024.3.1
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日?)?$/, // 2024年3月, 2024年3月1日
  /^(\d{4})[-/.](\d{1,2})$/, // 2024-03, 2024.3
  /^(\d{4})(\d{2})(\d{2})?$/, // 20240301, 202403
];

/** Why a number in a date column cannot be read as a date. */
export type DateProblem = 'year-only' | 'ambiguous-month' | 'too-early';

/**
 * A number in a date column: `2012.09` typed in a number cell is year and month, not Excel
 * serial 2012 (1905-07-04); `shown` is the text Excel displays, which keeps `2012.10`'s zero.
 * A bare year, `2012.1` with nothing to tell January from October, or a serial before 1920 is
 * a problem to report, never a date to guess.
 */
export function numberToDate(value: number, date1904: boolean, shown?: string): IsoDate | DateProblem | null {
  if (value >= 1900 && value < 2101) {
    if (Number.isInteger(value)) return 'year-only';
    const text = shown && /^\d{4}\.\d{1,2}$/.test(shown.trim()) ? shown.trim() : String(value);
    const m = /^(\d{4})\.(\d{1,2})$/.exec(text);
    if (!m) return null;
    // "2012.1" as Excel shows it in General format may have been typed 2012.10: only two digits tell.
    return m[2]!.length === 1 ? 'ambiguous-month' : isoDate(Number(m[1]), Number(m[2]), 1);
  }
  const date = serialToDate(value, date1904);
  return date !== null && date < '1920' ? 'too-early' : date;
}

/** Parses a date cell: an Excel serial number or text in any common form. Month-only dates take day 1. */
export function parseDate(value: unknown, date1904 = false, shown?: string): IsoDate | DateProblem | null {
  if (typeof value === 'number') return numberToDate(value, date1904, shown);
  const spaced = normaliseText(value);
  if (spaced === '') return null;
  const text = spaced.replace(/\s+/g, '');
  for (const form of DATE_FORMS) {
    const m = form.exec(spaced) ?? form.exec(text); // "2024-03-01 08:30" keeps its space; "2024 年 3 月" loses them
    if (m) return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
  }
  // A serial exported as text by a CSV writer (e.g. "45566").
  if (/^\d{5}(\.\d+)?$/.test(text)) return serialToDate(Number(text), date1904);
  if (/^\d{4}$/.test(text)) return 'year-only';
  return null;
}

/** Parses a number cell: numbers, numbers stored as text, full-width digits, thousands separators. */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = normaliseText(value).replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
