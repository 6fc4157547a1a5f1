import type { Row } from '../context.ts';
// backbone_per_100 by area, urban minus rural

import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'gap_backbone_per_100',
  theme: 'rural',
  name: { zh: '城乡每百名专任教师骨干教师数差', en: 'Urban–rural gap in backbone teachers per 100' },
  short: { zh: '骨干教师城乡差', en: 'Backbone gap' },
  unit: 'per100',
  decimals: 1,
  definition: { zh: '每百名专任教师骨干教师数，城区减乡村。正数表示城区高于乡村，负数表示城区低于乡村。', en: 'Backbone teachers per 100 full-time teachers in urban schools minus that in rural schools. Positive means urban is higher, negative that rural is higher.' },
  formula: { zh: '城区每百名专任教师骨干教师数 − 乡村每百名专任教师骨干教师数', en: 'Urban backbone teachers per 100 − rural backbone teachers per 100' },
  sources: ['roster'],
  breakdowns: [],
  compares: { indicator: 'backbone_per_100', dimension: 'locality', minuend: '城区', subtrahend: '乡村' },
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && { kind: 'gap', numerator: t.filter((d: Row) => d['backbone'] === true), denominator: t, column: 'locality', minuend: '城区', subtrahend: '乡村' };
  },
});
