import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'fulltime_teachers',
  theme: 'workforce',
  name: { zh: '专任教师数', en: 'Full-time teachers (headcount)' },
  short: { zh: '专任教师', en: 'Full-time teachers' },
  unit: 'persons',
  decimals: 0,
  definition: {
    zh: '统计时点（默认9月30日）教职工名册中教职工类别为“专任教师”的人数。按人头计，不折合全时当量。',
    en: 'Staff on the roster at the statistics date (30 September by default) whose post is full-time teacher (专任教师). A headcount, not full-time equivalents.',
  },
  formula: { zh: '名册中教职工类别为“专任教师”的人数', en: 'People on the roster whose post is full-time teacher' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality', 'sex', 'school'],
  measure: (ctx) => {
    const rows = ctx.teachers();
    return rows && { kind: 'count', rows };
  },
});
