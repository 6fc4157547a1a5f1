import * as aq from 'arquero';
import type { Row } from '../context.ts';
import { FIRST_YEAR_NOTE } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { rankOf } from './standards.ts';

export default defineIndicator({
  id: 'degree_upgrades',
  theme: 'degree',
  name: { zh: '学历提升人数', en: 'Teachers who raised their qualification' },
  short: { zh: '学历提升', en: 'Qualification upgrades' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '上年和本年名册中都有、本年为专任教师，且最高学历比上年提高的人数（按教师编号跨年匹配）。', en: 'Full-time teachers on both this year’s and last year’s roster (matched by staff number) whose highest qualification rose.' },
  formula: { zh: '本年专任教师中，最高学历比上一年名册中同一人（按教师编号）高一层次及以上的人数', en: 'Full-time teachers whose highest qualification is higher than the same person’s (by staff number) in last year’s roster' },
  sources: ['roster'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const now = ctx.teachers();
    const before = ctx.previous?.roster();
    if (!now) return null;
    if (!before) return { unavailable: FIRST_YEAR_NOTE };
    const rows = now.join(before.select('person', 'education').rename({ education: 'educationBefore' }), 'person')
      .filter(aq.escape((d: Row) => rankOf(d['education']) > rankOf(d['educationBefore'])));
    return { kind: 'count', rows };
  },
});
