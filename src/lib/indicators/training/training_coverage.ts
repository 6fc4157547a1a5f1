import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'training_coverage',
  theme: 'training',
  name: { zh: '专任教师参训率', en: 'Full-time teachers who took part in training' },
  short: { zh: '参训率', en: 'Training coverage' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '当年至少有一条培训记录的专任教师占专任教师总数的百分比。', en: 'Full-time teachers with at least one training record in the year, as a percentage of all full-time teachers.' },
  formula: { zh: '当年至少参加一次培训的专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers with at least one training record in the year ÷ full-time teachers × 100' },
  sources: ['training', 'roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const teachers = ctx.teachers();
    const training = ctx.table('training');
    return teachers && training && share(teachers.semijoin(training.select('person'), 'person'), teachers);
  },
});
