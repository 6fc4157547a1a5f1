import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'honours',
  theme: 'recognition',
  name: { zh: '表彰奖励人数', en: 'People honoured' },
  short: { zh: '表彰人数', en: 'Honours' },
  unit: 'person-times',
  decimals: 0,
  definition: { zh: '当年表彰奖励记录数（一人获多项计多次），按级别和类别分。', en: 'Honour records in the year (a person honoured twice counts twice), by level and category.' },
  formula: { zh: '当年表彰奖励记录数', en: 'Honour records in the year' },
  sources: ['honours'],
  breakdowns: ['level', 'honourCategory'],
  measure: (ctx) => {
    const rows = ctx.table('honours');
    return rows && { kind: 'count', rows };
  },
});
