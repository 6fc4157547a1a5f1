/** Last year's full-time teachers, matched by staff number against this year's roster. */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnMap, type Row, type YearContext } from '../context.ts';
import { FIRST_YEAR_NOTE } from '../shared.ts';

export interface Cohort {
  /** full-time teachers of t−1, with their t−1 stage, area and school */
  readonly before: ColumnTable;
  /** person → school in the roster of t, for everyone on it */
  readonly schoolNow: ReadonlyMap<string, string>;
  /** full-time teachers of t */
  readonly teachersNow: ReadonlySet<string>;
}

export function cohort(ctx: YearContext): Cohort | null | { unavailable: typeof FIRST_YEAR_NOTE } {
  const now = ctx.roster();
  if (!now) return null;
  const before = ctx.previous?.teachers();
  if (!before) return { unavailable: FIRST_YEAR_NOTE };
  const schoolNow = columnMap(now, 'person', 'school', String);
  const teachersNow = new Set((ctx.teachers()!.array('person') as string[]).map(String));
  return { before, schoolNow, teachersNow };
}

export const stillOnRoster = (c: Cohort): ColumnTable => c.before.filter(aq.escape((d: Row) => c.schoolNow.has(d['person'])));
export const sameSchool = (c: Cohort): ColumnTable => c.before.filter(aq.escape((d: Row) => c.schoolNow.get(d['person']) === d['school']));
export const leavers = (c: Cohort): ColumnTable => c.before.filter(aq.escape((d: Row) => !c.teachersNow.has(d['person'])));
