/** New hires with the 城乡 of their school: the record's own, else the schools table's. */
import type { ColumnTable } from 'arquero';
import type { Row, YearContext } from '../context.ts';

export function hires(ctx: YearContext): ColumnTable | null {
  const r = ctx.table('recruitment');
  if (!r) return null;
  const schools = ctx.schools();
  const own = r.columnNames().includes('locality') ? r : r.derive({ locality: () => null });
  if (!schools) return own;
  return own
    .join_left(schools.select('school', 'locality').rename({ locality: 'schoolLocality' }), 'school')
    .derive({ locality: (d: Row) => d['locality'] ?? d['schoolLocality'] });
}
