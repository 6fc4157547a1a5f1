/**
 * The report's key points: the year's headline figures, as the home tiles give them, then every
 * indicator whose policy target the year missed. A report that lists only the targets met would
 * read as a boast; a leader needs the gaps first.
 */
import type { Lang } from '../../i18n/ui.ts';
import type { IndicatorData, SiteData } from '../site/data.ts';
import { homeIndicators, tile, totals } from '../site/views.ts';
import { meetsTarget } from '../indicators/verdict.ts';

/** Whether the year's total misses the indicator's target (false when there is no target or no figure). */
export function missesTarget(ind: IndicatorData, year: number): boolean {
  const e = totals(ind).find((x) => x.year === year);
  if (!ind.target || !e || e.symbol || e.value === null) return false;
  return !meetsTarget(ind.target, e.value);
}

/** The headline indicators, then each missed target that no headline already judges (a tile judges its policy measure's). */
export function keyPointIndicators(data: SiteData, year: number): IndicatorData[] {
  const headline = [...homeIndicators(data)];
  const judged = new Set(headline.flatMap((i) => [i.id, i.policyMeasure].filter((x): x is string => Boolean(x))));
  return [...headline, ...data.indicators.filter((i) => !judged.has(i.id) && missesTarget(i, year))];
}

/** One key point: a figure linked to its indicator, its change, and its own target's verdict if it has one. */
export interface KeyPoint {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly change: string | null;
  readonly target: string | null;
}

/**
 * The key points as lines, each figure on its own: a tile's secondary figure (the descriptive
 * exchange share under its policy measure) is a line of its own, without the verdict that
 * belongs to the policy measure. Figures not available (x) are left out.
 */
export function keyPoints(data: SiteData, year: number, lang: Lang): KeyPoint[] {
  return keyPointIndicators(data, year).flatMap((ind) => {
    const k = tile(ind, year, lang, data);
    // A tile's verdict stands alone ("Target at least 10%: met"); in a key point it follows a semicolon.
    const target = k.target && lang === 'en' ? k.target.charAt(0).toLowerCase() + k.target.slice(1) : k.target;
    return [
      { id: k.id, name: k.name, value: k.value, change: k.change, target },
      ...(k.secondary ? [{ ...k.secondary, target: null }] : []),
    ];
  }).filter((k) => k.value !== 'x');
}
