import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'training_person_times',
  theme: 'training',
  name: { zh: '教师培训人次', en: 'Teacher training attendances (person-times)' },
  short: { zh: '培训人次', en: 'Training attendances' },
  unit: 'person-times',
  decimals: 0,
  definition: {
    zh: '当年开始的培训记录条数：一人参加一个培训项目计1人次。学段、城乡按参训人当年（或上一年）名册记录统计，名册中查不到的计入“不详”。',
    en: 'Training records starting in the year: one person attending one programme counts once. Stage and urban/rural come from the person’s roster entry of that year (or the year before); people not on the roster count as “unknown”.',
  },
  formula: { zh: '当年培训记录数（一人参加几次计几人次）', en: 'Training records in the year (a person trained twice counts twice)' },
  sources: ['training'],
  breakdowns: ['level', 'form', 'stage', 'locality', 'school'],
  measure: (ctx) => {
    const training = ctx.table('training');
    return training && { kind: 'count', rows: ctx.withPerson(training) };
  },
});
