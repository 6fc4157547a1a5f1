/**
 * Sources, not only sheets: a roster that lacks a required column takes it from where the
 * national and provincial systems keep it (schema `supplied`):
 * - 最高学历 (and 最高学位) from the 学习经历 sub-set: the row marked 是否最高学历 = 是, else the
 *   highest level among the person's rows;
 * - 专业技术职务 from the 专业技术职务聘任 sub-set: the latest appointment without an end;
 * - 学段, 城乡 (and 学校代码) from the school's row of the schools table, by 学校代码, else by name.
 * The roster's own column always wins; where both are given and differ, that is a warning.
 * A lacking column with no source that year is the error `missing-column`. Run after
 * linkPeople (sub-sets keyed by ID number then share the roster's keys), before crossCheck.
 */
import { EDUCATIONS, DEGREES } from '../domain.ts';
import type { SheetOfYear } from './crosscheck.ts';
import type { Issue } from './issues.ts';
import { tableSpec, type Supplier } from './schema.ts';
import type { Rows } from './rows.ts';
import { schoolCodeAt } from './schools.ts';
import type { FieldValue } from './sheet.ts';

/** The school name as matched: letters, digits and CJK only ("城关一小（本部）" and "城关一小(本部)" are one). */
const nameKey = (name: FieldValue | undefined) => String(name ?? '').normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

const rank = <T extends string>(list: readonly T[], v: FieldValue | undefined) => (v === null || v === undefined ? Infinity : list.indexOf(v as T));

/** person → highest education and degree, from 学习经历 rows. */
function studiesOf(sheets: readonly SheetOfYear[]): Map<string, { education: FieldValue; degree: FieldValue }> {
  const out = new Map<string, { education: FieldValue; degree: FieldValue; marked: boolean }>();
  for (const s of sheets) {
    const [people, degrees, degreeNames, highest, educations] = ['person', 'degree', 'degreeName', 'highest', 'education'].map((k) => s.rows.column(k));
    for (let i = 0; i < s.rows.length; i++) {
      const person = String(people![i]);
      const education = educations![i] ?? null;
      const degree = degrees![i] ?? degreeNames![i] ?? null;
      const marked = highest![i] === '是';
      const had = out.get(person);
      if (!had) {
        out.set(person, { education, degree, marked });
        continue;
      }
      // The marked row names the highest education; the highest degree is the highest of any row.
      if (marked && !had.marked) Object.assign(had, { education, marked: true });
      else if (!had.marked && rank(EDUCATIONS, education) < rank(EDUCATIONS, had.education)) had.education = education;
      if (rank(DEGREES, degree) < rank(DEGREES, had.degree)) had.degree = degree;
    }
  }
  return out;
}

/** person → current title: the latest appointment without an end (else the latest by start). */
function titlesOf(sheets: readonly SheetOfYear[]): Map<string, FieldValue> {
  interface Appointment { readonly open: boolean; readonly start: string; readonly title: FieldValue }
  const best = new Map<string, Appointment>();
  const better = (a: Appointment, b: Appointment) => (a.open !== b.open ? a.open : a.start > b.start);
  for (const s of sheets) {
    const [people, ends, starts, titles] = ['person', 'end', 'start', 'appointedTitle'].map((k) => s.rows.column(k));
    for (let i = 0; i < s.rows.length; i++) {
      const person = String(people![i]);
      const here: Appointment = { open: ends![i] === null || ends![i] === undefined, start: String(starts![i] ?? ''), title: titles![i] ?? null };
      const had = best.get(person);
      if (!had || better(here, had)) best.set(person, here);
    }
  }
  return new Map([...best].map(([p, a]) => [p, a.title]));
}

interface SchoolFacts { readonly stages: string[]; readonly locality: FieldValue; readonly code: string | null; readonly name: string }

/** The schools table of a year (else of the nearest year with one), by code and by name. */
function schoolsOf(sheets: readonly SheetOfYear[], year: number) {
  const years = [...new Set(sheets.filter((s) => s.kind === 'schools').map((s) => s.year))].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  const chosen = years[0];
  const byCode = new Map<string, SchoolFacts>();
  const byName = new Map<string, SchoolFacts>();
  if (chosen === undefined) return null;
  for (const s of sheets.filter((x) => x.kind === 'schools' && x.year === chosen)) {
    const [stages, locality, school] = ['stages', 'locality', 'school'].map((k) => s.rows.column(k));
    for (let i = 0; i < s.rows.length; i++) {
      const facts: SchoolFacts = { stages: String(stages![i] ?? '').split(';').filter(Boolean), locality: locality![i] ?? null, code: schoolCodeAt(s.rows, i), name: String(school![i]) };
      if (facts.code) byCode.set(facts.code, facts);
      byName.set(nameKey(school![i]), facts);
    }
  }
  /** The school of row i of `rows` (by its 学校代码, else by its name). */
  const find = (rows: Rows, i: number) => {
    const code = schoolCodeAt(rows, i);
    return (code ? byCode.get(code) : undefined) ?? byName.get(nameKey(rows.column('school')[i]));
  };
  return { year: chosen, find };
}

const SUPPLIER_NAMES: Record<Exclude<Supplier, 'idcard'>, [string, string]> = {
  studies: ['“学习经历”表（全国教师管理信息系统导出的子集）', 'an education-history (学习经历) sheet from the national teacher system'],
  appointments: ['“专业技术职务聘任”表（全国教师管理信息系统导出的子集）', 'a title-appointment (专业技术职务聘任) sheet from the national teacher system'],
  schools: ['学校表（含学段或办学类型、城乡分类代码，如教育事业统计的学校名单）', 'a schools table (with 学段 or 办学类型 and 城乡分类代码, such as the educational statistics\' school list)'],
};

/** What one source supplies to a roster sheet: the columns it fills, a row filler, and what it says once the rows are filled. */
interface Filler {
  readonly columns: Readonly<Record<string, string>>;
  /** sets row i of each column it fills in `out` */
  readonly fill: (rows: Rows, i: number, out: Readonly<Record<string, FieldValue[]>>) => void;
  readonly report: (at: { file: string; sheet: string }) => Issue[];
}

/** 最高学历 (and 最高学位 where the roster has none) from 学习经历. */
function studiesFiller(s: SheetOfYear, studies: ReturnType<typeof studiesOf>, column: string): Filler {
  const withDegree = !('degree' in s.columns);
  let missing = 0;
  return {
    columns: { education: column, ...(withDegree ? { degree: column } : {}) },
    fill: (rows, i, out) => {
      const found = studies.get(String(rows.column('person')[i]));
      if (!found) missing++;
      out['education']![i] = found?.education ?? null;
      if (withDegree) out['degree']![i] = found?.degree ?? null;
    },
    report: (at) => (missing ? [personMissing(at, column, missing, 'studies')] : []),
  };
}

/** 专业技术职务 from 专业技术职务聘任. */
function titlesFiller(titles: ReturnType<typeof titlesOf>, column: string): Filler {
  let missing = 0;
  return {
    columns: { title: column },
    fill: (rows, i, out) => {
      const found = titles.get(String(rows.column('person')[i]));
      if (found === undefined) missing++;
      out['title']![i] = found ?? null;
    },
    report: (at) => (missing ? [personMissing(at, column, missing, 'appointments')] : []),
  };
}

function personMissing(at: { file: string; sheet: string }, column: string, n: number, supplier: 'studies' | 'appointments'): Issue {
  const [zh, en] = SUPPLIER_NAMES[supplier];
  const what = supplier === 'studies' ? ['最高学历', 'highest education'] : ['专业技术职务', 'title'];
  return { ...at, cell: `${column}:${column}`, severity: 'warning', code: 'subset-person-missing',
    zh: `名册中有 ${n} 人在${zh}中没有记录，其${what[0]}按“不详”统计。请核对该表是否完整导出。`,
    en: `${n} roster people have no row in ${en}; their ${what[1]} counts as unknown. Check that the sheet was exported in full.` };
}

/** 学段, 城乡 (and 学校代码 where the roster has none) from the school's row of the schools table; one warning per school that cannot give them. */
function schoolsFiller(s: SheetOfYear, schools: NonNullable<ReturnType<typeof schoolsOf>>, keys: readonly string[], column: string): Filler {
  const header = (key: string) => tableSpec('roster').fields.find((f) => f.key === key)!.header;
  const withCode = !('schoolCode' in s.columns);
  const perSchool = new Map<string, { facts: SchoolFacts | undefined; count: number; row: number }>();
  return {
    columns: { ...Object.fromEntries(keys.map((k) => [k, column])), ...(withCode ? { schoolCode: column } : {}) },
    fill: (rows, i, out) => {
      const facts = schools.find(rows, i);
      const name = String(rows.column('school')[i]);
      const seen = perSchool.get(name) ?? perSchool.set(name, { facts, count: 0, row: rows.row[i]! }).get(name)!;
      seen.count++;
      // A school of several stages cannot say which its teacher teaches: 不详, and said so.
      if (keys.includes('stage')) out['stage']![i] = facts?.stages.length === 1 ? facts.stages[0]! : null;
      if (keys.includes('locality')) out['locality']![i] = facts?.locality ?? null;
      if (withCode) out['schoolCode']![i] = facts?.code ?? null;
    },
    report: (at) => [...perSchool].flatMap(([name, { facts, count, row }]): Issue[] => {
      const where = { ...at, cell: `${column}${row}`, severity: 'warning', code: 'school-facts-missing' } as const;
      const names = keys.map(header).join('、');
      if (!facts) {
        return [{ ...where,
          zh: `学校“${name}”不在${schools.year}年的学校表中，而名册没有${names}列：该校 ${count} 人的${names}按“不详”统计。请在学校表中补上该校，或使两表的学校名称（或学校代码）一致。`,
          en: `School "${name}" is not in ${schools.year}'s schools table and the roster has no ${keys.join('/')} column: its ${count} staff count as unknown there. Add the school to the schools table, or make the two tables' names (or codes) agree.` }];
      }
      if (keys.includes('stage') && facts.stages.length > 1) {
        return [{ ...where,
          zh: `学校“${name}”有 ${facts.stages.join('、')} 多个学段，而名册没有“学段”列：该校 ${count} 人的学段按“不详”统计。请在名册中加上“学段”（任教学段）列。`,
          en: `School "${name}" teaches several stages (${facts.stages.join(', ')}) and the roster has no 学段 column: its ${count} staff count as stage unknown. Add a 学段 (stage taught) column to the roster.` }];
      }
      return [];
    }),
  };
}

export function joinSources(sheets: readonly SheetOfYear[], issues: Issue[]): SheetOfYear[] {
  const supplied = tableSpec('roster').supplied!;
  const header = (key: string) => tableSpec('roster').fields.find((f) => f.key === key)!.header;
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, make: () => T): T => (cache.has(key) ? cache.get(key) as T : (cache.set(key, make()), cache.get(key) as T));
  const schoolsFor = (year: number) => memo(`schools:${year}`, () => schoolsOf(sheets, year));
  compareWithSchools(sheets, schoolsFor, issues);
  return sheets.map((s) => {
    if (s.kind !== 'roster' || !s.lacking?.length) return s;
    const at = { file: s.file, sheet: s.sheet };
    const personColumn = s.columns['person'] ?? s.columns['idcard'] ?? 'A';
    const bySupplier = new Map<Supplier, string[]>();
    for (const key of s.lacking) bySupplier.set(supplied[key]!, [...(bySupplier.get(supplied[key]!) ?? []), key]);
    const fillers: Filler[] = [];
    for (const [supplier, keys] of bySupplier) {
      const subsets = supplier === 'studies' || supplier === 'appointments' ? sheets.filter((x) => x.kind === supplier && x.year === s.year) : [];
      const schools = supplier === 'schools' ? schoolsFor(s.year) : null;
      if (supplier === 'schools' ? !schools : subsets.length === 0) {
        const [zh, en] = SUPPLIER_NAMES[supplier as Exclude<Supplier, 'idcard'>];
        const names = keys.map(header);
        issues.push({ ...at, severity: 'error', code: 'missing-column',
          zh: `识别为“教职工名册”，但缺少必填列：${names.join('、')}；${s.year} 年也没有可补上这些列的${zh}。请在名册中加上这些列，或放入该表。`,
          en: `Read as staff roster, but required columns are missing: ${names.join(', ')}; nor has ${s.year} ${en} to supply them. Add the columns to the roster, or add that table.` });
        continue;
      }
      if (supplier === 'studies') fillers.push(studiesFiller(s, memo(`studies:${s.year}`, () => studiesOf(subsets)), personColumn));
      else if (supplier === 'appointments') fillers.push(titlesFiller(memo(`titles:${s.year}`, () => titlesOf(subsets)), personColumn));
      else fillers.push(schoolsFiller(s, schools!, keys, s.columns['school'] ?? 'A'));
    }
    const filled: Record<string, FieldValue[]> = {};
    for (const f of fillers) for (const key of Object.keys(f.columns)) filled[key] = new Array<FieldValue>(s.rows.length).fill(null);
    for (let i = 0; i < s.rows.length; i++) for (const f of fillers) f.fill(s.rows, i, filled);
    for (const f of fillers) issues.push(...f.report(at));
    const { lacking: _, ...rest } = s;
    return { ...rest, columns: Object.assign({ ...s.columns }, ...fillers.map((f) => f.columns)), rows: s.rows.with(filled) };
  });
}

/** A roster that gives its own 学段 or 城乡 against the schools table: a school that differs is a warning (the roster counts). */
function compareWithSchools(sheets: readonly SheetOfYear[], schoolsFor: (year: number) => ReturnType<typeof schoolsOf>, issues: Issue[]): void {
  for (const s of sheets) {
    if (s.kind !== 'roster' || !sheets.some((x) => x.kind === 'schools' && x.year === s.year)) continue;
    const own = (['stage', 'locality'] as const).filter((k) => k in s.columns);
    if (own.length === 0) continue;
    const schools = schoolsFor(s.year)!;
    const told = new Set<string>();
    const school = s.rows.column('school');
    for (let i = 0; i < s.rows.length; i++) {
      const facts = schools.find(s.rows, i);
      if (!facts) continue;
      for (const k of own) {
        const v = s.rows.column(k)[i] ?? null;
        const differs = k === 'stage' ? v !== null && facts.stages.length > 0 && !facts.stages.includes(String(v)) : v !== null && facts.locality !== null && v !== facts.locality;
        const key = `${k}\0${facts.name}`;
        if (!differs || told.has(key)) continue;
        told.add(key);
        const given = k === 'stage' ? facts.stages.join('、') : String(facts.locality);
        const word = k === 'stage' ? ['学段', 'stage'] : ['城乡', 'urban/rural class'];
        issues.push({ file: s.file, sheet: s.sheet, cell: `${s.columns[k]}${s.rows.row[i]}`, severity: 'warning', code: 'school-facts-differ',
          zh: `名册中学校“${school[i]}”的${word[0]}为“${v}”，而学校表为“${given}”；按名册统计。请核对二者。`,
          en: `The roster gives school "${school[i]}" the ${word[1]} "${v}", the schools table "${given}"; the roster counts. Check both.` });
      }
    }
  }
}
