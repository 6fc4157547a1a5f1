import { share } from '../shared.ts';
import { defineIndicator } from '../types.ts';
import { towardRural } from './to_rural.ts';

export default defineIndicator({
  id: 'exchange_to_rural_share',
  theme: 'exchange',
  name: { zh: '城镇到乡村交流占交流人数比例', en: 'Exchanges to rural schools as a share of all exchanges' },
  short: { zh: '到乡村交流比例', en: 'Share to rural' },
  unit: 'percent',
  decimals: 1,
  definition: { zh: '城区、镇区学校到乡村学校的交流人数占交流轮岗总人数的百分比。', en: 'Staff exchanged from urban or town schools to rural schools, as a percentage of all staff exchanged.' },
  formula: { zh: '从城镇学校交流到乡村学校的人数 ÷ 交流轮岗人数 × 100', en: 'Staff exchanged from urban or town schools to rural schools ÷ staff exchanged × 100' },
  sources: ['exchange', 'roster'],
  breakdowns: [],
  measure: (ctx) => {
    const ex = ctx.exchanged();
    return ex && share(towardRural(ex), ex);
  },
});
