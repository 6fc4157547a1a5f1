/**
 * Teachers eligible for exchange (教师〔2014〕4号): compulsory-education full-time teachers
 * with at least N years (site.yaml) at their current school at the statistics date. A teacher
 * whose post moved with this year's exchange is judged at the school they left, from last
 * year's roster, or every transfer would make its own teacher ineligible.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnMap, yearsBetween, type Row, type YearContext } from '../context.ts';

const NO_SCHOOL_START = {
  zh: '名册没有“进本校年月”，无法判断是否满足交流年限。',
  en: 'The roster has no date of joining the school (进本校年月), so eligibility cannot be judged.',
};

export function eligibleTeachers(ctx: YearContext): ColumnTable | null | { unavailable: typeof NO_SCHOOL_START } {
  const teachers = ctx.compulsoryTeachers();
  if (!teachers) return null;
  if (!teachers.columnNames().includes('schoolStart')) return { unavailable: NO_SCHOOL_START };
  const years = ctx.config.policy.exchange_eligibility_years;
  const exchange = ctx.table('exchange');
  const transferred = new Set((exchange?.columnNames().includes('transfer') ? exchange.filter((d: Row) => d['transfer'] === '是').array('person') : []) as string[]);
  const before = columnMap(ctx.previous?.roster(), 'person', 'schoolStart', String);
  const date = ctx.date;
  return teachers.filter(aq.escape((d: Row) => {
    const start = transferred.has(d['person']) && before.has(d['person']) ? before.get(d['person'])! : d['schoolStart'];
    return typeof start === 'string' && start !== 'null' && yearsBetween(start, date) >= years;
  }));
}
