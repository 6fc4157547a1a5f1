import * as aq from 'arquero';
import type { Row } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { ONE_LEVEL_HIGHER, rankOf } from './standards.ts';

export default defineIndicator({
  id: 'higher_degree_share',
  theme: 'degree',
  name: { zh: '专任教师高一层次学历比例', en: 'Full-time teachers qualified one level above the minimum' },
  short: { zh: '高一层次学历', en: 'One level higher' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '学历高于法定最低标准一个层次的专任教师占比：小学为专科及以上，初中为本科及以上，高中为研究生。仅统计小学、初中、高中教师。',
    en: 'Full-time teachers qualified one level above the statutory minimum: an associate degree or more in primary, a bachelor’s or more in lower secondary, a postgraduate degree in upper secondary. Primary and secondary teachers only.',
  },
  formula: { zh: '学历高于所在学段法定最低学历一个层次及以上的专任教师数 ÷ 小学、初中、高中专任教师数 × 100', en: 'Full-time teachers qualified at least one level above their stage’s legal minimum ÷ primary, lower- and upper-secondary teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  notApplicable: { stage: ['学前', '中职', '特殊教育'] },
  measure: (ctx) => {
    const t = ctx.teachers()?.filter(aq.escape((d: Row) => ONE_LEVEL_HIGHER[d['stage'] as keyof typeof ONE_LEVEL_HIGHER] !== undefined));
    return t && share(t.filter(aq.escape((d: Row) => rankOf(d['education']) >= ONE_LEVEL_HIGHER[d['stage'] as keyof typeof ONE_LEVEL_HIGHER]!)), t);
  },
});
