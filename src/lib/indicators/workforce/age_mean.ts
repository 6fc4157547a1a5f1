import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'age_mean',
  theme: 'workforce',
  name: { zh: '专任教师平均年龄', en: 'Mean age of full-time teachers' },
  short: { zh: '平均年龄', en: 'Mean age' },
  unit: 'years',
  decimals: 1,
  definition: { zh: '专任教师在统计时点的周岁年龄的算术平均数。', en: 'The arithmetic mean of full-time teachers’ age in completed years at the statistics date.' },
  formula: { zh: '专任教师统计时点周岁年龄之和 ÷ 专任教师数', en: 'Sum of full-time teachers’ ages in completed years at the statistics date ÷ full-time teachers' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const rows = ctx.teachers();
    return rows && { kind: 'mean', rows, column: 'age' };
  },
});
