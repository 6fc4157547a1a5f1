import { where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'retirements',
  theme: 'exits',
  name: { zh: '退休人数', en: 'Retirements' },
  short: { zh: '退休', en: 'Retirements' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年类型为“退休”的减员人数。', en: 'Exits of type retirement in the year.' },
  formula: { zh: '当年类型为“退休”的减员人数', en: 'Exits of type retirement in the year' },
  sources: ['exits'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const rows = ctx.table('exits');
    return rows && { kind: 'count', rows: ctx.withPerson(where(rows, 'type', ['退休'])) };
  },
});
