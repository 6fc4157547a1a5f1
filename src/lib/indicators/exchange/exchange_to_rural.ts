import { defineIndicator } from '../types.ts';
import { towardRural } from './to_rural.ts';

export default defineIndicator({
  id: 'exchange_to_rural',
  theme: 'exchange',
  name: { zh: '城镇教师到乡村学校交流人数', en: 'Urban and town staff exchanged to rural schools' },
  short: { zh: '城镇到乡村交流', en: 'Exchanged to rural' },
  unit: 'persons',
  decimals: 0,
  definition: { zh: '派出学校为城区或镇区、接收学校为乡村的交流轮岗人数。', en: 'Staff exchanged from an urban or town school to a rural school.' },
  formula: { zh: '从城区或镇区学校交流到乡村学校的人数', en: 'Staff exchanged from urban or town schools to rural schools' },
  sources: ['exchange', 'roster'],
  breakdowns: ['stage'],
  measure: (ctx) => {
    const ex = ctx.exchanged();
    return ex && { kind: 'count', rows: towardRural(ex) };
  },
});
