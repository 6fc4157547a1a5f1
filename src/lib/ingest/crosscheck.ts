/**
 * Rules that span rows, tables and years (DATA.md "Cross-table rules"). Run after parsing,
 * so the clock and the statistics date never enter the parse cache.
 */
import type { IssueCode } from './codes.ts';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';
import type { ParsedSheet, RecordRow } from './sheet.ts';
import type { TableKind } from './schema.ts';
import { tableSpec } from './schema.ts';
import { schoolCodeOf, schoolIdentities } from './schools.ts';

export interface SheetOfYear extends ParsedSheet {
  readonly file: string;
  readonly year: number;
}

export interface CheckContext {
  /** today's date, YYYY-MM-DD, passed in (no clock inside the library) */
  readonly today: string;
  /** MM-DD */
  readonly statisticsDate: string;
}

const cellOf = (s: SheetOfYear, r: RecordRow, key: string) => ({ file: s.file, sheet: s.sheet, cell: `${s.columns[key] ?? 'A'}${r.row}` });
const ageAt = (birth: string, at: string) => Number(at.slice(0, 4)) - Number(birth.slice(0, 4)) - (at.slice(5) < birth.slice(5) ? 1 : 0);

/** A date as the clerk typed it, with how it was read: “2027.3”（读作 2027-03-01）. */
function typedDate(s: SheetOfYear, r: RecordRow, key: string): [string, string] {
  const read = String(r[key]);
  const typed = s.dateText?.[`${key}:${r.row}`];
  return typed ? [`${quote(typed)}（读作 ${read}）`, `${quote(typed)} (read as ${read})`] : [`${read} `, read];
}

/** Checks rows against each other and against the calendar; rows with errors are removed from `sheets`. */
export function crossCheck(sheets: readonly SheetOfYear[], ctx: CheckContext, issues: Issue[]): SheetOfYear[] {
  const bad = new Set<RecordRow>();
  const error = (s: SheetOfYear, r: RecordRow, key: string, code: IssueCode, zh: string, en: string) => {
    issues.push({ ...cellOf(s, r, key), severity: 'error', code, zh, en });
    bad.add(r);
  };
  const warn = (s: SheetOfYear, r: RecordRow, key: string, code: IssueCode, zh: string, en: string) =>
    issues.push({ ...cellOf(s, r, key), severity: 'warning', code, zh, en });

  const years = [...new Set(sheets.map((s) => s.year))].sort();
  const identity = schoolIdentities(sheets);
  const schoolOf = (year: number, r: RecordRow) => identity(year, String(r['school']), schoolCodeOf(r));
  const rosterPeople = new Map<number, Set<string>>();
  const rosterRows = new Map<number, Map<string, { s: SheetOfYear; r: RecordRow }>>();
  for (const year of years) {
    const seen = new Map<string, { s: SheetOfYear; r: RecordRow }>();
    const schoolLocality = new Map<string, { s: SheetOfYear; r: RecordRow }>();
    for (const s of sheets.filter((x) => x.year === year && x.kind === 'roster')) {
      for (const r of s.records) {
        const first = seen.get(String(r['person']));
        if (first) {
          const at = `${first.s.file} › ${first.s.sheet} › ${first.s.columns['person'] ?? first.s.columns['idcard']}${first.r.row}`;
          error(s, r, 'person' in s.columns ? 'person' : 'idcard', 'duplicate-id', `教师编号与 ${at} 重复；同一年名册中每人只能出现一次。`, `Same staff number as ${at}; each person appears once in a year's roster.`);
        } else seen.set(String(r['person']), { s, r });
        const school = schoolLocality.get(schoolOf(year, r));
        if (school && school.r['locality'] !== r['locality']) {
          const at = `${school.s.file} › ${school.s.sheet} › ${school.s.columns['locality']}${school.r.row}`;
          error(s, r, 'locality', 'school-conflict', `学校“${r['school']}”的城乡为 ${quote(r['locality'])}，但 ${at} 为 ${quote(school.r['locality'])}；同一学校应一致。`, `School "${r['school']}" is ${quote(r['locality'])} here but ${quote(school.r['locality'])} at ${at}; a school has one urban/rural class.`);
        } else if (!school) schoolLocality.set(schoolOf(year, r), { s, r });
        const statDate = `${year}-${ctx.statisticsDate}`;
        const age = ageAt(String(r['birth']), statDate);
        if (age < 16 || age > 75) {
          const [zh, en] = typedDate(s, r, 'birth');
          error(s, r, 'birth', 'implausible-age', `出生年月 ${zh}得出统计时点年龄 ${age} 岁，超出 16–75 岁。`, `Birth date ${en} gives an age of ${age} at the statistics date, outside 16–75.`);
        }
      }
    }
    const rosters = sheets.filter((x) => x.year === year && x.kind === 'roster');
    if (rosters.length) {
      rosterRows.set(year, seen);
      // A person whose roster row was rejected for another cell (a bad date) is on the roster all
      // the same: their events are not unknown, and the fault is reported at that cell.
      rosterPeople.set(year, new Set([...seen.keys(), ...rosters.flatMap((x) => x.rejectedPeople ?? [])]));
    }
    // A school listed twice (two schools sheets, or a summary read as one) would count its pupils twice.
    const named = new Map<string, { s: SheetOfYear; r: RecordRow }>();
    for (const s of sheets.filter((x) => x.year === year && x.kind === 'schools')) {
      for (const r of s.records) {
        const other = named.get(schoolOf(year, r));
        if (other) {
          const at = other.s === s ? `第 ${other.r.row} 行` : `${other.s.file} › ${other.s.sheet} › 第 ${other.r.row} 行`;
          const atEn = other.s === s ? `row ${other.r.row}` : `${other.s.file} › ${other.s.sheet} › row ${other.r.row}`;
          const differs = other.r['locality'] !== r['locality'] || other.r['stages'] !== r['stages'];
          error(s, r, 'school', differs ? 'school-conflict' : 'school-twice', `学校“${r['school']}”在学校表中出现两次（另见 ${at}）；每所学校每年只能列一次。`, `School "${r['school']}" is listed twice in the schools table (see also ${atEn}); list each school once a year.`);
        } else named.set(schoolOf(year, r), { s, r });
      }
    }
  }

  for (const s of sheets) {
    const spec = tableSpec(s.kind);
    const dateKeys = spec.fields.filter((f) => f.type === 'date' && f.key in s.columns).map((f) => f.key);
    const known = (p: string) => rosterPeople.get(s.year)?.has(p) || rosterPeople.get(s.year - 1)?.has(p);
    // Leavers before the statistics date are only in last year's roster: without it, exits cannot be checked.
    const rosterKnown = s.kind === 'exits' ? rosterPeople.has(s.year) && rosterPeople.has(s.year - 1) : rosterPeople.has(s.year) || rosterPeople.has(s.year - 1);
    let unknown = 0;
    for (const r of s.records) {
      for (const key of dateKeys) {
        const d = r[key];
        if (typeof d === 'string' && d > ctx.today) {
          const [zh, en] = typedDate(s, r, key);
          error(s, r, key, 'future-date', `日期 ${zh}晚于今天（${ctx.today}）。`, `Date ${en} is in the future (today is ${ctx.today}).`);
        }
      }
      const eventDate = spec.eventDate ? r[spec.eventDate] : null;
      if (typeof eventDate === 'string' && Number(eventDate.slice(0, 4)) !== s.year) {
        warn(s, r, spec.eventDate!, 'outside-year', `日期 ${eventDate} 不在 ${s.year} 年内，仍按文件夹计入 ${s.year} 年。`, `Date ${eventDate} is outside ${s.year}; still counted in ${s.year}, the folder's year.`);
      }
      const eventYear = spec.eventYear && (eventDate === null || eventDate === undefined) ? r[spec.eventYear] : null;
      if (typeof eventYear === 'number' && eventYear !== s.year) {
        warn(s, r, spec.eventYear!, 'outside-year', `年度 ${eventYear} 不是 ${s.year} 年，仍按文件夹计入 ${s.year} 年。`, `Year ${eventYear} is not ${s.year}; still counted in ${s.year}, the folder's year.`);
      }
      if (s.kind === 'exchange' && identity(s.year, String(r['from']), null) === identity(s.year, String(r['to']), null)) {
        const [zh, en] = r['from'] === r['to'] ? [r['to'], r['to']] : [`“${r['from']}”与“${r['to']}”学校代码相同`, `"${r['from']}" and "${r['to']}" have one school code`];
        error(s, r, 'to', 'same-school', `交流单位与原单位相同（${zh}）。`, `The exchange destination is the same as the origin (${en}).`);
      }
      if (s.kind === 'exits' && typeof r['person'] === 'string') {
        const present = rosterRows.get(s.year + 1)?.get(r['person']);
        if (present) {
          const at = `${present.s.file} › ${present.s.sheet} › ${present.s.columns['person'] ?? present.s.columns['idcard']}${present.r.row}`;
          warn(s, r, 'person' in s.columns ? 'person' : 'idcard', 'exit-but-present',
            `该人员 ${s.year} 年减员（${quote(r['type'])}，${r['date']}），但仍在 ${s.year + 1} 年名册中（${at}，${quote(present.r['school'])}）。若已返聘或调回，请在名册中核实；否则从名册中删除，或更正减员记录。`,
            `This person left in ${s.year} (${quote(r['type'])}, ${r['date']}) but is still on the ${s.year + 1} roster (${at}, ${quote(present.r['school'])}). If re-employed or transferred back, confirm it on the roster; otherwise remove them from it, or correct the exit.`);
        }
      }
      if (needsRoster(s.kind) && rosterKnown && typeof r['person'] === 'string' && !known(r['person'])) {
        warn(s, r, 'person' in s.columns ? 'person' : 'idcard', 'unknown-person', `该人员不在 ${s.year} 年或上一年的教职工名册中。`, `This person is not in the ${s.year} or previous year's staff roster.`);
        unknown++;
      }
    }
    // A few visiting trainees are normal; many unmatched people mean the numbers differ in form
    // (zeros dropped, another numbering), and every figure joined to the roster would be wrong.
    if (unknown > Math.max(UNMATCHED_ALLOWED * s.records.length, 3)) {
      const column = s.columns['person'] ?? s.columns['idcard'];
      const share = ((unknown / s.records.length) * 100).toFixed(1);
      const [zhWhy, enWhy] = keyMismatch(s, sheets) ?? ['请检查两表的编号写法是否一致（如前导 0 被删、不同的编号体系）', 'check that both tables write the numbers alike (leading zeros dropped, another numbering)'];
      issues.push({ file: s.file, sheet: s.sheet, cell: `${column}:${column}`, severity: 'error', code: 'unmatched-people',
        zh: `${s.records.length} 行中有 ${unknown} 行（${share}%）的人员在 ${s.year} 年和上一年的名册中都找不到（允许不超过 ${UNMATCHED_ALLOWED * 100}%）；${zhWhy}。`,
        en: `${unknown} of ${s.records.length} rows (${share}%) name a person found in neither the ${s.year} nor the previous roster (at most ${UNMATCHED_ALLOWED * 100}% allowed); ${enWhy}.` });
    }
  }
  return sheets.map((s) => (s.records.some((r) => bad.has(r)) ? { ...s, records: s.records.filter((r) => !bad.has(r)), rowsRejected: s.rowsRejected + s.records.filter((r) => bad.has(r)).length } : s));
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
