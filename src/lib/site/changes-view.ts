/**
 * The what-changed page's words, prepared from the site data (./changes.ts): a revised figure
 * as a reader of either language reads it, so the page only lays it out.
 */
import { schoolNameEn } from '../../i18n/school-names.ts';
import { term } from '../../i18n/terms.ts';
import type { Lang } from '../../i18n/ui.ts';
import { DIMENSIONS } from '../indicators/dimensions.ts';
import type { DimensionId } from '../indicators/types.ts';
import { peerName } from './views.ts';

/** One category of a breakdown in the reader's language: a school's English name, a peer group as words, a structure's parts. */
function categoryWords(dimension: string, category: string, lang: Lang): string {
  if (dimension === 'school') return lang === 'zh' ? category : schoolNameEn(category);
  if (dimension === 'peer') return peerName(category, lang);
  return category.split('|').map((c) => term(lang, c)).join(lang === 'zh' ? '，' : ', ');
}

/**
 * Which figure of an indicator was revised: 全部 / All, or the breakdown's name and the
 * category (学段：小学, School: Shili County No. 1 Primary School), never the data's ids
 * (stage, school, peer) nor a Chinese name on an English page.
 */
export function revisionCategory(dimension: string, category: string, lang: Lang): string {
  if (dimension === 'total') return term(lang, '全部');
  const names = dimension.split(':').map((d) => DIMENSIONS[d as DimensionId]?.name[lang] ?? d);
  return `${names.join(lang === 'zh' ? '×' : ' × ')}${lang === 'zh' ? '：' : ': '}${categoryWords(dimension, category, lang)}`;
}
