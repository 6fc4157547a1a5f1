/**
 * 任教学科 for the sample's full-time teachers, by stage, in the words the national teacher
 * system writes (英语, 体育与健康 …, mapped at ingest). Shares follow the compulsory-education
 * curriculum's class hours (《义务教育课程方案（2022年版）》): 语文 and 数学 hold most primary
 * posts, 体育 and 艺术 together about a sixth. A person's subject is a hash of their number, not
 * a draw from the simulation's random source, so adding it left every other figure unchanged.
 */
import type { Person } from './simulate.ts';

type Shares = readonly (readonly [string, number])[];

const SHARES: Partial<Record<Person['stage'], Shares>> = {
  小学: [['语文', 30], ['数学', 24], ['英语', 8], ['道德与法治', 4], ['科学', 5], ['体育与健康', 7], ['音乐', 5], ['美术', 5], ['信息技术', 3], ['综合实践活动', 3], ['心理健康', 1], ['书法', 1], ['其他', 4]],
  初中: [['语文', 15], ['数学', 15], ['英语', 14], ['道德与法治', 6], ['历史', 6], ['地理', 5], ['物理', 8], ['化学', 6], ['生物', 6], ['体育与健康', 7], ['音乐', 3], ['美术', 3], ['信息技术', 3], ['心理健康', 1], ['其他', 2]],
  高中: [['语文', 13], ['数学', 14], ['英语', 13], ['思想政治', 6], ['历史', 7], ['地理', 6], ['物理', 10], ['化学', 8], ['生物', 8], ['体育与健康', 6], ['艺术', 4], ['信息技术', 3], ['其他', 2]],
  中职: [['语文', 10], ['数学', 10], ['英语', 8], ['思想政治', 5], ['体育与健康', 5], ['其他', 62]],
  特殊教育: [['特殊教育', 80], ['体育与健康', 8], ['音乐', 6], ['美术', 6]],
};

/** FNV-1a of a string, as a fraction in [0, 1). */
function fraction(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h / 4294967296;
}

/** The subject a full-time teacher teaches; '' for other staff and for 学前. Older years write 思想品德. */
export function subjectOf(p: Person, year: number): string {
  const shares = p.post === '专任教师' ? SHARES[p.stage] : undefined;
  if (!shares) return '';
  const total = shares.reduce((s, [, w]) => s + w, 0);
  let x = fraction(`subject:${p.id}:${p.stage}`) * total;
  const subject = shares.find(([, w]) => (x -= w) < 0)?.[0] ?? shares[shares.length - 1]![0];
  return subject === '道德与法治' && year < 2017 ? '思想品德' : subject;
}
