import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'training_hours_per_teacher',
  theme: 'training',
  name: { zh: '专任教师人均培训学时', en: 'Training hours per full-time teacher' },
  short: { zh: '人均培训学时', en: 'Hours per teacher' },
  unit: 'hours',
  decimals: 1,
  definition: { zh: '当年专任教师参加培训的学时总和除以专任教师人数（未参训者计0学时）。', en: 'Total training hours of full-time teachers in the year divided by the number of full-time teachers (those with no training count as zero).' },
  formula: { zh: '专任教师当年培训学时合计 ÷ 专任教师数', en: 'Training hours of full-time teachers in the year ÷ full-time teachers' },
  sources: ['training', 'roster'],
  breakdowns: ['stage', 'locality', 'school'],
  measure: (ctx) => {
    const teachers = ctx.teachers();
    const training = ctx.table('training');
    if (!teachers || !training) return null;
    const numerator = training.select('person', 'hours').join(teachers.select('person', 'stage', 'locality', 'school'), 'person');
    return { kind: 'perHead', numerator, column: 'hours', denominator: teachers, per: 1 };
  },
});
