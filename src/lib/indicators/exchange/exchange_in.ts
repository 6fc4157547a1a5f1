import { COMPULSORY_STAGES } from '../../domain.ts';
import type { Row } from '../context.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exchange_in',
  theme: 'exchange',
  name: { zh: '接收交流轮岗人数', en: 'Exchanged staff received' },
  short: { zh: '接收交流', en: 'Exchange received' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年开始交流轮岗的义务教育教职工按接收学校（交流单位）统计的人数，与“交流轮岗人数”同一口径。', en: 'Compulsory-education staff whose exchange began in the year, counted at the receiving school; the same people as “Staff exchanged”.' },
  formula: { zh: '各学校当年接收的交流轮岗人数', en: 'Staff exchanged into each school in the year' },
  sources: ['exchange', 'roster'],
  stages: COMPULSORY_STAGES,
  breakdowns: ['locality', 'school'],
  measure: (ctx) => {
    const ex = ctx.exchanged();
    return ex && { kind: 'count', rows: ex.derive({ school: (d: Row) => d['to'], locality: (d: Row) => d['toLocality'] ?? '不详' }) };
  },
});
