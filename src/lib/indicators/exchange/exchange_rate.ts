import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exchange_rate',
  theme: 'exchange',
  name: { zh: '交流轮岗教师占义务教育专任教师比例', en: 'Staff exchanged as a share of compulsory-education teachers' },
  short: { zh: '交流轮岗比例', en: 'Exchange share' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '当年开始交流轮岗的义务教育阶段（小学、初中）教职工人数（同一人多条记录计一次），占义务教育专任教师总数的百分比。城乡按派出学校统计。这是描述性比例，不与“不低于10%”的政策要求比较：政策口径以符合交流条件的教师为分母（见“交流轮岗比例（政策口径）”）。',
    en: 'Distinct primary and lower-secondary staff whose exchange or rotation began in the year, as a percentage of all full-time teachers in compulsory education. Urban/rural is that of the sending school. A descriptive share, never compared with the 10% policy requirement, whose base is the teachers eligible for exchange (see the policy measure).',
  },
  formula: { zh: '交流轮岗人数 ÷ 小学、初中专任教师数 × 100', en: 'Staff exchanged ÷ primary and lower-secondary full-time teachers × 100' },
  sources: ['exchange', 'roster'],
  policyMeasure: 'exchange_rate_eligible',
  breakdowns: ['stage', 'locality'],
  notApplicable: { stage: ['学前', '高中', '中职', '特殊教育'] },
  caveat: {
    zh: '各地“交流轮岗人数”口径不一（是否含支教、走教、跟岗），本指标包括交流记录中的全部方式；分子含交流的校长、中层干部，分母为专任教师。',
    en: 'Bureaus count exchange differently (with or without short-term support teaching and shadowing); this indicator includes every mode in the records. The numerator includes exchanged principals and middle managers; the denominator is full-time teachers.',
  },
  measure: (ctx) => {
    const exchanged = ctx.exchanged();
    const teachers = ctx.compulsoryTeachers();
    return exchanged && teachers && share(exchanged, teachers);
  },
});
