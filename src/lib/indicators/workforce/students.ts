/**
 * Pupils against staff, per school: both sides carry the school's own stage label (a
 * single stage, or e.g. "小学;初中" for a nine-year school), since enrolment is not split
 * by stage in the schools table.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Row, YearContext } from '../context.ts';
import type { Measure } from '../types.ts';

const NO_STUDENTS = {
  zh: '学校表没有“在校生数”，无法计算。',
  en: 'The schools table has no enrolment (在校生数) column.',
};

export function studentsAndTeachers(ctx: YearContext, staff: ColumnTable | null): Measure | null | { unavailable: typeof NO_STUDENTS } {
  const schools = ctx.table('schools');
  if (!staff) return null;
  // No schools table at all: the evaluation says which table is missing (reasons.ts).
  if (!schools) return null;
  if (!schools.columnNames().includes('students')) return { unavailable: NO_STUDENTS };
  const places = schools.select('school', 'stages', 'locality', 'students').derive({ stage: (d: Row) => d['stages'] });
  // Staff of schools missing from the schools table are left out of both sides.
  const people = staff.select('person', 'school').join(places.select('school', 'stage', 'locality'), 'school');
  return { kind: 'perHead', numerator: places.filter(aq.escape((d: Row) => d['students'] !== null)), column: 'students', denominator: people, per: 1 };
}
