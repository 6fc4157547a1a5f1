/**
 * The published tables in tidy long form (one row per year × indicator × dimension ×
 * category), as DfE and ONS publish statistics, and the data dictionary beside them.
 */
import { term } from '../../i18n/terms.ts';
import { DIMENSIONS } from '../indicators/dimensions.ts';
import type { DimensionId, Estimate } from '../indicators/types.ts';
import type { IndicatorData } from '../site/data.ts';
import { figureDecimals, roundTo } from '../indicators/verdict.ts';

export const TIDY_COLUMNS = ['year', 'indicator', 'dimension', 'category', 'value', 'numerator', 'denominator', 'symbol'] as const;
export type TidyRow = Readonly<Record<(typeof TIDY_COLUMNS)[number], string | number | null>>;

const round = (v: number | null, decimals: number) => (v === null ? null : roundTo(v, decimals));

/** Rounding happens here, after aggregation and suppression: totals were computed from unrounded values. */
export function tidyRows(ind: IndicatorData): TidyRow[] {
  return ind.estimates.map((e: Estimate) => ({
    year: e.year,
    indicator: ind.id,
    dimension: e.dimension,
    category: e.category,
    value: e.symbol ? null : round(e.value, figureDecimals(e.value, ind)),
    numerator: e.symbol ? null : round(e.numerator, 2),
    denominator: e.symbol ? null : round(e.denominator, 2),
    symbol: e.symbol,
  }));
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first: a
 * school named `=HYPERLINK(…)`) gets a leading apostrophe, as OWASP advises for CSV injection;
 * numbers stay numbers.
 */
export const csvCell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n']/.test(s) && typeof v !== 'number' ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV with a BOM so Excel and WPS open the Chinese correctly; CRLF line ends as Excel writes. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, string | number | null>>[]): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const DICTIONARY_COLUMNS = ['kind', 'id', 'name_zh', 'name_en', 'unit', 'decimals', 'definition_zh', 'definition_en', 'formula_zh', 'formula_en', 'sources', 'breakdowns', 'target'] as const;

const COLUMN_DOCS: Record<(typeof TIDY_COLUMNS)[number], [string, string]> = {
  year: ['报告年度（数据文件夹名）', 'Reporting year (the data folder’s name)'],
  indicator: ['指标代码，见本表 kind=indicator 的行', 'Indicator id; see the rows of kind indicator'],
  dimension: ['分类维度：total 为全局；stage 学段、locality 城乡……；“维度:结构”表示在该维度各组内的结构', 'Breakdown: total for the whole bureau; stage, locality …; “dimension:part” is a structure within each group'],
  category: ['类别；total 为“全部”；结构指标为“组|部分”；“不详”为无法归入任何类别的记录（如名册中查不到的参训人）', 'Category; 全部 for the total; “group|part” for structures; 不详 (unknown) for records that fit no category (such as a trainee not on the roster)'],
  value: ['数值，按指标的小数位四舍五入；有符号时为空', 'Value, rounded to the indicator’s decimals; empty where a symbol stands'],
  numerator: ['分子（人数、学时或年龄之和）', 'Numerator (people, or a sum of hours or ages)'],
  denominator: ['分母（人数）', 'Denominator (people)'],
  symbol: ['c 为保护个人信息不予公布；x 为缺少源数据；z 为不适用', 'c withheld to protect individuals; x not available; z not applicable'],
};

/** What a dimension's categories are, as the files spell them (in Chinese), with their English words for a reader of English. */
function dimensionCategories(d: DimensionId): { definition_zh: string | null; definition_en: string | null } {
  if (d === 'peer') return { definition_zh: '学校所属的同类学校组，写作“学段·城乡”，如“小学·乡村”；跨学段学校的各学段以“;”相连，如“小学;初中·镇区”', definition_en: 'The school’s group of similar schools, written “stages·urban/rural class”, e.g. 小学·乡村 (rural primary schools); a school spanning stages joins them with “;”, e.g. 小学;初中·镇区' };
  if (d === 'school') return { definition_zh: '学校名称', definition_en: 'The school’s name (in Chinese)' };
  const order = DIMENSIONS[d].order;
  if (!order) return { definition_zh: null, definition_en: null };
  const zh = order.join('、');
  const en = order.map((c) => `${c} = ${term('en', c)}`).join('; ');
  // the ratios set schools spanning stages apart (student_teacher_ratio's definition)
  return d === 'stage' ? { definition_zh: `${zh}；生师比等指标中跨学段学校（如九年一贯制）单列，写作“小学;初中”`, definition_en: `${en}; in the ratios, schools spanning stages (such as nine-year schools) are a category of their own, written 小学;初中` } : { definition_zh: zh, definition_en: en };
}

/**
 * The breakdowns an indicator's file holds, spelt as its dimension column spells them: a school
 * breakdown brings its peer groups (peer), a structure its parts (stage:ageBand). The registry's
 * list alone left readers of the files with rows the dictionary never named.
 */
function publishedBreakdowns(i: IndicatorData): string {
  const present = new Set<string>(i.estimates.map((e) => e.dimension).filter((d) => d !== 'total'));
  if (present.size === 0) return i.breakdowns.join(';');
  const order = Object.keys(DIMENSIONS);
  const rank = (d: string) => d.split(':').reduce((r, part, n) => r + (order.indexOf(part) + 1) * (n === 0 ? 100 : 1), 0);
  const declared: string[] = i.breakdowns.filter((d) => present.has(d));
  return [...declared, ...[...present].filter((d) => !declared.includes(d)).sort((a, b) => rank(a) - rank(b))].join(';');
}

export function dictionaryRows(indicators: readonly IndicatorData[]): Record<(typeof DICTIONARY_COLUMNS)[number], string | number | null>[] {
  const columns = TIDY_COLUMNS.map((c) => ({ kind: 'column', id: c, name_zh: COLUMN_DOCS[c][0], name_en: COLUMN_DOCS[c][1], unit: null, decimals: null, definition_zh: COLUMN_DOCS[c][0], definition_en: COLUMN_DOCS[c][1], formula_zh: null, formula_en: null, sources: null, breakdowns: null, target: null }));
  const dims = (Object.keys(DIMENSIONS) as DimensionId[]).map((d) => ({ kind: 'dimension', id: d, name_zh: DIMENSIONS[d].name.zh, name_en: DIMENSIONS[d].name.en, unit: null, decimals: null, ...dimensionCategories(d), formula_zh: null, formula_en: null, sources: null, breakdowns: null, target: null }));
  const inds = indicators.map((i) => ({
    kind: 'indicator', id: i.id, name_zh: i.name.zh, name_en: i.name.en, unit: i.unit, decimals: i.decimals,
    definition_zh: i.definition.zh, definition_en: i.definition.en, formula_zh: i.formula.zh, formula_en: i.formula.en, sources: i.sources.join(';'),
    breakdowns: publishedBreakdowns(i), target: i.target ? `${i.target.direction === 'atLeast' ? '≥' : '≤'}${i.target.value} (${i.target.source})` : null,
  }));
  return [...columns, ...dims, ...inds];
}
