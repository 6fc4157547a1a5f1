import type { Row } from '../context.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'backbone_count',
  theme: 'recognition',
  name: { zh: '骨干教师数', en: 'Backbone teachers' },
  short: { zh: '骨干教师', en: 'Backbone teachers' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '名册中骨干类别为特级教师、学科带头人或县级及以上骨干教师的专任教师人数。', en: 'Full-time teachers who are master teachers, subject leaders or backbone teachers of county level or above, per the roster.' },
  formula: { zh: '特级教师、学科带头人和县级及以上骨干教师的专任教师人数', en: 'Full-time teachers who are master teachers, subject leaders or backbone teachers of county level or above' },
  sources: ['roster'],
  breakdowns: ['locality', 'stage', 'backbone'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && { kind: 'count', rows: t.filter((d: Row) => d['backbone'] === true) };
  },
});
