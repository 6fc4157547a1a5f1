import { SENIOR_TITLES, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'gap_senior_title',
  theme: 'rural',
  name: { zh: '城乡高级职称比例差', en: 'Urban–rural gap in senior-title share' },
  short: { zh: '高级职称城乡差', en: 'Senior-title gap' },
  unit: 'points',
  decimals: 1,
  definition: { zh: '高级及以上职称专任教师比例，城区减乡村，单位为百分点。正数表示城区高于乡村，负数表示城区低于乡村。', en: 'The share of full-time teachers with a senior title or above in urban schools minus that in rural schools, in percentage points. Positive means urban is higher, negative that rural is higher.' },
  formula: { zh: '城区高级及以上职称比例 − 乡村高级及以上职称比例（百分点）', en: 'Urban senior-title share − rural senior-title share (percentage points)' },
  sources: ['roster'],
  breakdowns: [],
  compares: { indicator: 'senior_title_share', dimension: 'locality', minuend: '城区', subtrahend: '乡村' },
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && { kind: 'gap', numerator: where(t, 'title', SENIOR_TITLES), denominator: t, column: 'locality', minuend: '城区', subtrahend: '乡村' };
  },
});
