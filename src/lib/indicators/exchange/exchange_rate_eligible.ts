import * as aq from 'arquero';
import { columnMap, type Row } from '../context.ts';
import { COMPULSORY_STAGES } from '../../domain.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { eligibleTeachers } from './eligibility.ts';

export default defineIndicator({
  id: 'exchange_rate_eligible',
  theme: 'exchange',
  name: { zh: '符合交流条件教师交流轮岗比例（政策口径）', en: 'Exchange rate among eligible teachers (policy measure)' },
  short: { zh: '交流比例（政策口径）', en: 'Exchange rate (policy)' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '符合交流条件的义务教育专任教师中，当年交流轮岗的人数占比。符合条件指在现学校连续任教满规定年限（由本地设定，默认6年），按“进本校年月”到统计时点计算；当年调动了人事关系的教师按调动前学校计算。',
    en: 'Among compulsory-education full-time teachers eligible for exchange, the share exchanged in the year. Eligible means at least the set number of years at the current school (set locally; default 6) at the statistics date, from the date they joined the school; teachers whose post moved with the exchange count at the school they left.',
  },
  formula: { zh: '符合交流条件（在同一学校任教满规定年限）的教师中当年交流的人数 ÷ 符合交流条件的教师数 × 100', en: 'Eligible teachers (at the same school for the required years) who were exchanged ÷ eligible teachers × 100' },
  sources: ['exchange', 'roster'],
  stages: COMPULSORY_STAGES,
  breakdowns: ['school'],
  target: (config) => ({ value: config.policy.exchange_target * 100, direction: 'atLeast', label: { zh: `不低于${config.policy.exchange_target * 100}%`, en: `at least ${config.policy.exchange_target * 100}%` }, source: '教师〔2014〕4号；教督〔2017〕6号' }),
  measure: (ctx) => {
    const exchanged = ctx.exchanged();
    const eligible = eligibleTeachers(ctx);
    if (!exchanged || !eligible) return null;
    if ('unavailable' in eligible) return eligible;
    // Per school, an exchanged teacher counts at the sending school, as exchange_count does.
    const from = columnMap(exchanged, 'person', 'school');
    const atSchool = eligible.derive({ school: aq.escape((d: Row) => from.get(String(d['person'])) ?? d['school']) });
    return share(atSchool.filter(aq.escape((d: Row) => from.has(String(d['person'])))), atSchool);
  },
});
