import { SENIOR_TITLES, share, where } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'senior_title_share',
  theme: 'titles',
  name: { zh: '高级及以上职称专任教师比例', en: 'Full-time teachers with a senior title or above' },
  short: { zh: '高级职称比例', en: 'Senior titles' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '专业技术职务为正高级或高级（含改革前的中学高级）的专任教师占专任教师总数的百分比。', en: 'Full-time teachers holding a professorate-level or senior title (including the pre-2015 secondary senior title), as a percentage of all full-time teachers.' },
  formula: { zh: '职称为正高级或高级的专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers with a full senior or senior title ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const t = ctx.teachers();
    return t && share(where(t, 'title', SENIOR_TITLES), t);
  },
});
