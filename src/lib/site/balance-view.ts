/**
 * The 优质均衡 page's words and tables, prepared from the site data (../review/balance.ts,
 * ../review/quota.ts): Chinese beside English, so the page only lays them out.
 */
import type { Lang } from '../../i18n/ui.ts';
import { schoolNameEn } from '../../i18n/school-names.ts';
import type { SeriesPoint } from '../charts/multiples.ts';
import type { SchoolAgainstLine } from '../charts/balance.ts';
import { BALANCE_MEASURES, BALANCE_STAGES, type BalanceCoefficient, type BalanceFigure, type BalanceMeasure, type BalanceStage, type BalanceYear, type ExclusionReason } from '../review/balance.ts';
import type { QuotaSchool } from '../review/quota.ts';
import { formatNumber } from './format.ts';
import { verdictDecimals } from '../indicators/verdict.ts';
import type { SiteData } from './data.ts';

type Words = { readonly zh: string; readonly en: string };

export const MEASURE_NAMES: Record<BalanceMeasure, Words> = {
  qualified: { zh: '每百名学生拥有高于规定学历教师数', en: 'Teachers above the required qualification per 100 pupils' },
  backbone: { zh: '每百名学生拥有县级及以上骨干教师数', en: 'County-level-or-above backbone teachers per 100 pupils' },
  peArts: { zh: '每百名学生拥有体育、艺术（美术、音乐）专任教师数', en: 'PE and arts (music, fine arts) teachers per 100 pupils' },
};
export const MEASURE_SHORT: Record<BalanceMeasure, Words> = {
  qualified: { zh: '高于规定学历', en: 'Above required qualification' },
  backbone: { zh: '县级及以上骨干', en: 'Backbone (county+)' },
  peArts: { zh: '体育艺术', en: 'PE and arts' },
};
const STAGE_NAMES: Record<BalanceStage, Words> = { 小学: { zh: '小学', en: 'Primary' }, 初中: { zh: '初中', en: 'Lower secondary' } };
const REASONS: Record<ExclusionReason, Words> = {
  special: { zh: '特殊教育学校，按规定不参与计算', en: 'special-education school, left out as the rule says' },
  teachingPoint: { zh: '教学点，在校生不足规定人数，按规定不参与计算', en: 'teaching point below the rule\'s pupil count, left out as the rule says' },
  mixedStages: { zh: '兼有高中等非义务教育学段，在校生数未分学段，无法计算', en: 'also teaches a non-compulsory stage and its pupils are not given by stage, so it cannot be computed' },
  noPupils: { zh: '学校表未填在校生数', en: 'no 在校生数 (pupils) in the schools table' },
};
const UNAVAILABLE: Record<'noSubject' | 'noBackbone', Words> = {
  noSubject: { zh: '花名册没有“任教学科”列', en: 'the roster has no 任教学科 (subject) column' },
  noBackbone: { zh: '花名册没有骨干教师列', en: 'the roster has no backbone-teacher column' },
};

/** Levels of 最高学历 (GB/T 4658) in English, the Chinese kept beside as the roster writes it. */
const EDUCATION_EN: Record<string, string> = {
  研究生: 'a postgraduate degree', 本科: 'a bachelor\'s degree', 专科: 'an associate degree', 高中阶段: 'upper-secondary schooling', 高中阶段以下: 'schooling below upper secondary',
};

export const word = (w: Words, lang: Lang): string => w[lang];
/** The qualification a line requires: 专科 / an associate degree (专科). */
export const educationWords = (level: string, lang: Lang): string => (lang === 'zh' || !EDUCATION_EN[level] ? level : `${EDUCATION_EN[level]} (${level})`);
export const stageName = (s: BalanceStage, lang: Lang): string => STAGE_NAMES[s][lang];
export const schoolName = (s: string, lang: Lang): string => (lang === 'zh' ? s : schoolNameEn(s));
export const reasonText = (r: ExclusionReason, lang: Lang): string => REASONS[r][lang];
export const unavailableText = (r: 'noSubject' | 'noBackbone', lang: Lang): string => UNAVAILABLE[r][lang];
export const passWord = (pass: boolean | null, lang: Lang): string => (pass === null ? '' : pass ? (lang === 'zh' ? '达标' : 'met') : (lang === 'zh' ? '未达标' : 'not met'));

/** A school's figure as a cell: the value with a mark (✓ met, ✗ not met), or its symbol. */
export function figureCell(f: BalanceFigure, lang: Lang): string {
  if (f.value === null) return f.symbol || 'x';
  return `${figureText(f.value, f.line, lang)} ${f.pass ? '✓' : '✗'}`;
}

/** A school's teachers per 100 pupils: 2 decimals, more where they would carry it across its line (verdictDecimals). */
export const figureText = (value: number, line: number, lang: Lang): string => formatNumber(value, verdictDecimals(value, 2, line, 'atLeast'), lang);

/** A coefficient: 3 decimals, more where they would carry it across its ceiling. */
export const coefficientText = (c: Pick<BalanceCoefficient, 'value' | 'symbol' | 'max'>, lang: Lang): string =>
  c.value === null ? c.symbol || 'x' : formatNumber(c.value, verdictDecimals(c.value, 3, c.max, 'atMost'), lang);

/** The schools of one stage with a published value of one measure, for the chart against the line. */
export function schoolsAgainstLine(review: BalanceYear, stage: BalanceStage, measure: BalanceMeasure, lang: Lang): SchoolAgainstLine[] {
  return review.schools.filter((s) => s.stage === stage && s.figures[measure].value !== null).map((s) => ({
    label: schoolName(s.school, lang),
    value: s.figures[measure].value!,
    text: `${figureText(s.figures[measure].value!, s.figures[measure].line, lang)}（${passWord(s.figures[measure].pass, lang)}）`.replace('（', lang === 'zh' ? '（' : ' (').replace('）', lang === 'zh' ? '）' : ')'),
    pass: s.figures[measure].pass === true,
  }));
}

/** Each measure's coefficient of one stage over the years, as lines. */
export function coefficientSeries(data: SiteData, stage: BalanceStage, lang: Lang): { points: SeriesPoint[]; groups: string[] } {
  const groups = BALANCE_MEASURES.map((m) => MEASURE_SHORT[m][lang]);
  const points = data.review.balance.flatMap((y) => BALANCE_MEASURES.map((m): SeriesPoint => {
    const c = y.coefficients.find((x) => x.stage === stage && x.measure === m)!;
    return { group: MEASURE_SHORT[m][lang], year: y.year, value: c.value, text: coefficientText(c, lang) };
  }));
  return { points, groups };
}

/**
 * Why a year's coefficient is x in the trend (a roster without the column a measure reads), one
 * line per measure and reason, so the chart's bare x is explained beside it:
 * 体育艺术：2015年无法计算（x），花名册没有“任教学科”列。
 */
export function unavailableYears(data: Pick<SiteData, 'review'>, lang: Lang): string[] {
  return BALANCE_MEASURES.flatMap((m) => (['noSubject', 'noBackbone'] as const).map((why) => {
    const years = data.review.balance.filter((y) => y.unavailable[m] === why).map((y) => y.year);
    if (!years.length) return null;
    const list = years.join(lang === 'zh' ? '、' : ', ');
    return lang === 'zh' ? `${MEASURE_SHORT[m].zh}：${list}年无法计算（x），${UNAVAILABLE[why].zh}。` : `${MEASURE_SHORT[m].en}: not available (x) in ${list}: ${UNAVAILABLE[why].en}.`;
  })).filter((line): line is string => line !== null);
}

/** Why a coefficient is c, for a note beside the tables that show one. */
export const WITHHELD_COEFFICIENT: Words = {
  zh: '差异系数以 c 表示：它与各校已公布的数字一起可以推算出某校以 c 表示的人数，因此不公布；“结果”只在任何可能的人数下都相同时列出。',
  en: 'A coefficient shown as c would, with the schools\' published figures, give back a school\'s count shown as c, so it is withheld; its result is given only where no possible count could change it.',
};

/** Over- and under-staffed schools of a year (published counts only), largest gaps first. */
export function quotaLists(schools: readonly QuotaSchool[]): { over: QuotaSchool[]; under: QuotaSchool[]; withheld: QuotaSchool[] } {
  return {
    over: schools.filter((s) => (s.difference ?? 0) > 0).sort((a, b) => b.difference! - a.difference!),
    under: schools.filter((s) => (s.difference ?? 0) < 0).sort((a, b) => a.difference! - b.difference!),
    withheld: schools.filter((s) => s.difference === null),
  };
}

export { BALANCE_MEASURES, BALANCE_STAGES };
export type BalanceMeasureKey = BalanceMeasure;

/**
 * The quota section's summary: every school with a quota accounted for (over, under, equal, and
 * any whose count is withheld), so the parts add up to the whole the sentence starts from.
 */
export function quotaSentence(year: number, schools: readonly QuotaSchool[], lang: Lang): string {
  const { over, under, withheld } = quotaLists(schools);
  const equal = schools.filter((s) => s.difference === 0).length;
  const n = (v: number) => formatNumber(v, 0, lang);
  if (lang === 'zh') {
    const parts = [`${n(over.length)}所在编在岗人数超过核定编制`, `${n(under.length)}所低于核定编制`, ...(equal ? [`${n(equal)}所与核定编制相等`] : []), ...(withheld.length ? [`${n(withheld.length)}所在编人数以 c 表示`] : [])];
    return `${year}年，学校表填有核定编制数的${n(schools.length)}所学校中，${parts.join('，')}。`;
  }
  const parts = [`${n(over.length)} ${over.length === 1 ? 'holds' : 'hold'} more established staff than ${over.length === 1 ? 'its' : 'their'} quota`, `${n(under.length)} fewer`, ...(equal ? [`${n(equal)} exactly ${equal === 1 ? 'its' : 'their'} quota`] : []), ...(withheld.length ? [`${n(withheld.length)} a number shown as c`] : [])];
  return `In ${year}, of the ${n(schools.length)} schools with a quota in the schools table, ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

