import { fundsItem } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'rural_allowance_people',
  theme: 'funds',
  name: { zh: '享受乡村教师生活补助人数', en: 'Teachers receiving the rural living allowance' },
  short: { zh: '补助人数', en: 'Allowance recipients' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '经费与补助表中“乡村教师生活补助”的受益人数。政策意义上的乡村含镇区。', en: 'The number of recipients of the rural teacher living allowance, as reported in the funds table. The policy sense of rural includes towns.' },
  formula: { zh: '经费表中“乡村教师生活补助”的受益人数合计', en: 'Total recipients of the rural teacher living allowance in the funds table' },
  sources: ['funds'],
  breakdowns: [],
  measure: (ctx) => {
    const rows = fundsItem(ctx, '乡村教师生活补助');
    if (rows && !rows.columnNames().includes('people')) return { unavailable: { zh: '经费表没有“人数”列。', en: 'The funds table has no number-of-people (人数) column.' } };
    return rows && { kind: 'sum', rows, column: 'people', people: true };
  },
});
