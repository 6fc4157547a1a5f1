/** Numbers as a statistical bulletin writes them, in Chinese and English. */
import type { Lang } from '../../i18n/ui.ts';
import type { Estimate, Target, Unit } from '../indicators/types.ts';
import { figureDecimals } from '../indicators/verdict.ts';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * One formatter per language and number of decimals (making an Intl.NumberFormat costs a
 * hundred formats), with the numbers it has written: a city's pages write 300,000 figures,
 * most of them the same few thousand.
 */
const formatters = new Map<string, { format: Intl.NumberFormat; written: Map<number, string> }>();

export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}${decimals}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = { format: new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }), written: new Map() }));
  if (Object.is(value, -0)) return f.format.format(value); // a Map holds -0 and 0 as one key, but they print differently
  let text = f.written.get(value);
  if (text === undefined) {
    if (f.written.size >= 100_000) f.written.clear();
    f.written.set(value, (text = f.format.format(value)));
  }
  return text;
}

/** Suffix written after a value, and the unit's name for axis labels and table heads. */
const UNITS: Record<Unit, { suffix: Record<Lang, string>; label: Record<Lang, string> }> = {
  persons: { suffix: { zh: '人', en: '' }, label: { zh: '人', en: 'people' } },
  'person-times': { suffix: { zh: '人次', en: '' }, label: { zh: '人次', en: 'attendances' } },
  awards: { suffix: { zh: '人次', en: '' }, label: { zh: '人次', en: 'awards' } },
  percent: { suffix: { zh: '%', en: '%' }, label: { zh: '%', en: '%' } },
  years: { suffix: { zh: '岁', en: ' years' }, label: { zh: '岁', en: 'years' } },
  hours: { suffix: { zh: '学时', en: ' hours' }, label: { zh: '学时', en: 'hours' } },
  ratio: { suffix: { zh: ':1', en: ':1' }, label: { zh: '学生数:1', en: 'students per teacher' } },
  staffRatio: { suffix: { zh: '', en: '' }, label: { zh: '1:学生数', en: 'students per staff member' } },
  yuan: { suffix: { zh: '元', en: ' yuan' }, label: { zh: '元', en: 'yuan' } },
  points: { suffix: { zh: '个百分点', en: ' pp' }, label: { zh: '百分点', en: 'percentage points' } },
  per100: { suffix: { zh: '人', en: '' }, label: { zh: '每百名专任教师', en: 'per 100 teachers' } },
};

export const unitLabel = (unit: Unit, lang: Lang): string => UNITS[unit].label[lang];

/** A count of people or of records (attendances, awards): a school without rows has 0, and it is never set beside other schools'. */
export const isCount = (unit: Unit): boolean => unit === 'persons' || unit === 'person-times' || unit === 'awards';

/**
 * A published figure: its symbol, or the number rounded to the indicator's decimals, more where
 * its target needs them to read on the right side of it (figureDecimals), with its unit if asked.
 */
export function formatEstimate(e: Pick<Estimate, 'value' | 'symbol'>, ind: { unit: Unit; decimals: number; target?: Target | undefined }, lang: Lang, withUnit = false): string {
  if (e.symbol !== '' || e.value === null) return e.symbol || 'x';
  const n = formatNumber(e.value, figureDecimals(e.value, ind), lang);
  if (ind.unit === 'staffRatio') return `1:${n}`; // 教职工与学生比 is written staff first: 1:19
  return withUnit || ind.unit === 'ratio' ? `${n}${UNITS[ind.unit].suffix[lang]}` : n;
}

/** What a symbol means, for a sentence (a sentence never ends in c, x, z or –, the school with nobody the figure counts). */
const SYMBOL_WORDS: Record<Lang, Record<string, string>> = {
  zh: { c: '不予公布', x: '无数据', z: '不适用', '–': '当年无计入人员' },
  en: { c: 'withheld', x: 'not available', z: 'not applicable', '–': 'nobody counted that year' },
};

/** A formatted figure (from formatEstimate) as a sentence says it. */
export const sayText = (text: string, lang: Lang): string => SYMBOL_WORDS[lang][text] ?? text;

/**
 * Change from the previous year in bulletin grammar: counts as "比上年增加N人，增长P%",
 * rates only in percentage points ("提高N个百分点"), never "%" for a difference of rates.
 * A count that moved by less than 0.05% says so ("下降不足0.1%"): "下降0.0%" would state a
 * change and deny it in one breath, and "基本持平" is a judgement the numbers do not make.
 * The change is that of the figures as shown, so a reader subtracting the two gets the same.
 */
export function formatChange(current: Estimate | undefined, previous: Estimate | undefined, ind: { unit: Unit; decimals: number }, lang: Lang): string | null {
  if (!current || !previous || current.value === null || previous.value === null || current.symbol || previous.symbol) return null;
  const points = ind.unit === 'percent' || ind.unit === 'points';
  const decimals = points ? 1 : ind.decimals;
  const factor = 10 ** decimals;
  // The difference of the two figures as published (rounded as the tables and downloads round them):
  // 29.2% and 30.8% beside "提高1.5个百分点", or 19.5% and 19.4% beside "与上年持平", contradict the reader's own sum.
  const shown = (v: number) => Math.round(v * factor) / factor;
  const diff = Math.round((shown(current.value) - shown(previous.value)) * factor) / factor;
  const abs = formatNumber(Math.abs(diff), decimals, lang);
  if (diff === 0) return lang === 'zh' ? '与上年持平' : 'unchanged on the previous year';
  const up = diff > 0;
  if (points) return lang === 'zh' ? `比上年${up ? '提高' : '下降'}${abs}个百分点` : `${up ? 'up' : 'down'} ${abs} percentage points on the previous year`;
  const countLike = isCount(ind.unit) || ind.unit === 'yuan';
  const ratio = countLike && previous.value !== 0 ? Math.abs((diff / previous.value) * 100) : null;
  const pct = ratio === null ? null : Math.round(ratio * 10) === 0 ? (lang === 'zh' ? '不足0.1%' : 'less than 0.1%') : `${formatNumber(ratio, 1, lang)}%`;
  const suffix = ind.unit === 'ratio' || ind.unit === 'staffRatio' ? '' : UNITS[ind.unit].suffix;
  if (lang === 'zh') return `比上年${up ? '增加' : '减少'}${abs}${suffix ? suffix.zh : ''}${pct ? `，${up ? '增长' : '下降'}${pct}` : ''}`;
  return `${up ? 'up' : 'down'} ${abs}${suffix ? suffix.en : ''}${pct ? ` (${pct})` : ''} on the previous year`;
}
