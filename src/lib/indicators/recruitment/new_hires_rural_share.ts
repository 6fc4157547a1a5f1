import { share, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { hires } from './hires.ts';

export default defineIndicator({
  id: 'new_hires_rural_share',
  theme: 'recruitment',
  name: { zh: '新进教师分配到乡村学校比例', en: 'New teachers placed in rural schools' },
  short: { zh: '新进教师到乡村', en: 'Hires to rural schools' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '分配到乡村学校（统计意义上的乡村，不含镇区）的新进教师占新进教师总数的百分比。', en: 'New teachers placed in rural schools (rural in the statistical sense, not including towns), as a percentage of all new teachers.' },
  formula: { zh: '分配到乡村学校的新进教师数 ÷ 新进教师数 × 100', en: 'New hires placed in rural schools ÷ new hires × 100' },
  sources: ['recruitment'],
  breakdowns: [],
  caveat: { zh: '总结材料常说“分配到农村”，多指乡镇及以下（含镇区），口径比本指标宽。', en: 'Work reports often say “sent to the countryside”, meaning towns and villages; that is wider than this measure.' },
  measure: (ctx) => {
    const rows = hires(ctx);
    return rows && share(where(rows, 'locality', ['乡村']), rows);
  },
});
