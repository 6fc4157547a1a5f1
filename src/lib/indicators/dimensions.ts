/** Breakdown dimensions: the column each groups by and the order its categories read in. */
import * as D from '../domain.ts';
import type { Bilingual, DimensionId } from './types.ts';

export interface Dimension {
  readonly id: DimensionId;
  readonly code: string;
  readonly column: string | null;
  readonly name: Bilingual;
  readonly order?: readonly string[];
}

export const TOTAL_CATEGORY = '全部';
/** Rows whose category is not recorded (e.g. a trainee missing from the roster) still count in the total. */
export const UNKNOWN_CATEGORY = '不详';

/** Who an exit record is, against last year's roster: reconciles 减员 with 流失 (exits/reconcile.ts). */
export const EXIT_PERSONS = ['上年专任教师', '仍在本年名册的专任教师', '上年其他教职工', '不在上年名册'] as const;
/** How last year's full-time teachers who are not full-time teachers this year left. */
export const LEAVE_ROUTES = ['有减员记录', '转为其他岗位', '离开名册无减员记录'] as const;

/** Statistical age bands of the national teacher statistics. */
export const AGE_BANDS = ['29岁及以下', '30-34岁', '35-39岁', '40-44岁', '45-49岁', '50-54岁', '55-59岁', '60岁及以上'] as const;
export const ageBand = (age: number): string => (age <= 29 ? AGE_BANDS[0] : age >= 60 ? AGE_BANDS[7] : AGE_BANDS[Math.floor((age - 25) / 5)]!);

const DIRECTIONS = D.LOCALITIES.flatMap((a) => D.LOCALITIES.map((b) => `${a}→${b}`));

const dim = (id: DimensionId, code: string, column: string | null, zh: string, en: string, order?: readonly string[]): Dimension =>
  ({ id, code, column, name: { zh, en }, ...(order ? { order } : {}) });

export const DIMENSIONS: Readonly<Record<DimensionId, Dimension>> = {
  total: dim('total', '', null, '合计', 'Total'),
  stage: dim('stage', 'S', 'stage', '学段', 'School stage', D.STAGES),
  locality: dim('locality', 'U', 'locality', '城乡', 'Urban/rural', D.LOCALITIES),
  sex: dim('sex', 'X', 'sex', '性别', 'Sex', D.SEXES),
  school: dim('school', 'K', 'school', '学校', 'School'),
  level: dim('level', 'L', 'level', '级别', 'Level', D.TRAINING_LEVELS),
  form: dim('form', 'F', 'form', '培训形式', 'Training form', D.TRAINING_FORMS),
  mode: dim('mode', 'M', 'mode', '交流方式', 'Exchange mode', D.EXCHANGE_MODES),
  direction: dim('direction', 'D', 'direction', '交流方向', 'Direction', DIRECTIONS),
  role: dim('role', 'R', 'role', '人员类别', 'Role', D.EXCHANGE_ROLES),
  channel: dim('channel', 'C', 'channel', '招聘渠道', 'Recruitment channel', D.HIRE_CHANNELS),
  title: dim('title', 'T', 'title', '专业技术职务', 'Professional title', D.TITLES),
  exitType: dim('exitType', 'E', 'type', '减员类型', 'Type of exit', D.EXIT_TYPES),
  honourCategory: dim('honourCategory', 'H', 'category', '表彰类别', 'Honour category', D.HONOUR_CATEGORIES),
  backbone: dim('backbone', 'B', 'backboneCategory', '骨干类别', 'Backbone category', D.BACKBONE_CATEGORIES),
  ageBand: dim('ageBand', 'A', 'ageBand', '年龄段', 'Age band', AGE_BANDS),
  peer: dim('peer', 'P', 'peer', '同类学校', 'Similar schools'),
  exitPerson: dim('exitPerson', 'Q', 'exitPerson', '减员人员', 'Who left', EXIT_PERSONS),
  leaveRoute: dim('leaveRoute', 'W', 'leaveRoute', '离开方式', 'How they left', LEAVE_ROUTES),
};

/** Sorts categories by the dimension's vocabulary order, then by name; 不详 last. */
export function sortCategories(d: Dimension, categories: Iterable<string>): string[] {
  const rank = (c: string) => (c === UNKNOWN_CATEGORY ? 1e6 : d.order ? (d.order.indexOf(c) + 1 || 1e5) : 0);
  return [...new Set(categories)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'));
}

/** A peer group's category: the school's stages and its urban/rural class, 小学·乡村. */
export const peerCategory = (stages: string, locality: string): string => `${stages}·${locality}`;
