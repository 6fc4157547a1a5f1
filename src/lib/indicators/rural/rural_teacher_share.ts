import { share, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'rural_teacher_share',
  theme: 'rural',
  name: { zh: '乡村学校专任教师占比', en: 'Full-time teachers in rural schools' },
  short: { zh: '乡村教师占比', en: 'Rural teachers' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '乡村学校（统计意义上的乡村，代码210、220，不含镇区）专任教师占专任教师总数的百分比。', en: 'Full-time teachers in rural schools (statistical codes 210 and 220, not towns), as a percentage of all full-time teachers.' },
  formula: { zh: '乡村学校专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers in rural schools ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(where(t, 'locality', ['乡村']), t);
  },
});
