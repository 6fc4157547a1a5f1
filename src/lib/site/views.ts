/**
 * What each page shows, selected from the site data: pages map these to components and
 * compute nothing themselves.
 */
import { quantileSorted } from 'd3';
import { schoolNameEn } from '../../i18n/school-names.ts';
import { term } from '../../i18n/terms.ts';
import { localePath, localeRoute, t, type Lang } from '../../i18n/ui.ts';
import { pageUrl } from './base.ts';
import { isWithheldWhole } from '../disclosure/withheld.ts';
import { DIMENSIONS, TOTAL_CATEGORY, UNKNOWN_CATEGORY, sortCategories } from '../indicators/dimensions.ts';
import { HOME_TILES } from '../indicators/registry.ts';
import { cycleStart } from '../indicators/training/training_cycle_360.ts';
import { LOCALITIES } from '../domain.ts';
import type { DimensionId, Estimate } from '../indicators/types.ts';
import type { IndicatorData, SiteData } from './data.ts';
import { formatChange, formatEstimate, formatNumber, isCount, sayText, unitLabel } from './format.ts';
import { meetsTarget } from '../indicators/verdict.ts';

export interface Point {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

export const totals = (ind: IndicatorData): Estimate[] => ind.estimates.filter((e) => e.dimension === 'total').sort((a, b) => a.year - b.year);

/**
 * Why the years whose total is x are x, one line per reason with its years ("2023 年为 x：没有“减员”表
 * （数据未报送）。"): the notes the evaluation gave (indicators/reasons.ts), never a person or value.
 */
export function xReasonLines(ind: IndicatorData, lang: Lang): string[] {
  const byNote = new Map<string, { years: number[]; note: NonNullable<Estimate['note']> }>();
  for (const e of totals(ind)) {
    if (e.symbol !== 'x' || !e.note) continue;
    const entry = byNote.get(e.note.zh) ?? { years: [], note: e.note };
    entry.years.push(e.year);
    byNote.set(e.note.zh, entry);
  }
  return [...byNote.values()].map(({ years, note }) => {
    const head = t(lang, years.length > 1 ? 'xYears' : 'xYear', { years: years.join(lang === 'zh' ? '、' : ', ') });
    return head + (lang === 'zh' ? note.zh : note.en.charAt(0).toLowerCase() + note.en.slice(1));
  });
}

/**
 * The bureau-wide figure of each year, for a trend chart and its table. An indicator that
 * starts again with each training cycle gives each point its cycle's first year as `segment`:
 * the chart joins only the points of one cycle.
 */
export function trendPoints(ind: IndicatorData, lang: Lang, data: Pick<SiteData, 'policy'>): (Point & { readonly plain: string; readonly segment?: number })[] {
  return totals(ind).map((e) => ({
    label: String(e.year), value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true), plain: formatEstimate(e, ind, lang),
    ...(ind.period === 'trainingCycle' ? { segment: trainingCycle(data, e.year).start } : {}),
  }));
}

export interface Tile {
  /** the indicator the tile is headed by, and links to */
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly change: string | null;
  readonly year: number;
  readonly spark: readonly (number | null)[];
  /** the sparkline's description: the headline indicator's trend in one sentence */
  readonly description: string;
  /** whether the headline figure meets its own policy target; never another figure's verdict */
  readonly target: string | null;
  /**
   * A descriptive share shown under its policy measure, with no verdict: the tile of 交流轮岗教师占义务教育专任教师比例
   * is headed by 交流轮岗比例（政策口径）, the only one of the two compared with the 10% target (INDICATORS.md).
   */
  readonly secondary: TileLine | null;
}

/** One figure of a tile, by the registry's full name (a secondary line reads on its own). */
export interface TileLine {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly change: string | null;
}

/** The five-year training cycle a year falls in (site.yaml, default the 2021–2025 plan period). */
export function trainingCycle(data: Pick<SiteData, 'policy'>, year: number): { start: number; end: number } {
  const start = cycleStart(year, data.policy?.training_cycle_start ?? 2021);
  return { start, end: start + 4 };
}

/** Whether the indicator's figure for `year` is progress in a training cycle not yet over: its target is not yet met or missed. */
export const cycleUnfinished = (ind: Pick<IndicatorData, 'period'>, year: number, data: Pick<SiteData, 'policy'>): boolean =>
  ind.period === 'trainingCycle' && year < trainingCycle(data, year).end;

/**
 * Whether an indicator's figures for two years may be compared: always, except across the
 * boundary of a training cycle for a figure that starts again with each cycle (2020 closes
 * 2016–2020, 2021 opens 2021–2025; their difference is no change of anything).
 */
export const comparableYears = (ind: Pick<IndicatorData, 'period'>, year: number, other: number, data: Pick<SiteData, 'policy'>): boolean =>
  ind.period !== 'trainingCycle' || trainingCycle(data, year).start === trainingCycle(data, other).start;

/**
 * “目标不低于10%：已达到” — or null when there is no target or no figure to judge. Below the
 * target in a training cycle not yet over: the cycle is named and the figure called progress so far.
 */
export function targetStatus(ind: Pick<IndicatorData, 'id' | 'target' | 'period'>, e: Estimate | undefined, lang: Lang, data: Pick<SiteData, 'policy'>): string | null {
  if (!ind.target || !e || e.symbol || e.value === null) return null;
  const met = meetsTarget(ind.target, e.value);
  if (!met && cycleUnfinished(ind, e.year, data)) {
    const { start, end } = trainingCycle(data, e.year);
    return lang === 'zh' ? `目标${ind.target.label.zh}：${start}—${end}年周期未结束，为截至本年的进度` : `Target ${ind.target.label.en}: the ${start}–${end} cycle is not over; progress so far`;
  }
  return lang === 'zh' ? `目标${ind.target.label.zh}：${met ? '已达到' : '未达到'}` : `Target ${ind.target.label.en}: ${met ? 'met' : 'not met'}`;
}

/**
 * A home tile (and a report's key point). A descriptive rate whose policy counterpart has the
 * target (交流轮岗比例 → 政策口径) is headed by that policy measure, with its verdict, and shows the
 * descriptive rate as a secondary line without one; where the policy measure has no published
 * figure that year, the descriptive rate stands alone, still without a verdict.
 */
export function tile(ind: IndicatorData, year: number, lang: Lang, data: Pick<SiteData, 'indicators' | 'policy'>): Tile {
  const policy = ind.policyMeasure ? data.indicators.find((i) => i.id === ind.policyMeasure) : undefined;
  const policyNow = policy && totals(policy).find((e) => e.year === year);
  if (policy && policyNow && !policyNow.symbol && policyNow.value !== null) {
    // the secondary line reads on its own, so by the registry's full name
    return { ...tile(policy, year, lang, data), secondary: { ...figure(ind, year, lang, data), name: ind.name[lang] } };
  }
  const all = totals(ind);
  return {
    ...figure(ind, year, lang, data),
    year,
    spark: all.map((e) => (e.symbol ? null : e.value)),
    description: trendDescription(ind, lang, data),
    target: policy ? null : targetStatus(ind, all.find((e) => e.year === year), lang, data),
    secondary: null,
  };
}

function figure(ind: IndicatorData, year: number, lang: Lang, data: Pick<SiteData, 'indicators' | 'policy'>): TileLine {
  const all = totals(ind);
  const current = all.find((e) => e.year === year);
  const previous = comparableYears(ind, year, year - 1, data) ? all.find((e) => e.year === year - 1) : undefined;
  return { id: ind.id, name: ind.short[lang], value: current ? formatEstimate(current, ind, lang, true) : 'x', change: formatChange(current, previous, ind, lang) };
}

export interface Breakdown {
  readonly dimension: DimensionId;
  readonly title: string;
  readonly points: readonly Point[];
  readonly rows: readonly Estimate[];
}

export function breakdowns(ind: IndicatorData, year: number, lang: Lang): Breakdown[] {
  return ind.breakdowns.map((dimension) => {
    const rows = ind.estimates.filter((e) => e.year === year && e.dimension === dimension);
    const name = DIMENSIONS[dimension].name[lang];
    return {
      dimension,
      title: lang === 'zh' ? `${year}年按${name}分` : `${year} by ${name.toLowerCase()}`,
      points: rows.map((e) => ({ label: dimension === 'school' && lang === 'en' ? schoolNameEn(e.category) : term(lang, e.category), value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true) })),
      rows,
    };
  });
}


/** How a breakdown is named in a sentence: 按学校分 / by school; a structure within groups by both. */
export function breakdownPhrase(dimension: string, lang: Lang): string {
  const names = dimension.split(':').map((d) => DIMENSIONS[d as DimensionId]?.name[lang] ?? d);
  return lang === 'zh' ? `按${names.join('和')}分` : `by ${names.map((n) => n.toLowerCase()).join(' and ')}`;
}

/** The breakdowns of an indicator withheld whole in a year (suppress.ts): each dimension once. */
export const withheldDimensions = (ind: Pick<IndicatorData, 'estimates'>, year: number): string[] =>
  [...new Set(ind.estimates.filter((e) => e.year === year && isWithheldWhole(e)).map((e) => e.dimension))];

/** The note an indicator's breakdowns carry for a year where some were withheld whole, or null. */
export function withheldNote(ind: Pick<IndicatorData, 'estimates'>, year: number, lang: Lang): string | null {
  const dimensions = withheldDimensions(ind, year);
  if (!dimensions.length) return null;
  const what = dimensions.map((d) => breakdownPhrase(d, lang)).join(lang === 'zh' ? '、' : ', ');
  return t(lang, 'withheldBreakdowns', { year, what });
}

/** Indicators that appear as tiles on the home page. */
export const homeIndicators = (data: SiteData): readonly IndicatorData[] =>
  HOME_TILES.map((id) => data.indicators.find((i) => i.id === id)).filter((i): i is IndicatorData => i !== undefined);

/** The indicators grouped by theme, in registry order. */
export function byTheme(data: SiteData): { theme: string; indicators: IndicatorData[] }[] {
  const themes = [...new Set(data.indicators.map((i) => i.theme))];
  return themes.map((theme) => ({ theme, indicators: data.indicators.filter((i) => i.theme === theme) }));
}

/** The latest published bureau-wide value of an indicator, formatted. */
export function latestValue(ind: IndicatorData, year: number, lang: Lang): string {
  if (isStructure(ind)) return '—';
  const e = totals(ind).find((x) => x.year === year);
  return e ? formatEstimate(e, ind, lang, true) : 'x';
}

/**
 * One sentence describing a trend, computed from its first and last published values. A figure
 * that starts again with each training cycle is described within the last one shown: its
 * progress so far, never a change from the cycle before.
 */
export function trendDescription(ind: IndicatorData, lang: Lang, data: Pick<SiteData, 'policy'>): string {
  const published = totals(ind).filter((e) => !e.symbol && e.value !== null);
  const last = published[published.length - 1];
  const shown = last ? published.filter((e) => comparableYears(ind, e.year, last.year, data)) : [];
  const first = shown[0];
  if (!first || !last) return lang === 'zh' ? `${ind.name.zh}：暂无可公布的数据。` : `${ind.name.en}: no figures can be published yet.`;
  const a = formatEstimate(first, ind, lang, true);
  const b = formatEstimate(last, ind, lang, true);
  if (ind.period === 'trainingCycle') return cycleDescription(ind, first, a, last, b, shown.length < published.length, lang, data);
  // One year of data (a first year's report): that year's figure, not a span "2015年至2015年".
  if (first.year === last.year) return lang === 'zh' ? `${last.year}年，${ind.name.zh}为${b}。` : `${ind.name.en} stood at ${b} in ${last.year}.`;
  // Equal as shown ("由13.2:1变为13.2:1" read as a slip): said to be the same at both ends; "X年至Y年…均为"
  // only when every year between shows it too, else "X年和Y年…均为" (the years between differ).
  if (a === b) {
    const throughout = shown.length === last.year - first.year + 1 && shown.every((e) => formatEstimate(e, ind, lang, true) === b);
    return lang === 'zh' ? `${first.year}年${throughout ? '至' : '和'}${last.year}年，${ind.name.zh}均为${b}。` : `${ind.name.en} stood at ${b} in both ${first.year} and ${last.year}.`;
  }
  return lang === 'zh' ? `${first.year}年至${last.year}年，${ind.name.zh}由${a}变为${b}。` : `From ${first.year} to ${last.year}, ${ind.name.en.toLowerCase()} went from ${a} to ${b}.`;
}

/** “2021—2025年培训周期内，…由2021年的0.0%变为2024年的26.6%”, saying why earlier cycles are not compared where the trend shows them. */
function cycleDescription(ind: IndicatorData, first: Estimate, a: string, last: Estimate, b: string, earlier: boolean, lang: Lang, data: Pick<SiteData, 'policy'>): string {
  const { start, end } = trainingCycle(data, last.year);
  if (lang === 'zh') {
    const change = first === last ? `${last.year}年${ind.name.zh}为${b}` : `${ind.name.zh}由${first.year}年的${a}变为${last.year}年的${b}`;
    return `${start}—${end}年培训周期内，${change}${earlier ? '；每个周期重新累计，不与上一周期相比' : ''}。`;
  }
  const name = ind.name.en.charAt(0).toLowerCase() + ind.name.en.slice(1);
  const change = first === last ? `${name} was ${b} in ${last.year}` : `${name} went from ${a} in ${first.year} to ${b} in ${last.year}`;
  return `In the ${start}–${end} training cycle, ${change}${earlier ? '; each cycle is counted afresh and never compared with the one before' : ''}.`;
}

/**
 * How a sentence names the two ends of a comparison. A staff-to-pupil ratio is written 1:X
 * with X the figure, so the category with the largest X has the fewest staff for its pupils:
 * calling 1:14.5 the “highest” 教职工与学生比 would say the opposite of what it is. Its ends are
 * named by the number shown, pupils per member of staff, as most and fewest.
 */
export function extremeWords(ind: Pick<IndicatorData, 'unit' | 'short'>, lang: Lang): { subject: string; hi: string; lo: string; marks: { hi: string; lo: string } } {
  if (ind.unit === 'staffRatio') {
    return lang === 'zh'
      ? { subject: '每名教职工对应学生数', hi: '最多', lo: '最少', marks: { hi: '学生最多', lo: '学生最少' } }
      : { subject: 'pupils per member of staff', hi: 'most', lo: 'fewest', marks: { hi: 'Most pupils', lo: 'Fewest pupils' } };
  }
  return lang === 'zh'
    ? { subject: ind.short.zh, hi: '最高', lo: '最低', marks: { hi: '最高', lo: '最低' } }
    : { subject: ind.short.en.toLowerCase(), hi: 'highest', lo: 'lowest', marks: { hi: 'Highest', lo: 'Lowest' } };
}

/**
 * One sentence naming the highest and lowest category of a breakdown. Unknown (不详) is never an
 * extreme; where some categories are withheld (c), the extremes are named only as those among
 * the published ones, and the withheld ones are counted, never passed over.
 */
export function breakdownDescription(ind: IndicatorData, b: Breakdown, lang: Lang): string {
  const zh = lang === 'zh';
  const known = b.rows.map((e, i) => ({ e, p: b.points[i]! })).filter(({ e }) => e.category !== '不详' && e.symbol !== 'z' && e.symbol !== 'x');
  const shown = known.filter(({ p }) => p.value !== null).map(({ p }) => p).sort((x, y) => y.value! - x.value!);
  const withheld = known.filter(({ e }) => e.symbol === 'c').length;
  const hi = shown[0];
  const lo = shown[shown.length - 1];
  // Schools are counted as schools (另有 48 所学校), not as categories (另有 48 类).
  const school = b.dimension === 'school';
  // Withheld, not “too few”: secondary suppression withholds large cells too (2021's 镇区, about 3,000 training attendances).
  const rest = withheld ? (zh ? `另有 ${withheld} ${school ? '所学校' : '类'}不予公布（c），未参与比较。` : ` ${withheld} more ${withheld > 1 ? 'are' : 'is'} withheld (c) and not compared.`) : '';
  if (!hi || !lo) return withheld ? (zh ? `${b.title}：不予公布（c）。` : `${b.title}: withheld (c).`) : b.title;
  // One published category: its figure, not the title alone (“2024年按离开方式分，有减员记录为159人。”).
  if (shown.length < 2) return withheld ? (zh ? `${b.title}，${hi.label}为${hi.text}；${rest}` : `${b.title}: ${hi.label} ${hi.text};${rest}`) : zh ? `${b.title}，${hi.label}为${hi.text}。` : `${b.title}: ${hi.label} ${hi.text}.`;
  const w = extremeWords(ind, lang);
  const unit = school ? '所' : '类';
  const among = withheld ? (zh ? (school ? '在可公开的学校中，' : '在可公开的类别中，') : school ? 'among the published schools, ' : 'among the published categories, ') : '';
  const end = zh ? (withheld ? `；${rest}` : '。') : withheld ? `;${rest}` : '.';
  if (hi.text === lo.text) return zh ? `${b.title}，${among}${w.subject}均为${hi.text}${end}` : `${b.title}: ${among}all ${hi.text}${end}`;
  const named = shown.map((p) => ({ name: p.label, text: p.text }));
  const [his, los] = [tiedNames(named, hi.text, unit, lang), tiedNames(named, lo.text, unit, lang)];
  // English names the measure only where it is not the figure itself: most pupils per member of staff.
  if (!zh) return `${b.title}: ${among}${w.hi}${ind.unit === 'staffRatio' ? ` ${w.subject}` : ''} ${his}, ${w.lo} ${los}${end}`;
  return `${b.title}，${among}${w.subject}${w.hi}为${his}，${w.lo}为${los}${end}`;
}

/**
 * The categories sharing an end's figure as shown, with it: “小学（19.4%）”; where several share it, all
 * of them (“学前、小学、中职（均为100.0%）”), never one standing for the rest; past three, the first and
 * how many (“示例县第一小学等5所（均为…）”).
 */
function tiedNames(sorted: readonly { name: string; text: string }[], text: string, unit: string, lang: Lang): string {
  const names = sorted.filter((p) => p.text === text).map((p) => p.name);
  const zh = lang === 'zh';
  if (names.length === 1) return zh ? `${names[0]}（${text}）` : `${names[0]} (${text})`;
  const list = names.length > 3 ? (zh ? `${names[0]}等${names.length}${unit}` : `${names[0]} and ${names.length - 1} more`) : zh ? names.join('、') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return zh ? `${list}（均为${text}）` : `${list} (each ${text})`;
}

/** A structure indicator (age or title structure): its categories are `group|part`. */
export const isStructure = (ind: IndicatorData): boolean => ind.estimates.some((e) => e.category.includes('|'));

export interface Structure {
  readonly title: string;
  /** one sentence computed from the data: the largest part of the last bar */
  readonly description: string;
  readonly bars: readonly string[];
  readonly parts: readonly string[];
  readonly segments: readonly { bar: string; part: string; value: number | null; text: string }[];
  /** a wide table: one row per bar, one column per part */
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function structure(ind: IndicatorData, estimates: readonly Estimate[], barOf: (e: Estimate) => string, title: string, first: string, lang: Lang): Structure {
  const segments = estimates.map((e) => ({ bar: barOf(e), part: term(lang, e.category.split('|')[1]!), value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true) }));
  const bars = [...new Set(segments.map((s) => s.bar))];
  const parts = [...new Set(segments.map((s) => s.part))];
  const rows = bars.map((b) => [b, ...parts.map((p) => segments.find((s) => s.bar === b && s.part === p)?.text ?? '')]);
  const last = bars[bars.length - 1];
  const top = segments.filter((s) => s.bar === last && s.value !== null).sort((a, b) => b.value! - a.value!)[0];
  const description = !top ? title : lang === 'zh' ? `${title}：${last}${/^\d{4}$/.test(last ?? '') ? '年' : ''}占比最大的是${top.part}（${top.text}）。` : `${title}: in ${last}, the largest part is ${top.part} (${top.text}).`;
  return { title, description, bars, parts, segments, head: [first, ...parts], rows };
}

/** The structure over the years (bureau-wide), for the trend chart. */
export function structureTrend(ind: IndicatorData, lang: Lang): Structure {
  const all = ind.estimates.filter((e) => e.category.startsWith(`${TOTAL_CATEGORY}|`)).sort((a, b) => a.year - b.year);
  return structure(ind, all, (e) => String(e.year), `${ind.name[lang]}${lang === 'zh' ? '：历年变化' : ': trend'}`, lang === 'zh' ? '年份' : 'Year', lang);
}

/** The structure of the latest year within each breakdown group (by stage, by area). */
export function structureBreakdowns(ind: IndicatorData, year: number, lang: Lang): Structure[] {
  return ind.breakdowns.map((dimension) => {
    const name = DIMENSIONS[dimension].name[lang];
    const rows = ind.estimates.filter((e) => e.year === year && e.dimension.startsWith(`${dimension}:`));
    const title = lang === 'zh' ? `${year}年按${name}分` : `${year} by ${name.toLowerCase()}`;
    const s = structure(ind, rows, (e) => term(lang, e.category.split('|')[0]!), title, name, lang);
    const part = DIMENSIONS[rows[0]?.dimension.split(':')[1] as DimensionId]?.name[lang] ?? '';
    return { ...s, description: largestParts(s, dimension === 'locality' && lang === 'zh' ? '城乡类别' : name, part, lang) };
  });
}

/**
 * “2024年按学段分，各学段占比最大的年龄段：学前为29岁及以下（33.1%），小学为……”: every group's
 * largest part, not only the last group's (the last bar of a breakdown is one stage or area,
 * not the latest year). A group is named only where its largest published part is certainly
 * its largest: no larger than what its withheld parts (c) add up to, else it is counted as not compared.
 */
function largestParts(s: Structure, group: string, part: string, lang: Lang): string {
  const zh = lang === 'zh';
  const named: string[] = [];
  let unclear = 0;
  for (const bar of s.bars) {
    const own = s.segments.filter((x) => x.bar === bar);
    const shown = own.filter((x) => x.value !== null).sort((a, b) => b.value! - a.value!);
    const top = shown[0];
    if (!top) continue;
    const withheld = own.length > shown.length ? 100 - shown.reduce((sum, x) => sum + x.value!, 0) : 0;
    if (top.value! < withheld) unclear++;
    else named.push(zh ? `${bar}为${top.part}（${top.text}）` : `${bar} ${top.part} (${top.text})`);
  }
  if (!named.length) return zh ? `${s.title}：不予公布（c）。` : `${s.title}: withheld (c).`;
  const rest = unclear ? (zh ? `；另有 ${unclear} 类含不予公布（c）的数据，未参与比较` : `; ${unclear} more ${unclear > 1 ? 'have' : 'has'} parts withheld (c) and ${unclear > 1 ? 'are' : 'is'} not compared`) : '';
  return zh ? `${s.title}，各${group}占比最大的${part}：${named.join('，')}${rest}。` : `${s.title}, the largest ${part.toLowerCase()} in each: ${named.join('; ')}${rest}.`;
}

/** Indicators with a per-school breakdown, in registry order. */
export const schoolIndicators = (data: SiteData): IndicatorData[] => data.indicators.filter((i) => i.breakdowns.includes('school'));

/**
 * An indicator's estimate by year, dimension and category, from an index built once per
 * indicator: a city's 1,752 school pages each look up dozens of figures among thousands.
 */
export function estimateAt(ind: IndicatorData, year: number, dimension: string, category: string): Estimate | undefined {
  let index = ESTIMATE_INDEX.get(ind);
  if (!index) {
    index = new Map();
    for (const e of ind.estimates) {
      const key = `${e.year}|${e.dimension}|${e.category}`;
      if (!index.has(key)) index.set(key, e);
    }
    ESTIMATE_INDEX.set(ind, index);
  }
  return index.get(`${year}|${dimension}|${category}`);
}
const ESTIMATE_INDEX = new WeakMap<IndicatorData, Map<string, Estimate>>();
const INDICATOR_INDEX = new WeakMap<SiteData, Map<string, IndicatorData>>();
const indicatorById = (data: SiteData, id: string): IndicatorData | undefined => {
  let index = INDICATOR_INDEX.get(data);
  if (!index) INDICATOR_INDEX.set(data, (index = new Map(data.indicators.map((i) => [i.id, i]))));
  return index.get(id);
};

/** One school's figure for one indicator and year: the value, its symbol, 0 for a count of nobody, or – when the school has no such row (or was not on that year's roster). */
export function schoolFigure(data: SiteData, id: string, school: string, year: number, lang: Lang): string {
  const ind = indicatorById(data, id);
  if (!ind) return '';
  const e = estimateAt(ind, year, 'school', school);
  if (!e) {
    // No row for the school: none of its people counted, unless the year has no such data at all.
    const total = estimateAt(ind, year, 'total', TOTAL_CATEGORY);
    if (!total || total.symbol === 'x') return 'x';
    // A school with nobody on that year's roster had not opened (or had closed): it has no figure, not 0 staff.
    const staff = indicatorById(data, 'staff_total');
    if (staff && estimateAt(staff, year, 'total', TOTAL_CATEGORY)?.symbol === '' && !estimateAt(staff, year, 'school', school)) return '–';
    return isCount(ind.unit) ? '0' : '–';
  }
  return formatEstimate(e, ind, lang);
}

/** Trends per category of a breakdown (small multiples), with the categories that have data. */
export function seriesBy(ind: IndicatorData, dimension: DimensionId, lang: Lang): { points: { group: string; year: number; value: number | null; text: string; plain: string }[]; groups: string[] } {
  const rows = ind.estimates.filter((e) => e.dimension === dimension && e.symbol !== 'z' && e.category !== UNKNOWN_CATEGORY);
  // In the vocabulary's order; a category outside it (a nine-year school's 小学;初中) after the rest, never first.
  const groups = sortCategories(DIMENSIONS[dimension], rows.filter((e) => e.symbol === '').map((e) => e.category));
  const shown = rows.filter((e) => groups.includes(e.category));
  // A count with no row for a category in a year whose breakdown was made counted nobody there: 0, as a school
  // without rows has (schoolFigure), never a blank cell or a broken line. Years without the breakdown stay out.
  const made = new Set(rows.filter((e) => e.category !== UNKNOWN_CATEGORY).map((e) => e.year));
  const zeros = isCount(ind.unit)
    ? totals(ind).filter((t) => made.has(t.year) && t.symbol !== 'x').flatMap((t) => groups.filter((g) => !shown.some((e) => e.year === t.year && e.category === g)).map((g): Estimate => ({ ...t, dimension, category: g, value: 0, numerator: 0, symbol: '' })))
    : [];
  return {
    groups: groups.map((g) => term(lang, g)),
    points: [...shown, ...zeros].sort((a, b) => a.year - b.year).map((e) => ({ group: term(lang, e.category), year: e.year, value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true), plain: formatEstimate(e, ind, lang) })),
  };
}

/** The last `years` years of a breakdown, for grouped bars. */
export function recentBy(ind: IndicatorData, dimension: DimensionId, years: number, lang: Lang) {
  const { points, groups } = seriesBy(ind, dimension, lang);
  const last = Math.max(...points.map((p) => p.year));
  return { groups, bars: points.filter((p) => p.year > last - years) };
}

/** Schools with a published value in a year, as dots grouped by the school's area. */
export function schoolDotsFor(data: SiteData, ind: IndicatorData, year: number, lang: Lang) {
  const area = new Map(data.schools.map((s) => [s.name, s.locality ?? UNKNOWN_CATEGORY]));
  const slug = new Map(data.schools.map((s) => [s.name, s.slug]));
  const dots = ind.estimates
    .filter((e) => e.year === year && e.dimension === 'school' && e.symbol === '' && e.value !== null)
    .map((e) => ({
      school: lang === 'en' ? schoolNameEn(e.category) : e.category,
      group: term(lang, area.get(e.category) ?? UNKNOWN_CATEGORY),
      value: e.value!,
      text: formatEstimate(e, ind, lang, true),
      // each dot links to its school's page
      href: slug.has(e.category) ? localePath(lang, `/schools/${slug.get(e.category)}/`) : undefined,
    }));
  const order = LOCALITIES.map((x) => term(lang, x));
  const groups = [...new Set(dots.map((d) => d.group))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { dots, groups };
}

/**
 * Schools' figures summarised per urban/rural class, for areas with too many schools to list:
 * how many, the lowest, the quartiles (d3's, linear between neighbours as spreadsheets compute
 * them) and the highest, and one sentence saying so.
 */
export function schoolSpread(ind: IndicatorData, d: ReturnType<typeof schoolDotsFor>, lang: Lang) {
  const fmt = (v: number) => formatEstimate({ value: v, symbol: '' }, ind, lang);
  const zh = lang === 'zh';
  const rows = d.groups.map((group) => {
    const values = d.dots.filter((x) => x.group === group).map((x) => x.value).sort((a, b) => a - b);
    const q = (p: number) => fmt(quantileSorted(values, p) ?? NaN);
    return [group, formatNumber(values.length, 0, lang), q(0), q(0.25), q(0.5), q(0.75), q(1)];
  });
  const all = d.dots.map((x) => x.value).sort((a, b) => a - b);
  const unit = unitLabel(ind.unit, lang);
  const mid = formatEstimate({ value: quantileSorted(all, 0.5) ?? NaN, symbol: '' }, ind, lang, true);
  const description = zh
    ? `${formatNumber(all.length, 0, lang)}所学校公布了${ind.short.zh}，中位数为${mid}；图为各城乡类别的学校分布。`
    : `${formatNumber(all.length, 0, lang)} schools have a published figure; the median school's ${ind.short.en.toLowerCase()} is ${mid}. The chart shows how schools spread, by area.`;
  const head = zh
    ? ['城乡', '学校数', `最低（${unit}）`, '下四分位', '中位数', '上四分位', '最高']
    : ['Area', 'Schools', `Lowest (${unit})`, 'Lower quartile', 'Median', 'Upper quartile', 'Highest'];
  return { rows, head, description };
}

/** "按学段看，…" one sentence naming where a series of small multiples ends highest and lowest. */
export function multiplesDescription(ind: IndicatorData, points: readonly { group: string; year: number; value: number | null; text: string }[], lang: Lang, dimension?: DimensionId): string {
  const last = Math.max(...points.map((p) => p.year));
  // Unknown (不详) is never an extreme; withheld groups (c) are counted, and the extremes named only among the published.
  const known = points.filter((p) => p.year === last && p.group !== '不详' && p.group !== 'Unknown');
  const latest = known.filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!);
  // Every category withheld that year, as the year's bar chart counts them: the lines leave out a category never
  // published, but the sentence beside the bars must not say 1 where the bars' says 3.
  const withheld = dimension
    ? ind.estimates.filter((e) => e.year === last && e.dimension === dimension && e.symbol === 'c' && e.category !== UNKNOWN_CATEGORY).length
    : known.filter((p) => p.text === 'c').length;
  const hi = latest[0];
  const lo = latest[latest.length - 1];
  if (!hi || !lo || latest.length < 2) return ind.name[lang];
  const w = extremeWords(ind, lang);
  const named = latest.map((p) => ({ name: p.group, text: p.text }));
  const [his, los] = [tiedNames(named, hi.text, '类', lang), tiedNames(named, lo.text, '类', lang)];
  // English leaves the measure to the chart's title, as the breakdown sentence does: a short axis name makes no
  // subject (“qualified was highest”, “leavers was highest”); only pupils per member of staff is named.
  const ends = hi.text === lo.text
    ? (lang === 'zh' ? `${w.subject}均为${hi.text}` : `all ${hi.text}`)
    : lang === 'zh' ? `${w.subject}${w.hi}的是${his}，${w.lo}的是${los}` : `${w.hi}${ind.unit === 'staffRatio' ? ` ${w.subject}` : ''} ${his}, ${w.lo} ${los}`;
  if (withheld) {
    return lang === 'zh'
      ? `${last}年在可公开的类别中，${ends}；另有 ${withheld} 类不予公布（c），未参与比较。`
      : `In ${last}, among the published categories: ${ends}; ${withheld} more ${withheld > 1 ? 'are' : 'is'} withheld (c) and not compared.`;
  }
  return lang === 'zh' ? `${last}年${ends}。` : `In ${last}: ${ends}.`;
}

/**
 * The sentence under a gap's two lines: what each line is, by the compared indicator's full name
 * (“本科及以上学历专任教师比例”, not its axis label “本科及以上学历”, which read in English as “the
 * bachelor’s or higher of Urban and Rural schools”).
 */
export function pairDescription(compared: Pick<IndicatorData, 'name'>, groups: readonly string[], lang: Lang): string {
  if (lang === 'zh') return `两条线分别是${groups.join('和')}学校的${compared.name.zh}，差距即两线之间的距离。`;
  const name = compared.name.en.charAt(0).toLowerCase() + compared.name.en.slice(1);
  return `The two lines show ${name} in ${groups.map((g) => g.toLowerCase()).join(' and ')} schools; the gap is the distance between them.`;
}

/** How to cite a page: bureau (year), title, site, address, publication date. */
export function citation(data: Pick<SiteData, 'bureau' | 'siteUrl' | 'publication' | 'latestYear'>, title: string, path: string, lang: Lang, anchor?: string): string {
  const route = `${localeRoute(lang, path)}${anchor ? `#${anchor}` : ''}`;
  const url = data.siteUrl ? pageUrl(data.siteUrl, route) : localePath(lang, path) + (anchor ? `#${anchor}` : '');
  const published = data.publication.published;
  const year = published?.slice(0, 4) ?? String(data.latestYear);
  return lang === 'zh'
    ? `${data.bureau.zh}（${year}）。${title}。${t('zh', 'siteName')}。${url}${published ? `（发布日期：${published}）` : ''}`
    : `${data.bureau.en} (${year}). ${title}. ${t('en', 'siteName')}. ${url}${published ? ` (published ${published})` : ''}`;
}

/** The per-year breakdown pages: every year with breakdown figures, the latest too (the indicator page shows it, and moves on next year). */
export const breakdownYearPaths = (data: SiteData) =>
  data.indicators.flatMap((i) => yearsWithBreakdowns(i).map((year) => ({ params: { id: i.id, year: String(year) } })));

/** Years in which an indicator has breakdown figures (its per-year breakdown pages). */
export const yearsWithBreakdowns = (ind: IndicatorData): number[] =>
  [...new Set(ind.estimates.filter((e) => e.dimension !== 'total' && !e.category.startsWith('全部|') && e.symbol !== 'x').map((e) => e.year))].sort((a, b) => a - b);

/** What a school of one stage is called: 小学 is a school already (乡村小学, not 乡村小学学校), 学前 is a kindergarten. */
const STAGE_SCHOOLS: Readonly<Record<string, { zh: string; en: string }>> = {
  学前: { zh: '幼儿园', en: 'kindergartens' }, 小学: { zh: '小学', en: 'primary schools' }, 初中: { zh: '初中', en: 'lower secondary schools' },
  高中: { zh: '高中', en: 'upper secondary schools' }, 中职: { zh: '中职学校', en: 'secondary vocational schools' }, 特殊教育: { zh: '特殊教育学校', en: 'special education schools' },
};

/** A peer group as readers say it: 小学·乡村 → 乡村小学 / rural primary schools; 小学;初中·乡村 → 乡村小学、初中学校. */
export function peerName(peer: string, lang: Lang): string {
  const [stages, locality] = peer.split('·') as [string, string];
  const one = STAGE_SCHOOLS[stages];
  if (one) return lang === 'zh' ? `${locality}${one.zh}` : `${term('en', locality).toLowerCase()} ${one.en}`;
  const list = stages.split(';').map((s) => term(lang, s));
  return lang === 'zh' ? `${locality}${list.join('、')}学校` : `${term('en', locality).toLowerCase()} ${list.join(' and ').toLowerCase()} schools`;
}

const SIMILAR_SCHOOLS = { zh: '同类学校', en: 'Similar schools' } as const;

/** Counts are the school's own; rates, averages and ratios also read beside schools like it and the whole area. */
const comparable = (ind: IndicatorData) => !isCount(ind.unit);

/** One indicator on a school's page: the school's figure every year, and for rates its peer group's and the area's. */
export function schoolSeries(data: SiteData, ind: IndicatorData, school: { name: string; peer: string | null }, lang: Lang) {
  const own = lang === 'zh' ? '本校' : 'This school';
  const peer = school.peer && comparable(ind) ? SIMILAR_SCHOOLS[lang] : null;
  const area = comparable(ind) ? data.region[lang] : null;
  const points = data.years.flatMap((year) => {
    const at = (dimension: string, category: string) => estimateAt(ind, year, dimension, category);
    // A figure that starts again with each training cycle is drawn as one line per cycle.
    const segment = ind.period === 'trainingCycle' ? { segment: trainingCycle(data, year).start } : {};
    const point = (group: string, e: Estimate | undefined, fallback: string) => ({ group, year, value: e ? (e.symbol ? null : e.value) : fallback === '0' ? 0 : null, text: e ? formatEstimate(e, ind, lang, true) : fallback, plain: e ? formatEstimate(e, ind, lang) : fallback, ...segment });
    const mine = schoolFigure(data, ind.id, school.name, year, lang);
    return [
      point(own, at('school', school.name), mine),
      // Peers share the school's stages and class: where the figure does not apply to it (z), it applies to none of them.
      ...(peer ? [point(peer, at('peer', school.peer!), mine === 'z' ? 'z' : 'x')] : []),
      ...(area ? [point(area, at('total', TOTAL_CATEGORY), 'x')] : []),
    ];
  });
  return { points, groups: [own, ...(peer ? [peer] : []), ...(area ? [area] : [])] };
}

/**
 * The sentence over a school's chart: its latest figure said in words (c, x, z and – never end a
 * sentence), in-cycle progress called so, and which lines the chart draws.
 */
export function schoolCaption(data: Pick<SiteData, 'latestYear' | 'policy'>, ind: IndicatorData, series: ReturnType<typeof schoolSeries>, lang: Lang): string {
  const { points, groups } = series;
  const year = data.latestYear;
  const latest = points.find((p) => p.group === groups[0] && p.year === year);
  const text = latest?.text ?? 'x';
  const said = sayText(text, lang);
  const { start, end } = trainingCycle(data, year);
  const progress = latest?.value !== null && latest?.value !== undefined && cycleUnfinished(ind, year, data);
  if (lang === 'zh') {
    const cycle = progress ? `（${start}—${end}年周期未结束，为截至本年的进度）` : '';
    return `${year}年本校${ind.short.zh}${said !== text ? '：' : '为'}${said}${cycle}${groups.length > 1 ? `；线条为本校、${groups.slice(1).join('和')}的历年数值` : ''}。`;
  }
  const cycle = progress ? ` (the ${start}–${end} cycle is not over: progress so far)` : '';
  // Mid-sentence, the peer group is “similar schools”; the area keeps its name.
  const lines = groups.slice(1).map((g) => (g === SIMILAR_SCHOOLS.en ? g.toLowerCase() : g));
  return `${ind.short.en} at this school in ${year}: ${said}${cycle}${groups.length > 1 ? `; the lines are this school, ${lines.join(' and ')}, year by year` : ''}.`;
}

/** A figure table's head: the category, the value with its unit, and for shares the numerator and denominator. */
export function valueHead(ind: IndicatorData, first: string, lang: Lang): string[] {
  const unit = unitLabel(ind.unit, lang);
  return [first, lang === 'zh' ? `${t(lang, 'value')}（${unit}）` : `${t(lang, 'value')} (${unit})`, ...(ind.unit === 'percent' ? [t(lang, 'numerator'), t(lang, 'denominator')] : [])];
}

/** A figure table's row under valueHead: numbers only, the unit being in the head. */
export function valueRow(ind: IndicatorData, label: string, e: Estimate, lang: Lang): string[] {
  const count = (n: number | null) => (e.symbol ? e.symbol : n === null ? '' : formatNumber(n, 0, lang));
  return [label, formatEstimate(e, ind, lang), ...(ind.unit === 'percent' ? [count(e.numerator), count(e.denominator)] : [])];
}

/** “数据表：…” / “Data table: …” */
export const tableCaption = (title: string, lang: Lang): string => `${t(lang, 'dataTable')}${lang === 'zh' ? '：' : ': '}${title}`;
