/**
 * What each page shows, selected from the site data: pages map these to components and
 * compute nothing themselves.
 */
import { term } from '../../i18n/terms.ts';
import type { Lang } from '../../i18n/ui.ts';
import { DIMENSIONS, TOTAL_CATEGORY } from '../indicators/dimensions.ts';
import type { DimensionId, Estimate } from '../indicators/types.ts';
import type { IndicatorData, SiteData } from './data.ts';
import { formatChange, formatEstimate } from './format.ts';

export interface Point {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

export const totals = (ind: IndicatorData): Estimate[] => ind.estimates.filter((e) => e.dimension === 'total').sort((a, b) => a.year - b.year);

export function trendPoints(ind: IndicatorData, lang: Lang): Point[] {
  return totals(ind).map((e) => ({ label: String(e.year), value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true) }));
}

export interface Tile {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly change: string | null;
  readonly year: number;
  readonly spark: readonly (number | null)[];
}

export function tile(ind: IndicatorData, year: number, lang: Lang): Tile {
  const all = totals(ind);
  const current = all.find((e) => e.year === year);
  const previous = all.find((e) => e.year === year - 1);
  return {
    id: ind.id,
    name: ind.short[lang],
    value: current ? formatEstimate(current, ind, lang, true) : 'x',
    change: formatChange(current, previous, ind, lang),
    year,
    spark: all.map((e) => (e.symbol ? null : e.value)),
  };
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
      points: rows.map((e) => ({ label: term(lang, e.category), value: e.symbol ? null : e.value, text: formatEstimate(e, ind, lang, true) })),
      rows,
    };
  });
}

export const isTotal = (e: Estimate): boolean => e.dimension === 'total' && e.category === TOTAL_CATEGORY;

/** Indicators that appear as tiles on the home page, in registry order. */
export const homeIndicators = (data: SiteData): readonly IndicatorData[] => data.indicators;

/** One sentence describing a trend, computed from its first and last published values. */
export function trendDescription(ind: IndicatorData, lang: Lang): string {
  const shown = totals(ind).filter((e) => !e.symbol && e.value !== null);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return lang === 'zh' ? `${ind.name.zh}：暂无可公布的数据。` : `${ind.name.en}: no figures can be published yet.`;
  const a = formatEstimate(first, ind, lang, true);
  const b = formatEstimate(last, ind, lang, true);
  return lang === 'zh' ? `${first.year}年至${last.year}年，${ind.name.zh}由${a}变为${b}。` : `From ${first.year} to ${last.year}, ${ind.name.en.toLowerCase()} went from ${a} to ${b}.`;
}

/** One sentence naming the highest and lowest published category of a breakdown. */
export function breakdownDescription(ind: IndicatorData, b: Breakdown, lang: Lang): string {
  const shown = b.points.filter((p) => p.value !== null).sort((x, y) => y.value! - x.value!);
  const hi = shown[0];
  const lo = shown[shown.length - 1];
  if (!hi || !lo || shown.length < 2) return b.title;
  return lang === 'zh' ? `${b.title}，${ind.short.zh}最高为${hi.label}（${hi.text}），最低为${lo.label}（${lo.text}）。` : `${b.title}: highest ${hi.label} (${hi.text}), lowest ${lo.label} (${lo.text}).`;
}
