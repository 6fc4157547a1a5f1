/** The indicator stage: every registered indicator for every year, with disclosure control applied. */
import type { SiteConfig } from '../config.ts';
import { applyDisclosure } from '../disclosure/suppress.ts';
import type { Dataset } from '../ingest/index.ts';
import { yearContexts } from './context.ts';
import { evaluate } from './evaluate.ts';
import { INDICATORS } from './registry.ts';
import type { Estimate, Indicator } from './types.ts';

export interface IndicatorSeries {
  readonly indicator: Indicator;
  readonly estimates: readonly Estimate[];
}

export function computeIndicators(dataset: Pick<Dataset, 'records'>, config: SiteConfig, indicators: readonly Indicator[] = INDICATORS): IndicatorSeries[] {
  const contexts = yearContexts(dataset.records, config);
  return indicators.map((indicator) => ({
    indicator,
    estimates: applyDisclosure(contexts.flatMap((ctx) => evaluate(indicator, ctx)), { threshold: config.disclosure_threshold }),
  }));
}
