import type { Row } from '../context.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'promotions',
  theme: 'titles',
  name: { zh: '职称晋升人数', en: 'Title promotions' },
  short: { zh: '职称晋升', en: 'Promotions' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年取得新专业技术职务的人数，按新职称分。', en: 'People granted a new professional title in the year, by the new title.' },
  formula: { zh: '当年职称评聘记录数，按新职称分', en: 'Title promotions recorded in the year, by new title' },
  sources: ['promotions'],
  breakdowns: ['title'],
  measure: (ctx) => {
    const p = ctx.table('promotions');
    return p && { kind: 'count', rows: p.derive({ title: (d: Row) => d['newTitle'] }) };
  },
});
