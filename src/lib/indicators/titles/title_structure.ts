import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'title_structure',
  theme: 'titles',
  name: { zh: '专任教师职称结构', en: 'Professional titles of full-time teachers' },
  short: { zh: '职称结构', en: 'Title structure' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '正高级、高级、一级、二级、三级和未定级专任教师各占专任教师总数的百分比（改革前职称按2015年改革对应关系归并）。', en: 'Full-time teachers at each title (professorate, senior, first, second, third grade, unranked) as a percentage of all full-time teachers; pre-2015 titles are mapped as the 2015 reform prescribes.' },
  formula: { zh: '各职称专任教师数 ÷ 专任教师数 × 100', en: 'Full-time teachers of each title ÷ full-time teachers × 100' },
  sources: ['roster'],
  breakdowns: ['stage', 'locality'],
  measure: (ctx) => {
    const rows = ctx.teachers();
    return rows && { kind: 'distribution', rows, column: 'title' };
  },
});
