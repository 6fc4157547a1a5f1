import { BACHELOR_PLUS, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'gap_bachelor_plus',
  theme: 'rural',
  name: { zh: '城乡本科及以上学历比例差', en: 'Urban–rural gap in bachelor’s-or-higher share' },
  short: { zh: '本科学历城乡差', en: 'Degree gap' },
  unit: 'points',
  decimals: 1,
  definition: { zh: '本科及以上学历专任教师比例，城区减乡村，单位为百分点。正数表示城区高于乡村，负数表示城区低于乡村。', en: 'The share of full-time teachers with a bachelor’s degree or higher in urban schools minus that in rural schools, in percentage points. Positive means urban is higher, negative that rural is higher.' },
  formula: { zh: '城区本科及以上学历比例 − 乡村本科及以上学历比例（百分点）', en: 'Urban bachelor’s-or-higher share − rural share (percentage points)' },
  sources: ['roster'],
  breakdowns: [],
  compares: { indicator: 'bachelor_plus_share', dimension: 'locality', minuend: '城区', subtrahend: '乡村' },
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && { kind: 'gap', numerator: where(t, 'education', BACHELOR_PLUS), denominator: t, column: 'locality', minuend: '城区', subtrahend: '乡村' };
  },
});
