import { SENIOR_TITLES, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'new_senior_titles',
  theme: 'titles',
  name: { zh: '新增高级职称人数', en: 'New senior titles' },
  short: { zh: '新增高级职称', en: 'New senior titles' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '当年取得高级或正高级职称的人数（职称评聘记录）。学段取记录中的学段，缺失时取名册。', en: 'People granted a senior or professorate-level title in the year (title promotion records). Stage is the record’s, else the roster’s.' },
  formula: { zh: '当年新取得高级或正高级职称的人数', en: 'People newly awarded a senior or full senior title in the year' },
  sources: ['promotions'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const p = ctx.table('promotions');
    return p && { kind: 'count', rows: ctx.withPerson(where(p, 'newTitle', SENIOR_TITLES)) };
  },
});
