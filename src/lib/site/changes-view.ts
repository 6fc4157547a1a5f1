/**
 * The what-changed page's words, prepared from the site data (./changes.ts): a revised figure
 * as a reader of either language reads it, so the page only lays it out.
 */
import { schoolNameEn } from '../../i18n/school-names.ts';
import { term } from '../../i18n/terms.ts';
import type { Lang } from '../../i18n/ui.ts';
import { DIMENSIONS } from '../indicators/dimensions.ts';
import type { DimensionId, Unit } from '../indicators/types.ts';
import { formatEstimate, formatNumber } from './format.ts';
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

/**
 * A revised figure before or after, as every other page writes it: the indicator's decimals and
 * unit (80.0%, −1.2个百分点, 4,010人), not the download's bare number (80, -1.2, 4010), which
 * reads as a count and hides a percentage's unit. A symbol (c, x, z) stays as it is.
 */
export function revisionValue(text: string, ind: { readonly unit: Unit; readonly decimals: number } | undefined, lang: Lang): string {
  if (text === '') return lang === 'zh' ? '未公布' : 'not published'; // a figure new in this build, or gone from it
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!ind || !Number.isFinite(value)) return text;
  return formatEstimate({ value, symbol: '' }, ind, lang, true);
}

/** The revised figures' caption: "the first N" only when the table holds fewer than were revised. */
export function revisionsCaption(shown: number, revised: number, lang: Lang): string {
  if (shown >= revised) return lang === 'zh' ? '修订的数字' : 'Revised figures';
  return lang === 'zh' ? `修订的数字（共${formatNumber(revised, 0, lang)}个，列出前${formatNumber(shown, 0, lang)}个）` : `Revised figures (the first ${formatNumber(shown, 0, lang)} of ${formatNumber(revised, 0, lang)})`;
}
