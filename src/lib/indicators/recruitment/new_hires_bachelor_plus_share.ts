import { BACHELOR_PLUS, share, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { hires } from './hires.ts';

export default defineIndicator({
  id: 'new_hires_bachelor_plus_share',
  theme: 'recruitment',
  name: { zh: '新进教师本科及以上学历比例', en: 'New teachers with a bachelor’s degree or higher' },
  short: { zh: '新进教师本科及以上', en: 'Hires with bachelor’s+' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '最高学历为研究生或本科的新进教师占新进教师总数的百分比。', en: 'New teachers whose highest qualification is postgraduate or bachelor’s, as a percentage of all new teachers.' },
  formula: { zh: '最高学历为研究生或本科的新进教师数 ÷ 新进教师数 × 100', en: 'New hires with a postgraduate or bachelor’s qualification ÷ new hires × 100' },
  sources: ['recruitment'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const rows = hires(ctx);
    return rows && share(where(rows, 'education', BACHELOR_PLUS), rows);
  },
});
