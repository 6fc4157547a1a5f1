import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'honours',
  theme: 'recognition',
  // A count of awards, not of people: one person honoured twice is two 人次 (definition below).
  name: { zh: '表彰奖励人次', en: 'Honours awarded' },
  short: { zh: '表彰人次', en: 'Honours' },
  unit: 'awards',
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
