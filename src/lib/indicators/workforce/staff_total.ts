import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'staff_total',
  theme: 'workforce',
  name: { zh: '教职工总数', en: 'All staff (headcount)' },
  short: { zh: '教职工', en: 'All staff' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '统计时点教职工名册的总人数，含专任教师、行政人员、教辅人员、工勤人员和其他人员。', en: 'Everyone on the staff roster at the statistics date: full-time teachers, administrators, support and ancillary staff.' },
  formula: { zh: '名册中的教职工人数', en: 'Staff on the roster' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const rows = ctx.roster();
    return rows && { kind: 'count', rows };
  },
});
