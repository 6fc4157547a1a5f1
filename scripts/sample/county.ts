/** The fictional 示例县: its townships and about 70 schools, with sizes that give ~4,500 staff. */
import type { Locality, Stage } from '../../src/lib/domain.ts';
import type { Random } from './random.ts';

export interface School {
  readonly name: string;
  readonly code: string;
  /** 办学类型 as the schools table writes it */
  readonly type: '幼儿园' | '小学' | '初级中学' | '九年一贯制' | '高级中学' | '中职' | '特殊教育';
  readonly stages: readonly Stage[];
  readonly locality: Locality;
  readonly township: string;
  /** relative staff size; scaled to the county total */
  readonly weight: number;
  /** which county of a scaled region (0 for the sample county) */
  readonly county: number;
}

const TYPE_STAGES: Record<School['type'], readonly Stage[]> = {
  幼儿园: ['学前'], 小学: ['小学'], 初级中学: ['初中'], 九年一贯制: ['小学', '初中'], 高级中学: ['高中'], 中职: ['中职'], 特殊教育: ['特殊教育'],
};

const TOWNS = ['东关镇', '河口镇', '青山镇'];
const VILLAGES = ['白水乡', '石桥乡', '柳林乡', '杏花乡', '龙泉乡', '北坡乡', '南岭乡', '双河乡'];
const HAMLETS = ['前进', '红星', '新庄', '柏树', '王家', '马坪', '大湾', '沙沟', '高岭', '李家', '枣园', '梨树', '西沟', '杨庄', '东山', '小河', '黄土', '三岔'];

/**
 * Counties of a scaled region (npm run sample -- --size city|province). County 0 is the
 * sample's 示例县; the others get their own names, so schools and townships stay distinct.
 */
const COUNTY_NAMES = '东湖 西岭 南山 北川 清河 石门 桃源 松溪 云台 长乐 安平 永宁 临江 青田 白沙 丰泽 凤鸣 金川 玉泉 龙门'.split(' ');
export const countyName = (k: number) => (k === 0 ? '示例' : `${COUNTY_NAMES[(k - 1) % COUNTY_NAMES.length]}${k > COUNTY_NAMES.length ? Math.ceil(k / COUNTY_NAMES.length) : ''}`);

export function makeCounty(rng: Random, county = 0): School[] {
  const list: Omit<School, 'code' | 'stages'>[] = [];
  const own = county === 0 ? (x: string) => x : (x: string) => (x.startsWith('示例县') ? x.replace('示例县', `${countyName(county)}县`) : `${countyName(county)}县${x}`);
  const add = (name: string, type: School['type'], locality: Locality, township: string, weight: number) =>
    list.push({ name: own(name), type, locality, township: own(township), weight, county });
  const city = '城关街道';
  ['示例县实验幼儿园', '示例县第一幼儿园', '示例县第二幼儿园', '示例县第三幼儿园'].forEach((n) => add(n, '幼儿园', '城区', city, 45));
  ['示例县实验小学', '示例县第一小学', '示例县第二小学', '示例县第三小学', '示例县第四小学'].forEach((n) => add(n, '小学', '城区', city, 135));
  ['示例县实验中学', '示例县第一初级中学', '示例县第二初级中学'].forEach((n) => add(n, '初级中学', '城区', city, 120));
  add('示例县第一中学', '高级中学', '城区', city, 220);
  add('示例县第二中学', '高级中学', '城区', city, 180);
  add('示例县职业中等专业学校', '中职', '城区', city, 130);
  add('示例县特殊教育学校', '特殊教育', '城区', city, 30);
  for (const t of TOWNS) {
    const short = t.replace('镇', '');
    add(`${t}中心幼儿园`, '幼儿园', '镇区', t, 28);
    add(`${t}中心小学`, '小学', '镇区', t, 100);
    add(`${t}第二小学`, '小学', '镇区', t, 55);
    add(`${short}初级中学`, '初级中学', '镇区', t, 95);
  }
  add('东关镇九年一贯制学校', '九年一贯制', '镇区', '东关镇', 95);
  add('河口镇高级中学', '高级中学', '镇区', '河口镇', 165);
  let h = 0;
  VILLAGES.forEach((v, i) => {
    const short = v.replace('乡', '');
    add(`${v}中心小学`, '小学', '乡村', v, 48);
    const hamlets = 2 + (i % 3);
    for (let k = 0; k < hamlets; k++) add(`${short}${HAMLETS[h++ % HAMLETS.length]}村小学`, '小学', '乡村', v, 12 + rng.int(0, 6));
    if (i % 2 === 0) add(`${v}中心幼儿园`, '幼儿园', '乡村', v, 14);
    if (i % 3 === 2) add(`${short}九年一贯制学校`, '九年一贯制', '乡村', v, 62);
    else add(`${short}初级中学`, '初级中学', '乡村', v, 56);
  });
  const prefix = county === 0 ? '3199' : `31${String(county).padStart(2, '0')}`;
  return list.map((s, i) => ({ ...s, stages: TYPE_STAGES[s.type], code: `${prefix}${String(1001 + i * 7).padStart(6, '0')}` }));
}

/** Students per full-time teacher, by school type and locality (rural schools are small). */
export function studentsPerTeacher(s: School): number {
  const base = { 幼儿园: 14, 小学: 17, 初级中学: 12.5, 九年一贯制: 14, 高级中学: 13, 中职: 16, 特殊教育: 4 }[s.type];
  return s.locality === '乡村' ? base * 0.7 : s.locality === '镇区' ? base * 0.95 : base * 1.05;
}
