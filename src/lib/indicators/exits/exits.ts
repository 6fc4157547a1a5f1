import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exits',
  theme: 'exits',
  name: { zh: '减员人数', en: 'Staff who left' },
  short: { zh: '减员', en: 'Exits' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年减员记录数，按类型（退休、调出、辞职、解聘、死亡、其他）分。', en: 'Exit records in the year, by type (retirement, transfer out, resignation, dismissal, death, other).' },
  formula: { zh: '当年减员记录数，按类型分', en: 'Exit records in the year, by type' },
  sources: ['exits'],
  breakdowns: ['exitType'],
  measure: (ctx) => {
    const rows = ctx.table('exits');
    return rows && { kind: 'count', rows };
  },
});
