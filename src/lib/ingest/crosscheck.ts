/**
 * Rules that span rows, tables and years (DATA.md "Cross-table rules"). Run after parsing,
 * so the clock and the statistics date never enter the parse cache.
 */
import type { IssueCode } from './codes.ts';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';
import type { Rows, SheetRows } from './rows.ts';
import type { TableKind } from './schema.ts';
import { tableSpec } from './schema.ts';
import { schoolCodeAt, schoolIdentities } from './schools.ts';

export interface SheetOfYear extends SheetRows {
  readonly file: string;
  readonly year: number;
}

export interface CheckContext {
  /** today's date, YYYY-MM-DD, passed in (no clock inside the library) */
  readonly today: string;
  /** MM-DD */
  readonly statisticsDate: string;
}

const cellOf = (s: SheetOfYear, i: number, key: string) => ({ file: s.file, sheet: s.sheet, cell: `${s.columns[key] ?? 'A'}${s.rows.row[i]}` });
const ageAt = (birth: string, at: string) => Number(at.slice(0, 4)) - Number(birth.slice(0, 4)) - (at.slice(5) < birth.slice(5) ? 1 : 0);

/** A date as the clerk typed it, with how it was read: “2027.3”（读作 2027-03-01）. */
function typedDate(s: SheetOfYear, i: number, key: string): [string, string] {
  const read = String(s.rows.column(key)[i]);
  const typed = s.dateText?.[`${key}:${s.rows.row[i]}`];
  return typed ? [`${quote(typed)}（读作 ${read}）`, `${quote(typed)} (read as ${read})`] : [`${read} `, read];
}

/** A row of a sheet: where a first occurrence is remembered, to be named in a later message. */
interface At { readonly s: SheetOfYear; readonly i: number }

/** `file › sheet › cell` of a row's person key. */
const personAt = ({ s, i }: At) => `${s.file} › ${s.sheet} › ${s.columns['person'] ?? s.columns['idcard']}${s.rows.row[i]}`;
const personKey = (s: SheetOfYear) => ('person' in s.columns ? 'person' : 'idcard');

/** Checks rows against each other and against the calendar; rows with errors are removed from `sheets`. */
export function crossCheck(sheets: readonly SheetOfYear[], ctx: CheckContext, issues: Issue[]): SheetOfYear[] {
  const bad = new Map<SheetOfYear, Uint8Array>();
  const error = (s: SheetOfYear, i: number, key: string, code: IssueCode, zh: string, en: string) => {
    issues.push({ ...cellOf(s, i, key), severity: 'error', code, zh, en });
    (bad.get(s) ?? bad.set(s, new Uint8Array(s.rows.length)).get(s)!)[i] = 1;
  };
  const warn = (s: SheetOfYear, i: number, key: string, code: IssueCode, zh: string, en: string) =>
    issues.push({ ...cellOf(s, i, key), severity: 'warning', code, zh, en });

  const years = [...new Set(sheets.map((s) => s.year))].sort();
  const identity = schoolIdentities(sheets);
  const schoolOf = (year: number, rows: Rows, i: number) => identity(year, String(rows.column('school')[i]), schoolCodeAt(rows, i));
  /** a year's roster people: those of its kept rows (`seen`), and of rows rejected for another cell */
  const rosterPeople = new Map<number, { has: (p: string) => boolean }>();
  const rosterRows = new Map<number, Map<string, At>>();
  for (const year of years) {
    const seen = new Map<string, At>();
    const schoolLocality = new Map<string, At>();
    const statDate = `${year}-${ctx.statisticsDate}`;
    const rosters = sheets.filter((x) => x.year === year && x.kind === 'roster');
    for (const s of rosters) {
      const [person, school, locality, birth] = ['person', 'school', 'locality', 'birth'].map((k) => s.rows.column(k));
      for (let i = 0; i < s.rows.length; i++) {
        const who = String(person![i]);
        const first = seen.get(who);
        if (first) {
          const at = personAt(first);
          error(s, i, personKey(s), 'duplicate-id', `教师编号与 ${at} 重复；同一年名册中每人只能出现一次。`, `Same staff number as ${at}; each person appears once in a year's roster.`);
        } else seen.set(who, { s, i });
        const id = schoolOf(year, s.rows, i);
        const other = schoolLocality.get(id);
        const otherLocality = other?.s.rows.column('locality')[other.i];
        if (other && otherLocality !== locality![i]) {
          const at = `${other.s.file} › ${other.s.sheet} › ${other.s.columns['locality']}${other.s.rows.row[other.i]}`;
          error(s, i, 'locality', 'school-conflict', `学校“${school![i]}”的城乡为 ${quote(locality![i])}，但 ${at} 为 ${quote(otherLocality)}；同一学校应一致。`, `School "${school![i]}" is ${quote(locality![i])} here but ${quote(otherLocality)} at ${at}; a school has one urban/rural class.`);
        } else if (!other) schoolLocality.set(id, { s, i });
        const age = ageAt(String(birth![i]), statDate);
        if (age < 16 || age > 75) {
          const [zh, en] = typedDate(s, i, 'birth');
          error(s, i, 'birth', 'implausible-age', `出生年月 ${zh}得出统计时点年龄 ${age} 岁，超出 16–75 岁。`, `Birth date ${en} gives an age of ${age} at the statistics date, outside 16–75.`);
        }
      }
    }
    if (rosters.length) {
      rosterRows.set(year, seen);
      // A person whose roster row was rejected for another cell (a bad date) is on the roster all
      // the same: their events are not unknown, and the fault is reported at that cell.
      const rejected = new Set(rosters.flatMap((x) => x.rejectedPeople ?? []));
      rosterPeople.set(year, { has: (p) => seen.has(p) || rejected.has(p) });
    }
    // A school listed twice (two schools sheets, or a summary read as one) would count its pupils twice.
    const named = new Map<string, At>();
    for (const s of sheets.filter((x) => x.year === year && x.kind === 'schools')) {
      const [school, locality, stages] = ['school', 'locality', 'stages'].map((k) => s.rows.column(k));
      for (let i = 0; i < s.rows.length; i++) {
        const id = schoolOf(year, s.rows, i);
        const other = named.get(id);
        if (other) {
          const row = other.s.rows.row[other.i];
          const at = other.s === s ? `第 ${row} 行` : `${other.s.file} › ${other.s.sheet} › 第 ${row} 行`;
          const atEn = other.s === s ? `row ${row}` : `${other.s.file} › ${other.s.sheet} › row ${row}`;
          const differs = other.s.rows.column('locality')[other.i] !== locality![i] || other.s.rows.column('stages')[other.i] !== stages![i];
          error(s, i, 'school', differs ? 'school-conflict' : 'school-twice', `学校“${school![i]}”在学校表中出现两次（另见 ${at}）；每所学校每年只能列一次。`, `School "${school![i]}" is listed twice in the schools table (see also ${atEn}); list each school once a year.`);
        } else named.set(id, { s, i });
      }
    }
  }

  for (const s of sheets) {
    const spec = tableSpec(s.kind);
    const dateKeys = spec.fields.filter((f) => f.type === 'date' && f.key in s.columns).map((f) => f.key);
    const dates = dateKeys.map((k) => s.rows.column(k));
    const known = (p: string) => rosterPeople.get(s.year)?.has(p) || rosterPeople.get(s.year - 1)?.has(p);
    // Leavers before the statistics date are only in last year's roster: without it, exits cannot be checked.
    const rosterKnown = s.kind === 'exits' ? rosterPeople.has(s.year) && rosterPeople.has(s.year - 1) : rosterPeople.has(s.year) || rosterPeople.has(s.year - 1);
    const [person, from, to, type, date] = ['person', 'from', 'to', 'type', 'date'].map((k) => s.rows.column(k));
    const eventDates = spec.eventDate ? s.rows.column(spec.eventDate) : null;
    const eventYears = spec.eventYear ? s.rows.column(spec.eventYear) : null;
    let unknown = 0;
    for (let i = 0; i < s.rows.length; i++) {
      dateKeys.forEach((key, k) => {
        const d = dates[k]![i];
        if (typeof d === 'string' && d > ctx.today) {
          const [zh, en] = typedDate(s, i, key);
          error(s, i, key, 'future-date', `日期 ${zh}晚于今天（${ctx.today}）。`, `Date ${en} is in the future (today is ${ctx.today}).`);
        }
      });
      const eventDate = eventDates ? eventDates[i] : null;
      if (typeof eventDate === 'string' && Number(eventDate.slice(0, 4)) !== s.year) {
        warn(s, i, spec.eventDate!, 'outside-year', `日期 ${eventDate} 不在 ${s.year} 年内，仍按文件夹计入 ${s.year} 年。`, `Date ${eventDate} is outside ${s.year}; still counted in ${s.year}, the folder's year.`);
      }
      const eventYear = eventYears && (eventDate === null || eventDate === undefined) ? eventYears[i] : null;
      if (typeof eventYear === 'number' && eventYear !== s.year) {
        warn(s, i, spec.eventYear!, 'outside-year', `年度 ${eventYear} 不是 ${s.year} 年，仍按文件夹计入 ${s.year} 年。`, `Year ${eventYear} is not ${s.year}; still counted in ${s.year}, the folder's year.`);
      }
      if (s.kind === 'exchange' && identity(s.year, String(from![i]), null) === identity(s.year, String(to![i]), null)) {
        const [zh, en] = from![i] === to![i] ? [to![i], to![i]] : [`“${from![i]}”与“${to![i]}”学校代码相同`, `"${from![i]}" and "${to![i]}" have one school code`];
        error(s, i, 'to', 'same-school', `交流单位与原单位相同（${zh}）。`, `The exchange destination is the same as the origin (${en}).`);
      }
      const p = person![i];
      if (s.kind === 'exits' && typeof p === 'string') {
        const present = rosterRows.get(s.year + 1)?.get(p);
        if (present) {
          const at = personAt(present);
          const school = present.s.rows.column('school')[present.i];
          warn(s, i, personKey(s), 'exit-but-present',
            `该人员 ${s.year} 年减员（${quote(type![i])}，${date![i]}），但仍在 ${s.year + 1} 年名册中（${at}，${quote(school)}）。若已返聘或调回，请在名册中核实；否则从名册中删除，或更正减员记录。`,
            `This person left in ${s.year} (${quote(type![i])}, ${date![i]}) but is still on the ${s.year + 1} roster (${at}, ${quote(school)}). If re-employed or transferred back, confirm it on the roster; otherwise remove them from it, or correct the exit.`);
        }
      }
      if (needsRoster(s.kind) && rosterKnown && typeof p === 'string' && !known(p)) {
        warn(s, i, personKey(s), 'unknown-person', `该人员不在 ${s.year} 年或上一年的教职工名册中。`, `This person is not in the ${s.year} or previous year's staff roster.`);
        unknown++;
      }
    }
    // A few visiting trainees are normal; many unmatched people mean the numbers differ in form
    // (zeros dropped, another numbering), and every figure joined to the roster would be wrong.
    const rows = s.rows.length;
    if (unknown > Math.max(UNMATCHED_ALLOWED * rows, 3)) {
      const column = s.columns['person'] ?? s.columns['idcard'];
      const share = ((unknown / rows) * 100).toFixed(1);
      const [zhWhy, enWhy] = keyMismatch(s, sheets) ?? ['请检查两表的编号写法是否一致（如前导 0 被删、不同的编号体系）', 'check that both tables write the numbers alike (leading zeros dropped, another numbering)'];
      issues.push({ file: s.file, sheet: s.sheet, cell: `${column}:${column}`, severity: 'error', code: 'unmatched-people',
        zh: `${rows} 行中有 ${unknown} 行（${share}%）的人员在 ${s.year} 年和上一年的名册中都找不到（允许不超过 ${UNMATCHED_ALLOWED * 100}%）；${zhWhy}。`,
        en: `${unknown} of ${rows} rows (${share}%) name a person found in neither the ${s.year} nor the previous roster (at most ${UNMATCHED_ALLOWED * 100}% allowed); ${enWhy}.` });
    }
  }
  return sheets.map((s) => {
    const drop = bad.get(s);
    if (!drop) return s;
    const rows = s.rows.without(drop);
    return { ...s, rows, rowsRejected: s.rowsRejected + s.rows.length - rows.length };
  });
}

/**
 * Why an event table's people cannot be found, when it is the kind of key: the table names
 * people only by ID number (or only by staff number) and that year's roster has no such column.
 */
function keyMismatch(s: SheetOfYear, sheets: readonly SheetOfYear[]): [string, string] | null {
  const rosters = sheets.filter((x) => x.kind === 'roster' && (x.year === s.year || x.year === s.year - 1));
  const byIdcard = !('person' in s.columns);
  if (byIdcard && !rosters.some((x) => 'idcard' in x.columns)) {
    return ['本表只用身份证件号标识人员，而名册没有身份证件号列：请在名册中加上“身份证件号”列，或在本表中加上“教师编号”列', 'this table names people by ID number only and the roster has no ID-number column: add 身份证件号 to the roster, or 教师编号 to this table'];
  }
  if (!byIdcard && !rosters.some((x) => 'person' in x.columns)) {
    return ['本表用教师编号标识人员，而名册只有身份证件号：请在本表中加上“身份证件号”列，或在名册中加上“教师编号”列', 'this table names people by staff number and the roster by ID number only: add 身份证件号 to this table, or 教师编号 to the roster'];
  }
  return null;
}

/** The share of event rows that may name people on no roster (visitors, staff who left) before it is an error. */
export const UNMATCHED_ALLOWED = 0.05;

const needsRoster = (kind: TableKind) => kind === 'exchange' || kind === 'training' || kind === 'promotions' || kind === 'exits';
