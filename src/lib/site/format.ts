/** Numbers as a statistical bulletin writes them, in Chinese and English. */
import type { Lang } from '../../i18n/ui.ts';
import type { Estimate, Unit } from '../indicators/types.ts';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, decimals: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const UNIT: Record<Unit, Record<Lang, string>> = {
  persons: { zh: '人', en: '' },
  'person-times': { zh: '人次', en: '' },
  percent: { zh: '%', en: '%' },
};

export const unitLabel = (unit: Unit, lang: Lang): string =>
  ({ persons: { zh: '人', en: 'people' }, 'person-times': { zh: '人次', en: 'attendances' }, percent: { zh: '%', en: '%' } })[unit][lang];

/** A published figure: its symbol, or the number rounded to the indicator's decimals (with its unit if asked). */
export function formatEstimate(e: Pick<Estimate, 'value' | 'symbol'>, ind: { unit: Unit; decimals: number }, lang: Lang, withUnit = false): string {
  if (e.symbol !== '' || e.value === null) return e.symbol || 'x';
  const n = formatNumber(e.value, ind.decimals, lang);
  return withUnit ? `${n}${UNIT[ind.unit][lang]}` : n;
}

/**
 * Change from the previous year in bulletin grammar: counts as "比上年增加N人，增长P%",
 * rates only in percentage points ("提高N个百分点"), never "%" for a difference of rates.
 */
export function formatChange(current: Estimate | undefined, previous: Estimate | undefined, ind: { unit: Unit; decimals: number }, lang: Lang): string | null {
  if (!current || !previous || current.value === null || previous.value === null || current.symbol || previous.symbol) return null;
  const rate = ind.unit === 'percent';
  const diff = rate ? Math.round((current.value - previous.value) * 10) / 10 : current.value - previous.value;
  const abs = formatNumber(Math.abs(diff), rate ? 1 : ind.decimals, lang);
  if (diff === 0) return lang === 'zh' ? '与上年持平' : 'unchanged on the previous year';
  const up = diff > 0;
  if (rate) return lang === 'zh' ? `比上年${up ? '提高' : '下降'}${abs}个百分点` : `${up ? 'up' : 'down'} ${abs} percentage points on the previous year`;
  const pct = previous.value !== 0 ? formatNumber(Math.abs((diff / previous.value) * 100), 1, lang) : null;
  const unit = UNIT[ind.unit].zh;
  if (lang === 'zh') return `比上年${up ? '增加' : '减少'}${abs}${unit}${pct ? `，${up ? '增长' : '下降'}${pct}%` : ''}`;
  return `${up ? 'up' : 'down'} ${abs}${pct ? ` (${pct}%)` : ''} on the previous year`;
}
