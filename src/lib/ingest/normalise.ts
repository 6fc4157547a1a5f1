/**
 * Value normalisation as a data clerk expects it: full-width → half-width, stray spaces and
 * line breaks removed, numbers stored as text, and every date form Excel and WPS produce.
 */
import type { IsoDate } from '../domain.ts';

/** NFKC folds full-width digits, letters and brackets to half-width (１２３ → 123, （ → (). */
export function normaliseText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** Header cells and vocabulary values compare without any whitespace and without a required-field star. */
export function normaliseKey(value: unknown): string {
  return normaliseText(value).replace(/\s+/g, '').replace(/^[*✱★]+|[*✱★]+$/g, '');
}

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

/** Parses a date cell: an Excel serial number or text in any common form. Month-only dates take day 1. */
export function parseDate(value: unknown, date1904 = false): IsoDate | null {
  if (typeof value === 'number') return serialToDate(value, date1904);
  const spaced = normaliseText(value);
  if (spaced === '') return null;
  const text = spaced.replace(/\s+/g, '');
  for (const form of DATE_FORMS) {
    const m = form.exec(spaced) ?? form.exec(text); // "2024-03-01 08:30" keeps its space; "2024 年 3 月" loses them
    if (m) return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
  }
  // A serial exported as text by a CSV writer (e.g. "45566").
  if (/^\d{5}(\.\d+)?$/.test(text)) return serialToDate(Number(text), date1904);
  return null;
}

/** Parses a number cell: numbers, numbers stored as text, full-width digits, thousands separators. */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = normaliseText(value).replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
