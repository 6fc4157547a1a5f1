import { defineIndicator } from '../types.ts';
import type { Row } from '../context.ts';
import { share } from '../shared.ts';

export default defineIndicator({
  id: 'bachelor_plus_share',
  theme: 'degree',
  name: { zh: '本科及以上学历专任教师比例', en: 'Full-time teachers with a bachelor’s degree or higher' },
  short: { zh: '本科及以上学历', en: 'Bachelor’s or higher' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '最高学历为研究生或本科的专任教师人数，占专任教师总数的百分比。',
    en: 'Full-time teachers whose highest qualification is a postgraduate or bachelor’s degree, as a percentage of all full-time teachers.',
  },
  formula: { zh: '最高学历为研究生或本科的专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers whose highest qualification is postgraduate or bachelor’s ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const teachers = ctx.teachers();
    if (!teachers) return null;
    const numerator = teachers.filter((d: Row) => d.education === '研究生' || d.education === '本科');
    return share(numerator, teachers);
  },
});
