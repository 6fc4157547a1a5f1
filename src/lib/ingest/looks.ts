/**
 * A sheet that matched no table kind but looks like one: a table the clerk meant to supply and
 * that would be silently left out (its indicators then show x). As data, never code per kind:
 *
 * - by its columns: the row among the first 15 naming most known columns of one kind names at
 *   least two, one of them an identifying column, and one that is not a person column (教师编号,
 *   身份证件号, 姓名 are in every table of people: a bare list of names is not a roster);
 * - by its name: the sheet's or the file's name holds a word for the kind (KIND_WORDS), and the
 *   sheet names at least one known column of that kind.
 *
 * Only known column names are reported (never a raw cell, which may be a person's name).
 */
import { normaliseKey } from './normalise.ts';
import { TABLE_SPECS, type TableSpec } from './schema.ts';
import { SEARCH_ROWS } from './header.ts';
import type { Issue } from './issues.ts';
import type { RawSheet } from './workbook.ts';

/** Words in a sheet's or file's name that show which kind of table it is meant to be (a kind without any is known by its columns only). */
export const KIND_WORDS: Readonly<Partial<Record<TableSpec['kind'], readonly string[]>>> = {
  roster: ['花名册', '名册', '基本信息', '教职工信息'],
  schools: ['学校'],
  exchange: ['交流', '轮岗'],
  training: ['培训'],
  recruitment: ['招聘', '新进', '新入职'],
  promotions: ['职称', '评聘'],
  honours: ['表彰', '荣誉', '奖励'],
  exits: ['减员', '离退', '调出', '离职', '退休'],
  funds: ['经费', '补助'],
};

/** Person columns every table of people has: they tell no kind from another. */
const PERSON_KEYS = new Set(['person', 'idcard', 'name']);

export interface LookAlike {
  readonly spec: TableSpec;
  /** the kind's column names the sheet has (their headers as the data guide names them) */
  readonly known: readonly string[];
  /** the column names it would need to be read */
  readonly missing: readonly string[];
  /** what showed the kind: its columns, or a word in the sheet's or file's name */
  readonly by: 'columns' | 'name';
}

const NAMES = new Map(TABLE_SPECS.map((spec) => [
  spec.kind,
  new Map(spec.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])].map((n) => [normaliseKey(n), f.key] as const))),
]));

const keyOf = (names: ReadonlyMap<string, string>, text: string): string | undefined =>
  names.get(text) ?? names.get(text.replace(/\([^)]*\)$/, '')) ?? text.split('/').map((p) => names.get(p)).find(Boolean);

/** The field keys of `spec` named in the best row among the first 15. */
function bestRow(sheet: RawSheet, spec: TableSpec): Set<string> {
  const names = NAMES.get(spec.kind)!;
  let best = new Set<string>();
  for (let r = 0; r < Math.min(SEARCH_ROWS, sheet.rows.length); r++) {
    const keys = new Set<string>();
    for (const c of sheet.rows[r] ?? []) {
      const v = c?.value;
      const key = v === null || v === undefined ? undefined : keyOf(names, normaliseKey(v));
      if (key) keys.add(key);
    }
    if (keys.size > best.size) best = keys;
  }
  return best;
}

const header = (spec: TableSpec, key: string) => spec.fields.find((f) => f.key === key)?.header ?? key;

/** What `spec` needs that `keys` lack: required columns, a person identifier where required, an identifying column. */
function lacking(spec: TableSpec, keys: ReadonlySet<string>): string[] {
  const out = spec.fields.filter((f) => f.required && !keys.has(f.key)).map((f) => f.key);
  if (spec.identity === 'required' && !keys.has('person') && !keys.has('idcard')) out.unshift('person');
  if (!spec.identifying.some((k) => keys.has(k)) && !spec.identifying.some((k) => out.includes(k))) out.push(spec.identifying[0]!);
  return out.map((k) => header(spec, k));
}

/** The kind a sheet that matched none looks like, or null. `file` is the path in the data folder. */
export function looksLike(sheet: RawSheet, file: string): LookAlike | null {
  const base = file.split('/').pop() ?? file;
  const found: (LookAlike & { score: number })[] = [];
  for (const spec of TABLE_SPECS) {
    const keys = bestRow(sheet, spec);
    if (keys.size === 0) continue;
    const inName = (KIND_WORDS[spec.kind] ?? []).some((w) => sheet.name.includes(w) || base.includes(w));
    const byColumns = keys.size >= 2 && spec.identifying.some((k) => keys.has(k)) && [...keys].some((k) => !PERSON_KEYS.has(k));
    if (!inName && !byColumns) continue;
    const known = spec.fields.filter((f) => keys.has(f.key)).map((f) => f.header);
    const score = (inName ? 1000 : 0) + keys.size * 10 + (spec.identifying.some((k) => keys.has(k)) ? 1 : 0);
    found.push({ spec, known, missing: lacking(spec, keys), by: byColumns ? 'columns' : 'name', score });
  }
  const best = found.sort((a, b) => b.score - a.score)[0];
  if (!best || best.missing.length === 0) return null;
  const { score: _, ...look } = best;
  return look;
}

/**
 * The error for a sheet that looks like a kind but cannot be read: what it has, what it lacks,
 * and the site.yaml lines that leave it out on purpose.
 */
export function unreadableSheet(file: string, sheet: string, look: LookAlike): Issue {
  const entry = `${file} › ${sheet}`;
  const why = look.by === 'name' ? ['从表名看', 'By its name, this looks'] : ['', 'Looks'];
  return { file, sheet, severity: 'error', code: 'unreadable-sheet',
    zh: `${why[0]}像是“${look.spec.zh}”表（可识别的列：${look.known.join('、')}），但缺少：${look.missing.join('、')}，未能读取；请补上这些列（列名见数据说明），或如该表不应读取，在 site.yaml 的 ignore: 中列出：\n      ignore:\n        - ${entry}`,
    en: `${why[1]} like the ${look.spec.en} table (known columns: ${look.known.join(', ')}) but lacks ${look.missing.join(', ')}, so it was not read; add these columns (names in the data guide), or if the sheet should not be read, list it under ignore: in site.yaml:\n      ignore:\n        - ${entry}` };
}
