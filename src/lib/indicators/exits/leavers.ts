import { defineIndicator } from '../types.ts';
import { leaversPlaced } from './reconcile.ts';

export default defineIndicator({
  id: 'leavers',
  theme: 'exits',
  name: { zh: '专任教师流失人数', en: 'Full-time teachers who left' },
  short: { zh: '流失人数', en: 'Leavers' },
  unit: 'persons',
  decimals: 0,
  definition: {
    zh: '上年专任教师中本年不再是专任教师的人数，即流失率的分子；按离开方式（有减员记录、仍在名册但转为其他岗位、离开名册而无减员记录）和减员类型分。与“减员人数”的对应见下表：减员记录包括全部教职工和本年新进后又离开的人员。',
    en: "Last year's full-time teachers who are not full-time teachers this year: the attrition rate's numerator; by how they left (with an exit record, still on the roster in another post, off the roster with no exit record) and by exit type. The table below reconciles it with “Staff who left”, whose records cover all staff and people who joined and left within the year.",
  },
  formula: { zh: '上一年专任教师中本年已不是专任教师的人数', en: 'Last year’s full-time teachers who are no longer full-time teachers this year' },
  sources: ['roster'],
  breakdowns: ['leaveRoute', 'exitType', 'locality'],
  measure: (ctx) => {
    const rows = leaversPlaced(ctx);
    if (!rows || 'unavailable' in rows) return rows;
    return { kind: 'count', rows };
  },
});
