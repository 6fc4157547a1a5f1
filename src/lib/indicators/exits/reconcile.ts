/**
 * What reconciles 减员 (every staff record that ended: exit records, all staff) with 流失 (last
 * year's full-time teachers who are not full-time teachers this year, the attrition rate's
 * numerator): each exit record is placed against last year's roster, and each leaver by how
 * they left. The two meet in the leavers with an exit record.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnMap, type Row, type YearContext } from '../context.ts';
import { UNKNOWN_CATEGORY } from '../dimensions.ts';
import { cohort, leavers } from './stayers.ts';
import { FIRST_YEAR_NOTE } from '../shared.ts';

/** The indicator pages that show the reconciliation table (ExitsReconciliation.astro). */
export const RECONCILED_ON: readonly string[] = ['exits', 'leavers', 'attrition_rate'];

/** The year's exit records, each with who it is against last year's roster (不详 without one). */
export function exitsPlaced(ctx: YearContext): ColumnTable | null {
  const exits = ctx.table('exits');
  if (!exits) return null;
  const before = ctx.previous?.roster();
  const post = columnMap(before, 'person', 'post');
  // A teacher who left after the statistics date is still on this year's roster: a leaver of next year.
  const teachingNow = new Set((ctx.teachers()?.array('person') as string[] | undefined ?? []).map(String));
  return exits.derive({
    exitPerson: aq.escape((d: Row) => {
      if (!before) return UNKNOWN_CATEGORY;
      const p = post.get(String(d['person']));
      if (p === undefined) return '不在上年名册';
      if (p !== '专任教师') return '上年其他教职工';
      return teachingNow.has(String(d['person'])) ? '仍在本年名册的专任教师' : '上年专任教师';
    }),
  });
}

/** Last year's full-time teachers who are not full-time teachers this year, with how they left and the exit's type. */
export function leaversPlaced(ctx: YearContext): ColumnTable | null | { unavailable: typeof FIRST_YEAR_NOTE } {
  const c = cohort(ctx);
  if (!c || 'unavailable' in c) return c;
  // An exit after last year's statistics date is in last year's exits table: it counts too.
  const exits = ctx.table('exits');
  const earlier = ctx.previous?.table('exits');
  const type = new Map([...columnMap(earlier, 'person', 'type'), ...columnMap(exits, 'person', 'type')]);
  return leavers(c).derive({
    leaveRoute: aq.escape((d: Row) => {
      const p = String(d['person']);
      if (type.has(p)) return '有减员记录';
      if (c.schoolNow.has(p)) return '转为其他岗位';
      return exits ? '离开名册无减员记录' : UNKNOWN_CATEGORY;
    }),
    type: aq.escape((d: Row) => type.get(String(d['person'])) ?? null),
  });
}
