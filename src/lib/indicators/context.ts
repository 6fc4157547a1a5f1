/**
 * One reporting year's tables as Arquero tables, with the joins every theme needs prepared
 * once: full-time teachers, and event rows enriched with the person's stage, urban/rural
 * class and sex from the roster (that year's, else the previous year's for leavers).
 */
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { SiteConfig } from '../config.ts';
import { COMPULSORY_STAGES } from '../domain.ts';
import type { TableKind } from '../ingest/schema.ts';
import type { RecordRow } from '../ingest/sheet.ts';
import { UNKNOWN_CATEGORY } from './dimensions.ts';

const PERSON_COLUMNS = ['person', 'stage', 'locality', 'sex', 'post', 'school'] as const;

/**
 * A row inside an Arquero expression. Arquero parses these functions rather than calling
 * them, so they read columns by name and take constants through `params()`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Readonly<Record<'person' | 'stage' | 'locality' | 'sex' | 'post' | 'school' | 'education' | 'title' | 'level' | 'form' | 'hours' | 'start' | 'from' | 'to' | 'mode', any>>;
export type Params = Readonly<Record<string, any>>;

export class YearContext {
  readonly #tables = new Map<string, ColumnTable | null>();
  readonly year: number;
  readonly records: Partial<Record<TableKind, readonly RecordRow[]>>;
  readonly previous: YearContext | null;
  readonly config: SiteConfig;

  constructor(year: number, records: Partial<Record<TableKind, readonly RecordRow[]>>, previous: YearContext | null, config: SiteConfig) {
    this.year = year;
    this.records = records;
    this.previous = previous;
    this.config = config;
  }

  has(kind: TableKind): boolean {
    return this.records[kind] !== undefined;
  }

  #memo(key: string, make: () => ColumnTable | null): ColumnTable | null {
    if (!this.#tables.has(key)) this.#tables.set(key, make());
    return this.#tables.get(key)!;
  }

  /** The year's rows of one table kind, or null when the year has no such table. */
  table(kind: TableKind): ColumnTable | null {
    return this.#memo(kind, () => {
      const rows = this.records[kind];
      return rows ? aq.from(rows as object[]) : null;
    });
  }

  /** 专任教师: roster rows whose post is full-time teacher (a headcount at the statistics date). */
  teachers(): ColumnTable | null {
    return this.#memo('teachers', () => this.table('roster')?.filter((d: Row) => d.post === '专任教师') ?? null);
  }

  /** 义务教育专任教师: full-time teachers of 小学 and 初中. */
  compulsoryTeachers(): ColumnTable | null {
    return this.#memo('compulsory', () => this.teachers()?.params({ stages: COMPULSORY_STAGES }).filter((d: Row, $: Params) => op.includes($['stages'], d.stage)) ?? null);
  }

  /** school → 城乡, from the schools table when given, else from the roster. */
  schoolLocality(): ColumnTable | null {
    return this.#memo('schoolLocality', () => {
      const source = this.table('schools') ?? this.table('roster');
      return source ? source.select('school', 'locality').dedupe('school') : null;
    });
  }

  /** Event rows with the person's stage, locality, sex, post and school; unmatched people get 不详. */
  withPerson(events: ColumnTable): ColumnTable {
    const current = this.table('roster')?.select(...PERSON_COLUMNS);
    const before = this.previous?.table('roster')?.select(...PERSON_COLUMNS);
    const own = new Set(events.columnNames());
    const extra = PERSON_COLUMNS.filter((c) => c !== 'person' && !own.has(c));
    let t = events;
    for (const [suffix, people] of [['_t', current], ['_p', before]] as const) {
      t = people
        ? t.join_left(people.select(...extra.map((c) => c), 'person').rename(Object.fromEntries(extra.map((c) => [c, c + suffix]))), 'person')
        : t.derive(Object.fromEntries(extra.map((c) => [c + suffix, () => null])));
    }
    const fill = Object.fromEntries(extra.map((c) => [c, aq.escape((d: Record<string, unknown>) => d[c + '_t'] ?? d[c + '_p'] ?? UNKNOWN_CATEGORY)]));
    return t.derive(fill).select(aq.not(...extra.flatMap((c) => [c + '_t', c + '_p'])));
  }
}

/** Contexts for every year of the dataset, each linked to the year before it. */
export function yearContexts(records: ReadonlyMap<number, Partial<Record<TableKind, readonly RecordRow[]>>>, config: SiteConfig): YearContext[] {
  const years = [...records.keys()].sort((a, b) => a - b);
  const out: YearContext[] = [];
  for (const year of years) {
    const prev = out.find((c) => c.year === year - 1) ?? null;
    out.push(new YearContext(year, records.get(year)!, prev, config));
  }
  return out;
}
