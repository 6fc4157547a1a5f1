import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { cohort, leavers } from './stayers.ts';

export default defineIndicator({
  id: 'attrition_rate',
  theme: 'exits',
  name: { zh: '专任教师流失率', en: 'Teacher attrition rate' },
  short: { zh: '流失率', en: 'Attrition' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '上年专任教师中本年不再是专任教师的人数（离开者）占上年专任教师数的百分比；离开者 = 上年专任教师数 − 本年专任教师数 + 本年新进专任教师数（UNESCO SDG 4.c.6）。减员类型见“减员人数”。',
    en: "Last year's full-time teachers who are not full-time teachers this year (leavers), as a percentage of last year's full-time teachers; leavers = teachers(t−1) − teachers(t) + entrants(t) (UNESCO SDG 4.c.6). Exits by type are under “Staff who left”.",
  },
  formula: { zh: '上一年专任教师中本年已不是专任教师的人数 ÷ 上一年专任教师数 × 100', en: 'Last year’s full-time teachers who are no longer full-time teachers this year ÷ last year’s full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['locality'],
  measure: (ctx) => {
    const c = cohort(ctx);
    if (!c || 'unavailable' in c) return c;
    return share(leavers(c), c.before);
  },
});
