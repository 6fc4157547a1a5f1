import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'age_structure',
  theme: 'workforce',
  name: { zh: '专任教师年龄结构', en: 'Age structure of full-time teachers' },
  short: { zh: '年龄结构', en: 'Age structure' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '各年龄段（29岁及以下、30–34岁……55–59岁、60岁及以上，按统计口径分段）专任教师占专任教师总数的百分比。', en: 'Full-time teachers in each statistical age band (29 or under, 30–34, …, 55–59, 60 or over) as a percentage of all full-time teachers.' },
  formula: { zh: '各年龄段专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers in each age band ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const rows = ctx.teachers();
    return rows && { kind: 'distribution', rows, column: 'ageBand' };
  },
});
