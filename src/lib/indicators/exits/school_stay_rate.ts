import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { cohort, sameSchool } from './stayers.ts';

export default defineIndicator({
  id: 'school_stay_rate',
  theme: 'exits',
  name: { zh: '同校留任率', en: 'Same-school retention rate' },
  short: { zh: '同校留任率', en: 'Same-school retention' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '上年专任教师中本年仍在同一所学校的人数占上年专任教师数的百分比。',
    en: "Last year's full-time teachers still at the same school this year, as a percentage of last year's full-time teachers.",
  },
  formula: { zh: '上一年专任教师中本年仍在同一学校的人数 ÷ 上一年专任教师数 × 100', en: 'Last year’s full-time teachers still at the same school this year ÷ last year’s full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['locality'],
  measure: (ctx) => {
    const c = cohort(ctx);
    if (!c || 'unavailable' in c) return c;
    return share(sameSchool(c), c.before);
  },
});
