/** Fake people: names from common characters, ID-card-shaped numbers in the unused region 99. */
import type { Random } from './random.ts';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_F = '芳娟敏静丽艳娜霞秀玲燕红梅琳雪婷颖洁慧茜晶欣悦婉蓉萍倩月兰凤丹';
const GIVEN_M = '伟强磊军洋勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊峰建国志文博晨亮';
const GIVEN_ANY = '子思雨佳嘉欣一诗梓晓新海春秋冬立永长正玉金宏';

const [surnames, givenF, givenM, givenAny] = [SURNAMES, GIVEN_F, GIVEN_M, GIVEN_ANY].map((s) => [...s]) as [string[], string[], string[], string[]];

export function fakeName(rng: Random, sex: '男' | '女'): string {
  const given = sex === '女' ? givenF : givenM;
  const first = rng.chance(0.35) ? rng.pick(givenAny) : '';
  return rng.pick(surnames) + first + rng.pick(given);
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character number with a valid check digit, in region 99xxxx, which no real address uses. */
export function fakeIdCard(rng: Random, birth: string, sex: '男' | '女'): string {
  const seq = rng.int(0, 49) * 2 + (sex === '男' ? 1 : 0);
  const body = `99${String(rng.int(1, 9999)).padStart(4, '0')}${birth.replaceAll('-', '')}${String(rng.int(0, 9))}${String(seq).padStart(2, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + CHECK[sum % 11];
}

/** The same number with another birth date (and its check digit worked out again). */
export function idCardWithBirth(id: string, birth: string): string {
  const body = id.slice(0, 6) + birth.replaceAll('-', '') + id.slice(14, 17);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + CHECK[sum % 11];
}
