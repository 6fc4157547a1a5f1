import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'age_50plus_share',
  theme: 'workforce',
  name: { zh: '50岁及以上专任教师比例', en: 'Full-time teachers aged 50 or over' },
  short: { zh: '50岁及以上', en: 'Aged 50 or over' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '统计时点年龄在50周岁及以上的专任教师占专任教师总数的百分比。', en: 'Full-time teachers aged 50 or over at the statistics date, as a percentage of all full-time teachers.' },
  formula: { zh: '50岁及以上专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers aged 50 or over ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(t.filter((d: Row) => d['age'] >= 50), t);
  },
});
