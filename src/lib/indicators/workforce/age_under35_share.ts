import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'age_under35_share',
  theme: 'workforce',
  name: { zh: '35岁及以下专任教师比例', en: 'Full-time teachers aged 35 or under' },
  short: { zh: '35岁及以下', en: 'Aged 35 or under' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '统计时点年龄在35周岁及以下的专任教师占专任教师总数的百分比。', en: 'Full-time teachers aged 35 or under at the statistics date, as a percentage of all full-time teachers.' },
  formula: { zh: '35岁及以下专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers aged 35 or under ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(t.filter((d: Row) => d['age'] <= 35), t);
  },
});
