/**
 * The figures of the table that reconciles 减员 with 流失 (ExitsReconciliation.astro), from the
 * published estimates only: a withheld figure stays `c`.
 */
import { UNKNOWN_CATEGORY } from '../indicators/dimensions.ts';
import type { Lang } from '../../i18n/ui.ts';
import type { IndicatorData } from './data.ts';
import { formatEstimate } from './format.ts';

/**
 * One category's figure in a year's breakdown. A category with no row is 0 where the breakdown was
 * made and placed everyone; where it was not made, or some of its people are 不详 (the first year's
 * exits, with no roster before them to place them against), nobody knows how many it holds: x, not 0.
 */
export function breakdownCell(ind: IndicatorData | undefined, year: number, dimension: string, category: string, lang: Lang): string {
  const rows = ind?.estimates.filter((e) => e.year === year && e.dimension === dimension) ?? [];
  const e = rows.find((x) => x.category === category);
  if (ind && e) return formatEstimate(e, ind, lang);
  return rows.length && !rows.some((x) => x.category === UNKNOWN_CATEGORY) ? '0' : 'x';
}
