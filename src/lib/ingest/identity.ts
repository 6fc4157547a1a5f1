/**
 * Person identifiers are pseudonymised at ingest, before anything is cached: a raw 教师编号
 * or ID-card number never leaves memory. Keys are SHA-256 of (salt, normalised identifier),
 * so the same person links across tables and years of one site but not across sites.
 */
import { createHash, hash } from 'node:crypto';

export type PersonKey = string;

export function personKey(identifier: string, salt: string): PersonKey {
  return hash('sha256', `yuanding:${salt}:${identifier}`, 'hex').slice(0, 20);
}

/**
 * A digest of a name or raw identifier, kept (never the value) so the build can prove that
 * none of them reaches the published site.
 */
export const secretDigest = (value: string, salt: string): string => hash('sha256', `secret:${salt}:${value}`, 'hex').slice(0, 16);

/** A digest of a whole row's cells, to find a row entered twice without keeping its contents. */
export function rowDigest(texts: readonly string[], salt: string): string {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--; // trailing empty cells do not make a row different
  return hash('sha256', `row:${salt}:${texts.slice(0, end).join('\u001f')}`, 'hex').slice(0, 16);
}

/** A name as it is digested, read and looked for: NFKC, no spaces, one kind of middle dot (买买提·艾力). */
export const nameForm = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/[·•・‧]/g, '·');

/** An identifier as it is digested and looked for: upper case, letters and digits only (JS-0001 → JS0001). */
export const identifierForm = (text: string): string => text.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');

/** A short fingerprint of the salt for cache keys: changing the salt invalidates the cache. */
export const saltFingerprint = (salt: string): string => createHash('sha256').update(`salt:${salt}`).digest('hex').slice(0, 12);

/**
 * The 18-character form of a resident ID number (GB 11643-1999): an old 15-digit number is the
 * same person with the century (19) put into the birth date and a check digit added, so both
 * forms hash to one key. Other values are returned as they are.
 */
export function idCard18(id: string): string {
  if (!/^\d{15}$/.test(id)) return id;
  const body = `${id.slice(0, 6)}19${id.slice(6)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return body + '10X98765432'[sum % 11];
}
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Whether an 18-character ID number's check digit and birth date hold (GB 11643-1999). */
export function validIdCard(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  if ('10X98765432'[sum % 11] !== id[17]) return false;
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 18-character resident ID (17 digits + digit or X), or the old 15-digit form. */
export const looksLikeIdCard = (s: string): boolean => /^\d{17}[\dX]$|^\d{15}$/.test(s);

/**
 * Issues with every quoted value (“…” or "…") that is a name or raw identifier read from the
 * input replaced by ＊＊＊: a shifted column puts 姓名 under 学校名称, and a message quoting that
 * "school" would print a person's name. The clerk finds the cell by its address.
 */
export function maskQuotedSecrets<T extends { zh: string; en: string }>(issues: T[], from: number, secrets: ReadonlySet<string>, salt: string): void {
  const secret = (value: string) => secrets.has(secretDigest(nameForm(value), salt)) || secrets.has(secretDigest(identifierForm(value), salt));
  const mask = (text: string) => text
    .replace(/“([^”]*)”/g, (whole, value: string) => (secret(value) ? '“＊＊＊”' : whole))
    .replace(/"([^"]*)"/g, (whole, value: string) => (secret(value) ? '"＊＊＊"' : whole));
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!;
    const [zh, en] = [mask(issue.zh), mask(issue.en)];
    if (zh !== issue.zh || en !== issue.en) issues[i] = { ...issue, zh, en };
  }
}
