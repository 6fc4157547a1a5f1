import * as aq from 'arquero';
import { op } from 'arquero';
import { COMPULSORY_STAGES } from '../../domain.ts';
import type { Params, Row } from '../context.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exchange_rate',
  theme: 'exchange',
  name: { zh: '交流轮岗教师占义务教育专任教师比例', en: 'Teachers exchanged as a share of compulsory-education teachers' },
  short: { zh: '交流轮岗比例', en: 'Exchange share' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '当年开始交流轮岗的义务教育阶段（小学、初中）教师人数（同一人多条记录计一次），占义务教育专任教师总数的百分比。城乡按派出学校统计。这是描述性比例，与“不低于10%”的政策要求不可比：政策口径以符合交流条件的教师为分母。',
    en: 'Distinct primary and lower-secondary teachers whose exchange or rotation began in the year, as a percentage of all full-time teachers in compulsory education. Urban/rural is that of the sending school. A descriptive share: it is not comparable with the 10% policy requirement, whose base is the teachers eligible for exchange.',
  },
  formula: 'exchange.dedupe(person).filter(stage ∈ {小学, 初中}).count() / compulsoryTeachers.count() × 100',
  sources: ['exchange', 'roster'],
  breakdowns: ['stage', 'locality'],
  caveat: {
    zh: '各地“交流轮岗人数”口径不一（是否含支教、走教、跟岗），本指标包括交流记录中的全部方式。',
    en: 'Bureaus count exchange differently (with or without short-term support teaching and shadowing); this indicator includes every mode in the exchange records.',
  },
  measure: (ctx) => {
    const exchange = ctx.table('exchange');
    const denominator = ctx.compulsoryTeachers();
    const schools = ctx.schoolLocality();
    if (!exchange || !denominator || !schools) return null;
    const exchanged = ctx
      .withPerson(exchange.orderby('start').dedupe('person'))
      .params({ stages: COMPULSORY_STAGES })
      .filter((d: Row, $: Params) => op.includes($['stages'], d.stage))
      // 城乡 of the sending school, so numerator and denominator classify teachers alike.
      .select(aq.not('locality'))
      .join_left(schools.rename({ school: 'from' }), 'from');
    return { kind: 'ratio', numerator: exchanged, denominator, per: 100 };
  },
});
