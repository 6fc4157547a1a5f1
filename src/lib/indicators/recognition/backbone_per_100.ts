import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'backbone_per_100',
  theme: 'recognition',
  name: { zh: '每百名专任教师骨干教师数', en: 'Backbone teachers per 100 full-time teachers' },
  short: { zh: '每百名教师骨干数', en: 'Backbone per 100' },
  unit: 'per100',
  decimals: 1,
  definition: { zh: '骨干教师数除以专任教师数再乘以100。', en: 'Backbone teachers divided by full-time teachers, times 100.' },
  formula: { zh: '骨干教师数 ÷ 专任教师数 × 100', en: 'Backbone teachers ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['locality', 'school'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(t.filter((d: Row) => d['backbone'] === true), t);
  },
});
