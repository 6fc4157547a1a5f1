import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'postgrad_share',
  theme: 'degree',
  name: { zh: '研究生学历专任教师比例', en: 'Full-time teachers with a postgraduate degree' },
  short: { zh: '研究生学历', en: 'Postgraduate' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '最高学历为研究生（含博士、硕士研究生）的专任教师占专任教师总数的百分比。', en: 'Full-time teachers whose highest qualification is postgraduate (doctoral or master’s), as a percentage of all full-time teachers.' },
  formula: { zh: '最高学历为研究生的专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers with a postgraduate qualification ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(t.filter((d: Row) => d['education'] === '研究生'), t);
  },
});
