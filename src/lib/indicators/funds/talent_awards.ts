import { fundsItem } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'talent_awards',
  theme: 'funds',
  name: { zh: '人才奖励经费', en: 'Talent award funds' },
  short: { zh: '人才奖励', en: 'Talent awards' },
  unit: 'yuan',
  decimals: 0,
  definition: { zh: '经费与补助表中项目为“人才奖励”的金额合计（元）。', en: 'The sum of amounts (yuan) for talent awards (人才奖励) in the funds table.' },
  formula: { zh: '经费表中“人才奖励”的金额合计（元）', en: 'Total amount of talent awards in the funds table (yuan)' },
  sources: ['funds'],
  breakdowns: [],
  measure: (ctx) => {
    const rows = fundsItem(ctx, '人才奖励');
    return rows && { kind: 'sum', rows, column: 'amount' };
  },
});
