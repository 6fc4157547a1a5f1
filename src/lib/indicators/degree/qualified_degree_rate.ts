import * as aq from 'arquero';
import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { LEGAL_MINIMUM, rankOf } from './standards.ts';

export default defineIndicator({
  id: 'qualified_degree_rate',
  theme: 'degree',
  name: { zh: '专任教师学历合格率', en: 'Full-time teachers meeting the legal minimum qualification' },
  short: { zh: '学历合格率', en: 'Qualified' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '学历达到《教师法》第十一条规定的专任教师占比：幼儿园、小学为中师（高中阶段）及以上，初中为专科及以上，高中、中职为本科及以上。特殊教育学校教师未列入法定标准，不计入。',
    en: 'Full-time teachers whose qualification meets the Teachers Law (1993), Article 11: upper-secondary (teacher-training) diploma for pre-school and primary, an associate degree for lower secondary, a bachelor’s degree for upper secondary and vocational. Special-education teachers have no statutory standard and are left out.',
  },
  formula: { zh: '学历达到所在学段法定最低学历的专任教师数 ÷ 有法定最低学历要求学段的专任教师数 × 100', en: 'Full-time teachers meeting their stage’s legal minimum qualification ÷ teachers of stages that have a legal minimum × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  notApplicable: { stage: ['特殊教育'] },
  target: () => ({ value: 100, direction: 'atLeast', label: { zh: '100%', en: '100%' }, source: '《中华人民共和国教师法》第十一条' }),
  measure: (ctx) => {
    const t = ctx.teachers()?.filter(aq.escape((d: Row) => LEGAL_MINIMUM[d['stage'] as keyof typeof LEGAL_MINIMUM] !== undefined));
    return t && share(t.filter(aq.escape((d: Row) => rankOf(d['education']) >= LEGAL_MINIMUM[d['stage'] as keyof typeof LEGAL_MINIMUM]!)), t);
  },
});
