/**
 * One reporting year's tables as Arquero tables, with what every theme needs prepared once:
 * the roster with ages and backbone status, full-time teachers, schools, and event rows
 * enriched with the person's stage, area and sex from the roster (that year's, else the
 * previous year's for leavers).
 */
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { statisticsDate, type SiteConfig } from '../config.ts';
import { COMPULSORY_STAGES, STAGES, type Stage } from '../domain.ts';
import type { YearTables } from '../ingest/index.ts';
import type { TableKind } from '../ingest/schema.ts';
import { ageBand, peerCategory, UNKNOWN_CATEGORY } from './dimensions.ts';
import { rowNumbers } from './fingerprint.ts';

/**
 * A row inside an Arquero expression. Arquero parses these functions rather than calling
 * them, so they read columns by name and take constants through `params()`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Readonly<Record<string, any>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Params = Readonly<Record<string, any>>;

const PERSON_COLUMNS = ['person', 'stage', 'locality', 'sex', 'post', 'school'] as const;
const COUNTY_OR_ABOVE = ['国家级', '省级', '市级', '县级'];

/** Whole years from a date to another, as an age is counted. */
export const yearsBetween = (from: string, to: string): number =>
  Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);

/** 骨干教师 as policy counts them: 特级教师, 学科带头人, and 骨干教师 of county level or above (教师〔2014〕4号). */
export function isBackbone(category: unknown, level: unknown): boolean {
  if (category === '特级教师' || category === '学科带头人') return true;
  return category === '骨干教师' && (level === null || level === undefined || COUNTY_OR_ABOVE.includes(String(level)));
}

/** A column's values, or undefined for each row when the table lacks it (as a record lacking the key read). */
function column(table: ColumnTable, name: string): ArrayLike<unknown> {
  return table.columnNames().includes(name) ? table.array(name) : { length: table.numRows() };
}

/**
 * `key` → `value` over a table's rows, read from its two columns rather than an object per row;
 * keys as text. A later row wins, as in `new Map(rows)`. No table: an empty map.
 */
export function columnMap<V = unknown>(table: ColumnTable | null | undefined, key: string, value: string, as: (v: unknown) => V = (v) => v as V): Map<string, V> {
  const map = new Map<string, V>();
  if (!table) return map;
  const keys = table.array(key);
  const values = table.array(value);
  for (let i = 0; i < keys.length; i++) map.set(String(keys[i]), as(values[i]));
  return map;
}

export class YearContext {
  readonly #tables = new Map<string, ColumnTable | null>();
  #stages: Map<string, Set<string>> | undefined;
  #peers: Map<string, string> | undefined;
  readonly year: number;
  readonly #records: YearTables;
  readonly #previous: YearContext | null;
  readonly #reads: Set<string> | null;
  readonly config: SiteConfig;
  /** the statistics date of this reporting year, e.g. 2024-09-30 */
  readonly date: string;

  /**
   * `reads`, when given, collects what is read: `2023` for a year whose data is read, `2023?`
   * for a year whose presence is (coverage-memo.ts keeps an answer with what it read).
   */
  constructor(year: number, records: YearTables, previous: YearContext | null, config: SiteConfig, reads: Set<string> | null = null) {
    this.year = year;
    this.#records = records;
    this.#previous = previous;
    this.#reads = reads;
    this.config = config;
    this.date = statisticsDate(config, year);
  }

  /** The year before, when the data has it: whether it has it is read, its data only when used. */
  get previous(): YearContext | null {
    this.#reads?.add(`${this.year - 1}?`);
    return this.#previous;
  }

  get records(): YearTables {
    this.#reads?.add(String(this.year));
    return this.#records;
  }

  has(kind: TableKind): boolean {
    return this.records[kind] !== undefined;
  }

  #memo(key: string, make: () => ColumnTable | null): ColumnTable | null {
    this.#reads?.add(String(this.year));
    if (!this.#tables.has(key)) this.#tables.set(key, make());
    return this.#tables.get(key)!;
  }

  /** The year's rows of one table kind, or null when the year has no such table. */
  table(kind: TableKind): ColumnTable | null {
    if (kind === 'roster') return this.roster();
    return this.#memo(`table:${kind}`, () => {
      const rows = this.records[kind];
      return rows ? rows.assign(rowNumbers(`${this.year}:${kind}`, rows.numRows())) : null;
    });
  }

  /** The roster with each person's age and age band at the statistics date, and backbone status. */
  roster(): ColumnTable | null {
    return this.#memo('roster', () => {
      const rows = this.records.roster;
      if (!rows) return null;
      const n = rows.numRows();
      const birth = rows.array('birth');
      const age = Array.from({ length: n }, (_, i) => yearsBetween(String(birth[i]), this.date));
      const added: Record<string, unknown[]> = { age, ageBand: age.map(ageBand) };
      // Without a 骨干类别 column there is no backbone column at all: an indicator that reads it
      // is then not available (x), never a count of zero.
      if (n > 0 && rows.columnNames().includes('backboneCategory')) {
        const category = rows.array('backboneCategory');
        const level = rows.columnNames().includes('backboneLevel') ? rows.array('backboneLevel') : null;
        added['backbone'] = Array.from({ length: n }, (_, i) => isBackbone(category[i], level ? level[i] : undefined));
      }
      return rows.assign(added, rowNumbers(`${this.year}:roster`, n));
    });
  }

  /** 专任教师: roster rows whose post is full-time teacher (a headcount at the statistics date). */
  teachers(): ColumnTable | null {
    return this.#memo('teachers', () => this.roster()?.filter((d: Row) => d['post'] === '专任教师') ?? null);
  }

  /** 义务教育专任教师: full-time teachers of 小学 and 初中. */
  compulsoryTeachers(): ColumnTable | null {
    return this.#memo('compulsory', () => this.teachers()?.params({ stages: COMPULSORY_STAGES }).filter((d: Row, $: Params) => op.includes($['stages'], d['stage'])) ?? null);
  }

  /** school → 城乡 (and 在校生数, 学段 when the schools table is given), else derived from the roster. */
  schools(): ColumnTable | null {
    return this.#memo('schoolPlaces', () => {
      const given = this.records.schools;
      if (given) return given.dedupe('school');
      return this.roster()?.select('school', 'locality').dedupe('school') ?? null;
    });
  }

  /** school → the stages it teaches: the schools table's 学段 where given, else its teachers' stages in the roster. */
  schoolStages(): Map<string, Set<string>> {
    this.#reads?.add(String(this.year));
    if (this.#stages) return this.#stages;
    const out = new Map<string, Set<string>>();
    const { schools, roster } = this.records;
    if (schools) {
      const stages = column(schools, 'stages');
      schools.array('school').forEach((school, i) => out.set(String(school), new Set(String(stages[i] ?? '').split(';').filter(Boolean))));
    }
    if (roster) {
      const stage = column(roster, 'stage');
      roster.array('school').forEach((name, i) => {
        const school = String(name);
        if (schools && out.has(school)) return;
        out.set(school, (out.get(school) ?? new Set()).add(String(stage[i])));
      });
    }
    return (this.#stages = out);
  }

  /** school → its peer group (same stages and urban/rural class), for comparing a school with schools like it. */
  schoolPeers(): Map<string, string> {
    this.#reads?.add(String(this.year));
    if (this.#peers) return this.#peers;
    const areas = new Map<string, string>();
    const { schools, roster } = this.records;
    if (schools) {
      const locality = column(schools, 'locality');
      schools.array('school').forEach((school, i) => areas.set(String(school), String(locality[i])));
    }
    if (roster) {
      const locality = column(roster, 'locality');
      roster.array('school').forEach((school, i) => { if (!areas.has(String(school))) areas.set(String(school), String(locality[i])); });
    }
    return (this.#peers = new Map([...this.schoolStages()].map(([school, stages]) => [school, peerCategory([...stages].sort((a, b) => STAGES.indexOf(a as Stage) - STAGES.indexOf(b as Stage)).join(';'), areas.get(school) ?? UNKNOWN_CATEGORY)])));
  }

  /** Event rows with the person's stage, locality, sex, post and school; unmatched people get 不详. */
  withPerson(events: ColumnTable): ColumnTable {
    const current = this.roster()?.select(...PERSON_COLUMNS);
    const before = this.previous?.roster()?.select(...PERSON_COLUMNS);
    const own = new Set(events.columnNames());
    const extra = PERSON_COLUMNS.filter((c) => c !== 'person' && !own.has(c));
    let t = events;
    for (const [suffix, people] of [['_t', current], ['_p', before]] as const) {
      t = people
        ? t.join_left(people.select(...extra, 'person').rename(Object.fromEntries(extra.map((c) => [c, c + suffix]))), 'person')
        : t.derive(Object.fromEntries(extra.map((c) => [c + suffix, () => null])));
    }
    const fill = Object.fromEntries(extra.map((c) => [c, aq.escape((d: Row) => d[c + '_t'] ?? d[c + '_p'] ?? UNKNOWN_CATEGORY)]));
    return t.derive(fill).select(aq.not(...extra.flatMap((c) => [c + '_t', c + '_p'])));
  }

  /**
   * 交流轮岗 in compulsory education: one row per person whose exchange began in the year
   * (the earliest record), with the sending and receiving schools' 城乡, the direction, and
   * backbone status (the record's 是否骨干教师, else the roster's).
   */
  exchanged(): ColumnTable | null {
    return this.#memo('exchanged', () => {
      const exchange = this.table('exchange');
      const schools = this.schools();
      if (!exchange || !schools) return null;
      const roster = this.roster() ?? this.previous?.roster();
      const backbone = roster?.columnNames().includes('backbone') ? roster.select('person', 'backbone').rename({ backbone: 'rosterBackbone' }) : null;
      const places = schools.select('school', 'locality');
      const recordsBackbone = exchange.columnNames().includes('backbone');
      const records = recordsBackbone ? exchange : exchange.derive({ backbone: () => null });
      let t = this.withPerson(records.orderby('start').dedupe('person'))
        .params({ stages: COMPULSORY_STAGES })
        .filter((d: Row, $: Params) => op.includes($['stages'], d['stage']))
        .join_left(places.rename({ school: 'from', locality: 'fromLocality' }), 'from')
        .join_left(places.rename({ school: 'to', locality: 'toLocality' }), 'to');
      t = backbone ? t.join_left(backbone, 'person') : t.derive({ rosterBackbone: () => null });
      const derived = t.derive({
        // 城乡 of the sending school, so exchanged teachers and their denominator are classified alike.
        locality: (d: Row) => d['fromLocality'] ?? '不详',
        // per school, an exchange counts at the sending school (exchange_in counts the receiving one)
        school: (d: Row) => d['from'],
        direction: (d: Row) => (d['fromLocality'] ?? '不详') + '→' + (d['toLocality'] ?? '不详'),
        isBackbone: (d: Row) => (d['backbone'] != null ? d['backbone'] === '是' : d['rosterBackbone'] === true),
      });
      // Neither the records nor the roster say who is a backbone teacher: no isBackbone column (→ x).
      return recordsBackbone || backbone ? derived : derived.select(aq.not('isBackbone'));
    });
  }
}

/** Contexts for every year of the dataset, each linked to the year before it; `reads` as YearContext's. */
export function yearContexts(records: ReadonlyMap<number, YearTables>, config: SiteConfig, reads: Set<string> | null = null): YearContext[] {
  const years = [...records.keys()].sort((a, b) => a - b);
  const out: YearContext[] = [];
  for (const year of years) {
    const prev = out.find((c) => c.year === year - 1) ?? null;
    out.push(new YearContext(year, records.get(year)!, prev, config, reads));
  }
  return out;
}
