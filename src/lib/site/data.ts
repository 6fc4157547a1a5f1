/**
 * The site's data: everything pages show, as plain JSON written by the build and read by
 * Astro. Only aggregates after disclosure control; nothing person-level.
 */
import type { SiteConfig } from '../config.ts';
import type { Dataset } from '../ingest/index.ts';
import type { IndicatorSeries } from '../indicators/compute.ts';
import type { Bilingual, DimensionId, Estimate, Indicator, Target } from '../indicators/types.ts';

export type IndicatorData = Omit<Indicator, 'measure' | 'target'> & { readonly target?: Target; readonly estimates: readonly Estimate[] };

export interface SiteData {
  readonly bureau: Bilingual;
  readonly region: Bilingual;
  readonly sample: boolean;
  readonly threshold: number;
  readonly years: readonly number[];
  readonly latestYear: number;
  readonly indicators: readonly IndicatorData[];
}

export function siteData(config: SiteConfig, dataset: Pick<Dataset, 'years'>, series: readonly IndicatorSeries[]): SiteData {
  const years = [...dataset.years];
  return {
    bureau: config.bureau,
    region: config.region,
    sample: config.sample,
    threshold: config.disclosure_threshold,
    years,
    latestYear: years[years.length - 1] ?? 0,
    indicators: series.map(({ indicator, estimates }) => {
      const { measure: _measure, target, ...meta } = indicator;
      const resolved = target?.(config);
      return { ...meta, ...(resolved ? { target: resolved } : {}), estimates };
    }),
  };
}

export type { DimensionId, Estimate };
