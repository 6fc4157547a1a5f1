import { defineIndicator } from '../types.ts';
import { studentsAndTeachers } from './students.ts';

export default defineIndicator({
  id: 'staff_student_ratio',
  theme: 'workforce',
  name: { zh: '教职工与学生比', en: 'Staff-to-pupil ratio' },
  short: { zh: '教职工与学生比', en: 'Staff-to-pupil ratio' },
  unit: 'staffRatio',
  decimals: 1,
  definition: {
    zh: '教职工数与在校生数之比，写作“1:X”，即每名教职工对应的学生数。用于对照2014年城乡统一的中小学教职工编制标准（小学1:19、初中1:13.5、高中1:12.5）；不是生师比。',
    en: 'Staff to enrolled pupils, written “1:X”: pupils per member of staff. Compared with the 2014 unified staffing standard for primary and secondary schools (primary 1:19, lower secondary 1:13.5, upper secondary 1:12.5). It is not the pupil–teacher ratio.',
  },
  formula: { zh: '1 : (在校生数 ÷ 教职工数)', en: '1 : (enrolled pupils ÷ staff)' },
  sources: ['schools', 'roster'],
  breakdowns: ['stage', 'school'],
  caveat: { zh: '编制标准按学段核定；跨学段学校单列，不与单一学段标准直接比较。', en: 'The standard is set per stage; schools spanning stages are shown on their own and not compared with a single-stage standard.' },
  measure: (ctx) => studentsAndTeachers(ctx, ctx.roster()),
});
