import { COMPULSORY_STAGES } from '../../domain.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exchange_count',
  theme: 'exchange',
  name: { zh: '义务教育交流轮岗人数', en: 'Staff exchanged in compulsory education' },
  short: { zh: '交流轮岗人数', en: 'Staff exchanged' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年开始交流轮岗的小学、初中教职工人数，同一人多条记录计一次（取最早一条），按交流方式、交流方向（派出学校城乡→接收学校城乡）和人员类别分；按学校分时计入派出学校。', en: 'Primary and lower-secondary staff whose exchange or rotation began in the year, each person once (earliest record), by mode, direction (sending school’s area → receiving school’s area) and role; per school, at the sending school.' },
  formula: { zh: '当年开始交流轮岗的小学、初中教职工人数（同一人多条记录计一次）', en: 'Primary and lower-secondary staff whose exchange began in the year (each person once)' },
  sources: ['exchange', 'roster'],
  stages: COMPULSORY_STAGES,
  breakdowns: ['mode', 'direction', 'role', 'school'],
  measure: (ctx) => {
    const rows = ctx.exchanged();
    return rows && { kind: 'count', rows };
  },
});
