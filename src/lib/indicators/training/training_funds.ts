import { fundsItem } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'training_funds',
  theme: 'training',
  name: { zh: '教师培训经费', en: 'Teacher training funds' },
  short: { zh: '培训经费', en: 'Training funds' },
  unit: 'yuan',
  decimals: 0,
  definition: { zh: '经费与补助表中项目为“培训经费”的金额合计（元）。', en: 'The sum of amounts (yuan) in the funds table whose item is training funds (培训经费).' },
  formula: { zh: '经费表中“培训经费”的金额合计（元）', en: 'Total training funds in the funds table (yuan)' },
  sources: ['funds'],
  breakdowns: [],
  measure: (ctx) => {
    const rows = fundsItem(ctx, '培训经费');
    return rows && { kind: 'sum', rows, column: 'amount' };
  },
});
