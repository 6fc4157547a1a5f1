import { where } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { hires } from './hires.ts';

export default defineIndicator({
  id: 'new_hires_postgrad',
  theme: 'recruitment',
  name: { zh: '新进研究生学历教师数', en: 'New teachers with a postgraduate degree' },
  short: { zh: '新进研究生', en: 'Postgraduate hires' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '最高学历为研究生的新进教师人数。', en: 'New teachers whose highest qualification is postgraduate.' },
  formula: { zh: '最高学历为研究生的新进教师数', en: 'New hires with a postgraduate qualification' },
  sources: ['recruitment'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const rows = hires(ctx);
    return rows && { kind: 'count', rows: where(rows, 'education', ['研究生']) };
  },
});
