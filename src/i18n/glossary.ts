/** Terms a reader meets on the site, Chinese beside English (methodology and glossary pages). */
import type { Bilingual } from '../lib/indicators/types.ts';

export interface Term {
  readonly term: Bilingual;
  readonly meaning: Bilingual;
}

export const GLOSSARY: readonly Term[] = [
  { term: { zh: '教职工', en: 'Staff' }, meaning: { zh: '统计时点在学校任职、列入教职工名册的全部人员，含专任教师、行政人员、教辅人员和工勤人员。', en: 'Everyone on a school’s staff roster at the statistics date: full-time teachers, administrators, support and ancillary staff.' } },
  { term: { zh: '专任教师', en: 'Full-time teacher' }, meaning: { zh: '教职工类别为专任教师的教职工（全国教师管理信息系统的“教职工类别”，不是事业单位“岗位类别”）；按人头计算，不折合全时当量。', en: 'Staff whose staff category is full-time teacher (the national teacher-management system’s 教职工类别, not the post class 岗位类别 of public institutions); counted by head, not full-time equivalent.' } },
  { term: { zh: '统计时点', en: 'Statistics date' }, meaning: { zh: '名册反映的日期，默认为每年9月30日（可由本地另行设定）。交流、培训、招聘等事件按其开始或生效日期计入年度。', en: 'The date the roster describes, 30 September by default (may be set locally). Events such as exchange, training or hiring count in the year of their start or effective date.' } },
  { term: { zh: '义务教育', en: 'Compulsory education' }, meaning: { zh: '小学和初中两个学段。', en: 'Primary and lower-secondary schooling (小学, 初中).' } },
  { term: { zh: '城区、镇区、乡村', en: 'Urban, town, rural' }, meaning: { zh: '按国家统计局城乡划分代码：111、112 为城区，121–123 为镇区，210、220 为乡村。本站“乡村”均为统计意义上的乡村，不含镇区；乡村教师生活补助等政策意义上的“乡村”（乡镇及以下，含镇区）会特别说明。', en: 'By the National Bureau of Statistics urban–rural codes: 111–112 urban, 121–123 town, 210–220 rural. “Rural” on this site is the statistical sense, without towns; where a policy uses the wider sense (towns and villages, as for the rural living allowance) the page says so.' } },
  { term: { zh: '骨干教师', en: 'Backbone teacher' }, meaning: { zh: '县级及以上认定的骨干教师、学科带头人和特级教师；校级骨干不计入。', en: 'Backbone teachers recognised at county level or above, subject leaders and master teachers (特级教师); school-level designations are not counted.' } },
  { term: { zh: '交流轮岗', en: 'Exchange and rotation' }, meaning: { zh: '教师在校际、城乡间交流任教，含交流轮岗、支教、走教、跟岗、挂职和调动。同一人一年内多次交流计一人。', en: 'Teachers working for a time in another school, between urban and rural schools: rotation, support teaching, itinerant teaching, shadowing, secondment and transfer. A person exchanged twice in a year counts once.' } },
  { term: { zh: '符合交流条件', en: 'Eligible for exchange' }, meaning: { zh: '在现学校连续任教满规定年限（默认6年）的义务教育专任教师，政策要求每年交流比例不低于其10%（教师〔2014〕4号）。', en: 'Compulsory-education teachers who have taught at their current school for the set number of years (6 by default); policy asks that at least 10% of them move each year (教师〔2014〕4号).' } },
  { term: { zh: '学历合格', en: 'Qualified' }, meaning: { zh: '达到《教师法》第十一条规定的学历：幼儿园、小学为中师及以上，初中为专科及以上，高中和中职为本科及以上。', en: 'Holding the qualification the Teachers Law (Art. 11) requires: an upper-secondary teacher-training diploma for pre-school and primary, an associate degree for lower secondary, a bachelor’s degree for upper secondary and vocational schools.' } },
  { term: { zh: '培训人次', en: 'Training attendances (person-times)' }, meaning: { zh: '一人参加一个培训项目计1人次；一人参加多个项目计多人次。', en: 'One person attending one programme counts once; a person attending several counts several times.' } },
  { term: { zh: '五年周期360学时', en: '360 hours in five years' }, meaning: { zh: '中小学教师每五年应完成不少于360学时的培训（教师〔2011〕1号）。', en: 'Primary and secondary teachers are to complete at least 360 hours of training every five years (教师〔2011〕1号).' } },
  { term: { zh: '留任率、流失率', en: 'Retention and attrition' }, meaning: { zh: '以上年专任教师为基数：本年仍在名册中的比例为留任率；本年不再是专任教师的比例为流失率（UNESCO SDG 4.c.6 口径）。', en: 'Based on last year’s full-time teachers: the share still on the roster is retention; the share no longer full-time teachers is attrition (as UNESCO SDG 4.c.6).' } },
  { term: { zh: '生师比、教职工与学生比', en: 'Pupil–teacher and staff-to-pupil ratios' }, meaning: { zh: '生师比为在校生数与专任教师数之比（X:1）；教职工与学生比为教职工数与在校生数之比（1:X），用于对照编制标准。两者不可混用。', en: 'Pupils per full-time teacher (X:1), and staff to pupils (1:X), which is compared with staffing standards. They are different measures.' } },
  { term: { zh: '百分点', en: 'Percentage point' }, meaning: { zh: '两个百分比之差的单位。比例由20%升到22%，是提高2个百分点，不是增长2%。', en: 'The unit of a difference between two percentages: from 20% to 22% is a rise of 2 percentage points, not of 2%.' } },
  { term: { zh: '符号 c、x、z', en: 'Symbols c, x, z' }, meaning: { zh: 'c：为保护个人信息不予公布；x：缺少源数据，无法计算；z：不适用。', en: 'c: withheld to protect individuals; x: not available (no source data); z: not applicable.' } },
];
