import type { Row } from '../context.ts';
import { COMPULSORY_STAGES } from '../../domain.ts';
import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';

export default defineIndicator({
  id: 'exchange_backbone_share',
  theme: 'exchange',
  name: { zh: '骨干教师占交流轮岗人数比例', en: 'Backbone teachers among staff exchanged' },
  short: { zh: '交流中骨干教师比例', en: 'Backbone share of exchange' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '交流轮岗人员中骨干教师（县级及以上骨干教师、学科带头人、特级教师）所占百分比。是否骨干以交流记录为准，记录未填时取名册。', en: 'Backbone teachers (county-level or higher backbone teachers, subject leaders, master teachers) as a percentage of staff exchanged. Taken from the exchange record, else from the roster.' },
  formula: { zh: '交流轮岗人员中的骨干教师数 ÷ 交流轮岗人数 × 100', en: 'Backbone teachers among the staff exchanged ÷ staff exchanged × 100' },
  sources: ['exchange', 'roster'],
  stages: COMPULSORY_STAGES,
  breakdowns: ['school'],
  target: (config) => ({ value: config.policy.backbone_share_target * 100, direction: 'atLeast', label: { zh: `不低于${config.policy.backbone_share_target * 100}%`, en: `at least ${config.policy.backbone_share_target * 100}%` }, source: '教师〔2014〕4号' }),
  measure: (ctx) => {
    const ex = ctx.exchanged();
    return ex && share(ex.filter((d: Row) => d['isBackbone'] === true), ex);
  },
});
