import { defineIndicator } from '../types.ts';
import { hires } from './hires.ts';

export default defineIndicator({
  id: 'new_hires',
  theme: 'recruitment',
  name: { zh: '新进教师数', en: 'New teachers hired' },
  short: { zh: '新进教师', en: 'New hires' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年新进人员记录数（入职日期在当年），按招聘渠道、学段和分配学校城乡分。', en: 'People recruited in the year (hire date in the year), by channel, stage and the urban/rural class of the school they joined.' },
  formula: { zh: '当年新进人员记录数', en: 'New hires recorded in the year' },
  sources: ['recruitment'],
  breakdowns: ['channel', 'stage', 'locality'],
  measure: (ctx) => {
    const rows = hires(ctx);
    return rows && { kind: 'count', rows };
  },
});
