import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'female_share',
  theme: 'workforce',
  name: { zh: '女性专任教师比例', en: 'Women among full-time teachers' },
  short: { zh: '女教师比例', en: 'Women teachers' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '女性专任教师人数占专任教师总数的百分比。', en: 'Female full-time teachers as a percentage of all full-time teachers.' },
  formula: { zh: '女性专任教师数 ÷ 专任教师数 × 100', en: 'Female full-time teachers ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(t.filter((d: Row) => d['sex'] === '女'), t);
  },
});
