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

export const DIMENSIONS: Readonly<Record<DimensionId, Dimension>> = {
  total: { id: 'total', code: '', column: null, name: { zh: '合计', en: 'Total' } },
  stage: { id: 'stage', code: 'S', column: 'stage', name: { zh: '学段', en: 'School stage' }, order: D.STAGES },
  locality: { id: 'locality', code: 'U', column: 'locality', name: { zh: '城乡', en: 'Urban/rural' }, order: D.LOCALITIES },
  sex: { id: 'sex', code: 'X', column: 'sex', name: { zh: '性别', en: 'Sex' }, order: D.SEXES },
  school: { id: 'school', code: 'K', column: 'school', name: { zh: '学校', en: 'School' } },
  level: { id: 'level', code: 'L', column: 'level', name: { zh: '培训级别', en: 'Training level' }, order: D.TRAINING_LEVELS },
  form: { id: 'form', code: 'F', column: 'form', name: { zh: '培训形式', en: 'Training form' }, order: D.TRAINING_FORMS },
};

/** Sorts categories by the dimension's vocabulary order, then by name; 不详 last. */
export function sortCategories(dim: Dimension, categories: Iterable<string>): string[] {
  const rank = (c: string) => (c === UNKNOWN_CATEGORY ? 1e6 : dim.order ? (dim.order.indexOf(c) + 1 || 1e5) : 0);
  return [...new Set(categories)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'));
}
