import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { cohort, stillOnRoster } from './stayers.ts';

export default defineIndicator({
  id: 'retention_rate',
  theme: 'exits',
  name: { zh: '专任教师留任率', en: 'Teacher retention rate' },
  short: { zh: '留任率', en: 'Retention' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '上年专任教师中本年仍在教职工名册（任何学校、任何岗位）的人数占上年专任教师数的百分比。“留得住”看乡村学校的这一比例。',
    en: "Last year's full-time teachers still on this year's roster (at any school, in any post), as a percentage of last year's full-time teachers. Rural retention is what “keeping teachers” means.",
  },
  formula: { zh: '上一年专任教师中本年仍在名册上的人数 ÷ 上一年专任教师数 × 100', en: 'Last year’s full-time teachers still on this year’s roster ÷ last year’s full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['locality'],
  measure: (ctx) => {
    const c = cohort(ctx);
    if (!c || 'unavailable' in c) return c;
    return share(stillOnRoster(c), c.before);
  },
});
