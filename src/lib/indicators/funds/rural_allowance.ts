import { fundsItem } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'rural_allowance',
  theme: 'funds',
  name: { zh: '乡村教师生活补助', en: 'Rural teacher living allowance' },
  short: { zh: '乡村教师生活补助', en: 'Rural allowance' },
  unit: 'yuan',
  decimals: 0,
  definition: { zh: '经费与补助表中项目为“乡村教师生活补助”的金额合计（元）。补助按政策意义上的乡村（乡镇及以下，含镇区）学校发放。', en: 'The sum of amounts (yuan) for the rural teacher living allowance. The allowance follows the policy sense of rural (towns and villages, including town schools).' },
  formula: { zh: '经费表中“乡村教师生活补助”的金额合计（元）', en: 'Total amount of the rural teacher living allowance in the funds table (yuan)' },
  sources: ['funds'],
  breakdowns: [],
  measure: (ctx) => {
    const rows = fundsItem(ctx, '乡村教师生活补助');
    return rows && { kind: 'sum', rows, column: 'amount' };
  },
});
