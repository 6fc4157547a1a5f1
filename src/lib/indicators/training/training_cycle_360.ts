import * as aq from 'arquero';
import type { Row, YearContext } from '../context.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

/** First year of the five-year cycle containing `year` (cycles aligned to site.yaml, default the 2021–2025 plan period). */
export const cycleStart = (year: number, anchor: number): number => anchor + 5 * Math.floor((year - anchor) / 5);

export default defineIndicator({
  id: 'training_cycle_360',
  theme: 'training',
  name: { zh: '五年周期360学时完成率', en: 'Teachers completing 360 training hours in the five-year cycle' },
  short: { zh: '360学时完成率', en: '360-hour completion' },
  unit: 'percent',
  decimals: 1,
  definition: {
    zh: '在当前五年培训周期内一直在岗（周期内每年名册中均为专任教师）的教师中，周期内累计培训学时达到要求（由本地设定，默认360学时）的比例。周期未结束的年份显示截至当年的完成进度；周期起始年早于数据首年时不可计算（x）。',
    en: 'Among full-time teachers present throughout the current five-year training cycle (a full-time teacher on every roster of the cycle so far), the share whose training hours in the cycle reach the requirement (set locally; default 360). Years before the cycle ends show progress so far; a cycle that began before the first year of data cannot be measured (x).',
  },
  formula: { zh: '本周期各年都在名册上的专任教师中，周期内累计学时达到360学时的人数 ÷ 这些教师的人数 × 100', en: 'Full-time teachers on every roster of the cycle whose hours over the cycle reach 360 ÷ those teachers × 100' },
  sources: ['training', 'roster'],
  breakdowns: ['school'],
  period: 'trainingCycle',
  target: () => ({ value: 100, direction: 'atLeast', label: { zh: '100%', en: '100%' }, source: '教师〔2011〕1号；教督〔2017〕6号' }),
  measure: (ctx) => {
    const anchor = ctx.config.policy.training_cycle_start ?? 2021;
    const start = cycleStart(ctx.year, anchor);
    const years: YearContext[] = [];
    for (let c: YearContext | null = ctx; c && c.year >= start; c = c.previous) years.push(c);
    if (years.length !== ctx.year - start + 1 || years.some((c) => !c.has('training') || !c.has('roster'))) {
      return { unavailable: { zh: `本周期（${start}—${start + 4}年）有年份缺少名册或培训记录，无法计算。`, en: `Some year of this cycle (${start}–${start + 4}) has no roster or training records.` } };
    }
    const hours = new Map<string, number>();
    for (const c of years) {
      const training = c.table('training')!;
      const [people, spent] = [training.array('person'), training.array('hours')];
      for (let i = 0; i < people.length; i++) hours.set(people[i], (hours.get(people[i]) ?? 0) + Number(spent[i]));
    }
    const present = years.reduce((t, c) => t.semijoin(c.teachers()!.select('person'), 'person'), ctx.teachers()!);
    const required = ctx.config.policy.training_cycle_hours;
    return share(present.filter(aq.escape((d: Row) => (hours.get(d['person']) ?? 0) >= required)), present);
  },
});
