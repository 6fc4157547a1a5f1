/**
 * Which school a row means. A school is identified by its 学校代码 (学校标识码) wherever any
 * table gives one for its name, so a school renamed between years stays one school: every
 * row's school name (and the exchange and recruitment tables' school names, which carry no
 * code) is replaced by the school's one display name, the latest year's name for its code.
 * Every comparison downstream (same-school stay, exchange places, per-school figures and
 * pages) then compares schools, not spellings. Run after crossCheck, before indicators.
 *
 * Reported here, as warnings: a name changed under one code between years (school-renamed),
 * a name without a code seen in one year only and close to a school of other years
 * (school-similar-name), and a roster school missing from that year's schools table
 * (school-not-listed). Messages name schools and counts of rows, never people.
 */
import type { IssueCode } from './codes.ts';
import type { SheetOfYear } from './crosscheck.ts';
import type { Issue } from './issues.ts';
import type { Rows } from './rows.ts';
import type { FieldValue } from './sheet.ts';
import type { TableKind } from './schema.ts';

/** The columns that name a school, per table kind; only roster and schools rows carry a code. */
const NAME_FIELDS: Partial<Record<TableKind, readonly string[]>> = {
  roster: ['school'], schools: ['school'], exchange: ['from', 'to'], recruitment: ['school'],
};

/** Codes as compared, by the value given: a county's few hundred codes recur on every roster row, read five times each. */
const CODES = new Map<FieldValue, string | null>();

/** A 学校代码 as compared: digits and letters only ("3199 001 001" and 3199001001 are one code). */
function schoolCode(raw: FieldValue | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let code = CODES.get(raw);
  if (code === undefined) {
    const compared = String(raw).normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
    code = compared === '' ? null : compared;
    if (CODES.size < 100_000) CODES.set(raw, code);
  }
  return code;
}

/** The 学校代码 of row i, as compared. */
export const schoolCodeAt = (rows: Rows, i: number): string | null => schoolCode(rows.column('schoolCode')[i]);

/** The roster and schools rows that give a 学校代码, with the code as compared and the name. */
function* codedRows(sheets: readonly SheetOfYear[]): Generator<{ s: SheetOfYear; i: number; code: string; name: string }> {
  for (const s of sheets) {
    if ((s.kind !== 'roster' && s.kind !== 'schools') || !s.rows.has('schoolCode')) continue;
    const [codes, names] = [s.rows.column('schoolCode'), s.rows.column('school')];
    for (let i = 0; i < s.rows.length; i++) {
      const code = schoolCode(codes[i]);
      if (code) yield { s, i, code, name: String(names[i]) };
    }
  }
}

/** A row's school identity: `code:…` or, where no table gives its name a code, `name:…`. */
export type SchoolIdentity = (year: number, name: string, code: string | null) => string;

/**
 * Identities from the codes the roster and schools tables give: a row's own code, else the one
 * code its name has that year, else the one code its name has in any year, else its name.
 * crossCheck compares schools within a year by it too (two schools may share a name).
 */
export function schoolIdentities(sheets: readonly SheetOfYear[]): SchoolIdentity {
  const codesOfName = new Map<number, Map<string, Set<string>>>();
  const codesAnyYear = new Map<string, Set<string>>();
  for (const { s, code, name } of codedRows(sheets)) {
    const ofYear = codesOfName.get(s.year) ?? codesOfName.set(s.year, new Map()).get(s.year)!;
    (ofYear.get(name) ?? ofYear.set(name, new Set()).get(name)!).add(code);
    (codesAnyYear.get(name) ?? codesAnyYear.set(name, new Set()).get(name)!).add(code);
  }
  const byName = (year: number, name: string) => {
    const thisYear = codesOfName.get(year)?.get(name);
    if (thisYear?.size === 1) return `code:${thisYear.values().next().value!}`;
    const any = codesAnyYear.get(name);
    if (!thisYear && any?.size === 1) return `code:${any.values().next().value!}`;
    return `name:${name}`;
  };
  // Asked once a row: each answer is made once, so every row of a school gets the same string.
  const ofCode = new Map<string, string>();
  const ofName = new Map<number, Map<string, string>>();
  return (year, name, code) => {
    if (code) return ofCode.get(code) ?? ofCode.set(code, `code:${code}`).get(code)!;
    const names = ofName.get(year) ?? ofName.set(year, new Map()).get(year)!;
    return names.get(name) ?? names.set(name, byName(year, name)).get(name)!;
  };
}

interface Seen {
  readonly s: SheetOfYear;
  readonly i: number;
  readonly field: string;
}

const at = (x: Seen) => ({ file: x.s.file, sheet: x.s.sheet, cell: `${x.s.columns[x.field] ?? 'A'}${x.s.rows.row[x.i]}` });

/** The most used name, the schools table's before the roster's (its first row on a tie). */
function chosenName(names: ReadonlyMap<string, { count: number; listed: boolean }>): string {
  let best: [string, { count: number; listed: boolean }] | null = null;
  for (const e of names) {
    if (!best || (e[1].listed && !best[1].listed) || (e[1].listed === best[1].listed && e[1].count > best[1].count)) best = e;
  }
  return best![0];
}

/**
 * Resolves every row's school to its identity and display name, and reports renamed, similar
 * and unlisted schools. Returns the sheets with school names replaced where they changed.
 */
export function resolveSchools(sheets: readonly SheetOfYear[], issues: Issue[]): SheetOfYear[] {
  const warn = (x: Seen, code: IssueCode, zh: string, en: string) => issues.push({ ...at(x), severity: 'warning', code, zh, en });
  const years = [...new Set(sheets.map((s) => s.year))].sort((a, b) => a - b);

  // 1. Names used under each code, per year.
  const identity = schoolIdentities(sheets);
  const namesOfCode = new Map<string, Map<number, Map<string, { count: number; listed: boolean; first: Seen }>>>();
  for (const { s, i, code, name } of codedRows(sheets)) {
    const byYear = namesOfCode.get(code) ?? namesOfCode.set(code, new Map()).get(code)!;
    const names = byYear.get(s.year) ?? byYear.set(s.year, new Map()).get(s.year)!;
    const n = names.get(name);
    if (n) {
      n.count++;
      if (s.kind === 'schools' && !n.listed) Object.assign(n, { listed: true, first: { s, i, field: 'school' } });
    } else names.set(name, { count: 1, listed: s.kind === 'schools', first: { s, i, field: 'school' } });
  }

  // 2. Display names: a code's name in the latest year it appears; two schools that would show
  // one name (two codes under one name) are told apart by their codes.
  const display = new Map<string, string>();
  const yearName = (code: string, year: number) => chosenName(namesOfCode.get(code)!.get(year)!);
  for (const [code, byYear] of namesOfCode) display.set(`code:${code}`, yearName(code, Math.max(...byYear.keys())));
  const shown = new Map<string, string[]>();
  for (const [id, name] of display) shown.set(name, [...(shown.get(name) ?? []), id]);
  for (const [name, ids] of shown) if (ids.length > 1) for (const id of ids) display.set(id, `${name}（${id.slice(5)}）`);
  const displayOf = (id: string) => display.get(id) ?? id.slice(5);

  // 3. A name changed under one code from one year to the next it appears in.
  for (const [code, byYear] of namesOfCode) {
    const held = [...byYear.keys()].sort((a, b) => a - b);
    for (let i = 1; i < held.length; i++) {
      const [before, now] = [yearName(code, held[i - 1]!), yearName(code, held[i]!)];
      if (before === now) continue;
      const x = byYear.get(held[i]!)!.get(now)!.first;
      warn(x, 'school-renamed',
        `学校代码 ${code} 的学校名称由 ${held[i - 1]} 年的“${before}”改为 ${held[i]} 年的“${now}”；按同一所学校连续统计，网站显示最新名称“${displayOf(`code:${code}`)}”。如不是同一所学校，请核对学校代码。`,
        `School code ${code} is named "${before}" in ${held[i - 1]} and "${now}" in ${held[i]}; counted as one school throughout, shown under its latest name "${displayOf(`code:${code}`)}". If these are two schools, check the code.`);
    }
  }

  // 4. Every row's school, resolved; where each identity is first seen per year (roster first).
  const firstSeen = new Map<number, Map<string, Seen>>();
  const rowsOf = new Map<number, Map<string, number>>();
  const listed = new Map<number, Set<string>>();
  const order: TableKind[] = ['roster', 'schools', 'exchange', 'recruitment'];
  const resolved = sheets.map((s) => {
    const fields = (NAME_FIELDS[s.kind] ?? []).filter((f) => f in s.columns);
    if (fields.length === 0) return s;
    const seen = firstSeen.get(s.year) ?? firstSeen.set(s.year, new Map()).get(s.year)!;
    const renamed: Record<string, FieldValue[]> = {};
    const counted = s.kind === 'roster' ? (rowsOf.get(s.year) ?? rowsOf.set(s.year, new Map()).get(s.year)!) : null;
    for (let i = 0; i < s.rows.length; i++) {
      for (const field of fields) {
        const names = s.rows.column(field);
        const name = names[i];
        if (typeof name !== 'string' || name === '') continue;
        const id = identity(s.year, name, field === 'school' ? schoolCodeAt(s.rows, i) : null);
        const before = seen.get(id);
        if (!before || order.indexOf(before.s.kind) > order.indexOf(s.kind)) seen.set(id, { s, i, field });
        if (s.kind === 'schools') (listed.get(s.year) ?? listed.set(s.year, new Set()).get(s.year)!).add(id);
        if (counted) counted.set(id, (counted.get(id) ?? 0) + 1);
        const shown = displayOf(id);
        if (shown !== name) (renamed[field] ??= Array.from(names))[i] = shown;
      }
    }
    return Object.keys(renamed).length ? { ...s, rows: s.rows.with(renamed) } : s;
  });

  // 5. A roster school not in that year's schools table.
  for (const year of years) {
    const list = listed.get(year);
    if (!sheets.some((s) => s.year === year && s.kind === 'schools')) continue;
    const listedNames = [...(list ?? [])].map((id) => knownName(displayOf(id)));
    for (const [id, x] of firstSeen.get(year) ?? []) {
      if (x.s.kind !== 'roster' || list?.has(id)) continue;
      const name = displayOf(id);
      const code = id.startsWith('code:') ? id.slice(5) : null;
      const guess = closest(name, listedNames);
      const n = rowsOf.get(year)?.get(id) ?? 0;
      warn(x, 'school-not-listed',
        `名册中学校“${String(x.s.rows.column('school')[x.i])}”${code ? `（学校代码 ${code}）` : ''}共 ${n} 行，但 ${year} 年的学校表中没有这所学校${guess ? `。您是否指“${guess}”？` : '。'}请在学校表中补上该校，或使两表的名称${code ? '和代码' : ''}一致；否则依赖学校表的数字（在校生数、生师比、交流轮岗的城乡）不含该校或计为“不详”。`,
        `The roster names school "${String(x.s.rows.column('school')[x.i])}"${code ? ` (school code ${code})` : ''} in ${n} rows, but ${year}'s schools table does not list it${guess ? `. Did you mean "${guess}"?` : '.'} Add it to the schools table, or make the two tables' names${code ? ' and codes' : ''} agree; otherwise figures that use the schools table (pupils, pupil–teacher ratio, exchange areas) leave it out or count it as unknown.`);
    }
  }

  // 6. A school name without a code, seen in one year only, close to a school of other years.
  if (years.length > 1) {
    const yearsOf = new Map<string, number[]>();
    for (const [year, ids] of firstSeen) for (const id of ids.keys()) yearsOf.set(id, [...(yearsOf.get(id) ?? []), year]);
    const named = [...yearsOf].map(([id, held]) => ({ id, held: held.sort((a, b) => a - b), known: knownName(displayOf(id)) }));
    const byName = new Map(named.map((n) => [n.known.name, n]));
    for (const { id, held, known } of named) {
      if (!id.startsWith('name:') || held.length !== 1) continue;
      const year = held[0]!;
      // Of two codeless names each seen in one year, the later one is asked about, not both.
      const candidates = named.filter((n) => n.id !== id && n.held.some((y) => y !== year) && !(n.id.startsWith('name:') && n.held.length === 1 && n.held[0]! > year));
      const guess = closest(known.name, candidates.map((n) => n.known));
      if (!guess) continue;
      const when = byName.get(guess)!.held;
      const span = when.length > 1 ? `${when[0]}–${when[when.length - 1]}` : String(when[0]);
      const d = distance(known.name, guess);
      warn(firstSeen.get(year)!.get(id)!, 'school-similar-name',
        `学校名称“${known.name}”只在 ${year} 年出现，与 ${span} 年的学校“${guess}”只差 ${d} 个字。您是否指“${guess}”？如是，请改正名称（或补上学校代码），否则两者按两所学校统计；如是新学校，无需处理。`,
        `School name "${known.name}" appears only in ${year} and differs by ${d} character${d > 1 ? 's' : ''} from "${guess}" (${span}). Did you mean "${guess}"? If so, correct the name (or give the school code), else they count as two schools; if it is a new school, nothing to do.`);
    }
  }
  return resolved;
}

/**
 * Characters that tell real schools apart (第一/第二, 小学/中学, 东关/西关): names differing in
 * them are never taken for a typo of each other.
 */
const MARKERS = /[一二三四五六七八九十百零〇0-9小中初高幼职特东南西北]/gu;
const markers = (s: string) => (s.match(MARKERS) ?? []).join('');

/** How many characters may differ for a name to be a likely typo: none below 4, one below 8, else two. */
const allowed = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** A known name, measured once for `closest`. */
export interface KnownName {
  readonly name: string;
  readonly length: number;
  readonly markers: string;
}
export const knownName = (name: string): KnownName => ({ name, length: [...name].length, markers: markers(name) });

/** The known name a name is most likely a typo of, if any (the nearest; the first on a tie). */
export function closest(name: string, known: readonly KnownName[]): string | null {
  const own = knownName(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const other of known) {
    if (other.name === name) continue;
    const limit = Math.min(allowed(own.length), allowed(other.length));
    if (limit === 0 || Math.abs(other.length - own.length) > limit || other.markers !== own.markers) continue;
    const d = distance(name, other.name, limit);
    if (d <= limit && d < bestDistance) [best, bestDistance] = [other.name, d];
  }
  return best;
}

/** Levenshtein distance by characters (code points), stopping once it exceeds `limit`. */
export function distance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      least = Math.min(least, row[j]!);
    }
    if (least > limit) return least;
    prev = row;
  }
  return prev[y.length]!;
}
