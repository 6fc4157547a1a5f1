import { defineIndicator } from '../types.ts';
import { studentsAndTeachers } from './students.ts';

export default defineIndicator({
  id: 'student_teacher_ratio',
  theme: 'workforce',
  name: { zh: '生师比', en: 'Pupil–teacher ratio' },
  short: { zh: '生师比', en: 'Pupil–teacher ratio' },
  unit: 'ratio',
  decimals: 1,
  definition: { zh: '在校生数与专任教师数之比，写作“X:1”。学段分类中，跨学段学校（如九年一贯制）单列。', en: 'Enrolled pupils per full-time teacher, written “X:1”. In the breakdown by stage, schools spanning stages (such as nine-year schools) are shown on their own.' },
  formula: { zh: '在校生数 ÷ 专任教师数 : 1', en: 'Enrolled pupils ÷ full-time teachers : 1' },
  sources: ['schools', 'roster'],
  breakdowns: ['stage', 'locality', 'school'],
  caveat: { zh: '需要学校表提供在校生数；学校表缺失的年份为 x。', en: 'Needs enrolment (在校生数) from the schools table; years without it show x.' },
  measure: (ctx) => studentsAndTeachers(ctx, ctx.teachers()),
});
