import { defineIndicator } from '../types.ts';
import { exitsPlaced } from './reconcile.ts';

export default defineIndicator({
  id: 'exits',
  theme: 'exits',
  name: { zh: '减员人数', en: 'Staff who left' },
  short: { zh: '减员', en: 'Exits' },
  unit: 'persons',
  decimals: 0,
  definition: {
    zh: '当年减员记录数（全部教职工），按类型（退休、调出、辞职、解聘、死亡、其他）分，并按减员人员在上年名册中的身份（上年专任教师、上年其他教职工、不在上年名册）分；与流失的对应见下表。',
    en: "Exit records in the year (all staff), by type (retirement, transfer out, resignation, dismissal, death, other) and by who they were on last year's roster (full-time teacher, other staff, not on it); reconciled with leavers in the table below.",
  },
  formula: { zh: '当年减员记录数，按类型分', en: 'Exit records in the year, by type' },
  sources: ['exits'],
  breakdowns: ['exitType', 'exitPerson'],
  measure: (ctx) => {
    const rows = exitsPlaced(ctx);
    return rows && { kind: 'count', rows };
  },
});
