import { FIRST_YEAR_NOTE } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'net_change',
  theme: 'workforce',
  name: { zh: '专任教师净增人数', en: 'Net change in full-time teachers' },
  short: { zh: '专任教师净增', en: 'Net change' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '本年专任教师数减去上年专任教师数；负数表示减少。', en: 'Full-time teachers this year minus full-time teachers the year before; negative means fewer.' },
  formula: { zh: '本年专任教师数 − 上一年专任教师数', en: 'Full-time teachers this year − full-time teachers last year' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const current = ctx.teachers();
    const previous = ctx.previous?.teachers();
    if (!current) return null;
    return previous ? { kind: 'difference', current, previous } : { unavailable: FIRST_YEAR_NOTE };
  },
});
